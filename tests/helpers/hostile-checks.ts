import { JSDOM, VirtualConsole } from "jsdom";
import { isSafeHeadingId } from "../../lib/content/rehype-safe-heading-ids";

/** A string from the content that must reach the reader exactly as written: as text, never as markup. */
export type Landing = {
  selector: string;
  /** Compare this attribute instead of the element's text. */
  attribute?: string;
  value: string;
};

/** One page to visit, the status it answers and where its content's strings land. */
export type Surface = {
  path: string;
  status: number;
  /** The page shows rendered Markdown (a body or a bio), so the content checks cannot pass vacuously. */
  hasUserContent: boolean;
  lands: Landing[];
};

type CheckContext = { surface: Surface; origin: string };
type HtmlCheck = { name: string; problems(document: Document, context: CheckContext): string[] };

/** Containers of rendered Markdown (article bodies, bios): only the sanitizer's output lives there. */
export const USER_CONTENT = ".prose";

/** Elements that must never come out of an author's Markdown, whatever the sanitizer's allowlist says. */
const FORBIDDEN_IN_CONTENT = new Set(
  ("script style link meta base title iframe frame frameset object embed applet param form input button textarea select option " +
    "keygen isindex svg math template noscript noembed xmp plaintext listing portal fencedframe audio video source picture " +
    "track area map bgsound layer ilayer marquee image").split(" "),
);

/** Attributes the browser follows or fetches; the value is a URL (or a list of them for srcset). */
const URL_ATTRIBUTES = ["href", "src", "srcset", "imagesrcset", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "codebase", "manifest"];
/** Of those, the ones a browser requests as soon as the page loads, without a click. */
const FETCHED_ON_LOAD = new Set(["src", "srcset", "imagesrcset", "poster", "data", "background", "lowsrc", "dynsrc", "manifest"]);
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** Next.js's inline bootstrap: a single push of pure JSON data onto its own queues. */
const FRAMEWORK_PUSH = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f|\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\))\.push\(([\s\S]*)\);?$/;

/**
 * The one style element a page may hold: the site's stylesheet, which the build inlines into the
 * head of pages without JavaScript (lib/build/next-adapter.mjs), marked with the address of its file.
 */
function isSiteStylesheet(element: Element): boolean {
  const attributes = element.getAttributeNames().sort().join(" ");
  return (
    element.localName === "style" &&
    element.parentElement?.localName === "head" &&
    attributes === "data-href data-precedence" &&
    /^\/_next\/static\/(css|chunks)\/[\w-]+\.css$/.test(element.getAttribute("data-href") ?? "")
  );
}

/*
 * What the photo step (lib/content/rehype-photos.ts) adds after sanitising, so never an author's:
 * a picture's placeholder style, a tall picture's figure width (lib/images/tall-photos.ts), the
 * button that opens its full-size view (an HTML popover, no script) and that view's Close button,
 * and the view's `full-size-<n>` id.
 */
const PLACEHOLDER_STYLE = /^background:#[0-9a-f]{6}( url\(data:image\/webp;base64,[A-Za-z0-9+/=]+\) 50% 50% \/ cover no-repeat)?$/;
const TALL_FIGURE_STYLE = /^max-width:(\d+(?:\.\d+)?)vh;max-width:\1svh$/;
const FULL_SIZE_VIEW = "div.photo-full[popover][role=dialog]";

function isPhotoStyle(element: Element): boolean {
  const style = element.getAttribute("style") ?? "";
  return (element.localName === "img" && PLACEHOLDER_STYLE.test(style)) || (element.matches("figure.photo") && TALL_FIGURE_STYLE.test(style));
}

function isFullSizeButton(element: Element): boolean {
  const attributes = element.getAttributeNames().filter((name) => !["type", "class", "popovertarget", "popovertargetaction"].includes(name));
  const view = element.ownerDocument.getElementById(element.getAttribute("popovertarget") ?? "");
  return element.localName === "button" && element.getAttribute("type") === "button" && attributes.length === 0 && view?.matches(FULL_SIZE_VIEW) === true;
}

function isFullSizeViewId(element: Element, name: string, value: string): boolean {
  return name === "id" && /^full-size-\d+$/.test(value) && element.matches(FULL_SIZE_VIEW);
}

function describe(element: Element): string {
  return element.outerHTML.slice(0, 160);
}

function urls(attribute: string, value: string): string[] {
  return attribute.endsWith("srcset") ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "") : [value];
}

function resolve(value: string, origin: string): URL | undefined {
  try {
    return new URL(value, `${origin}/`);
  } catch {
    return undefined;
  }
}

const checks: HtmlCheck[] = [
  {
    name: "every script is the framework's own",
    problems(document, { origin }) {
      return [...document.querySelectorAll("script")].flatMap((script) => {
        const src = script.getAttribute("src");
        if (src !== null) {
          const url = resolve(src, origin);
          return url?.origin === origin && url.pathname.startsWith("/_next/static/") ? [] : [`foreign script ${describe(script)}`];
        }
        const text = script.textContent ?? "";
        if (script.getAttribute("type") === "application/ld+json") {
          try {
            JSON.parse(text);
          } catch {
            return [`JSON-LD that is not JSON: ${text.slice(0, 160)}`];
          }
          // Inside a script element `<` can only be there to end it early (`</script>`, `<!--`).
          return text.includes("<") ? [`JSON-LD with a raw "<": ${text.slice(0, 160)}`] : [];
        }
        const push = FRAMEWORK_PUSH.exec(text.trim());
        try {
          JSON.parse(push?.[1] ?? "");
          return [];
        } catch {
          return [`inline script that is not a framework data push: ${text.slice(0, 160)}`];
        }
      });
    },
  },
  {
    name: "no event handler attributes",
    problems(document) {
      return [...document.querySelectorAll("*")].flatMap((element) =>
        element.getAttributeNames().some((name) => name.toLowerCase().startsWith("on")) ? [`event handler on ${describe(element)}`] : [],
      );
    },
  },
  {
    name: "URLs are http(s) or mailto, and what loads by itself loads from this site",
    problems(document, { origin }) {
      return [...document.querySelectorAll("*")].flatMap((element) =>
        URL_ATTRIBUTES.flatMap((attribute) => {
          const value = element.getAttribute(attribute);
          if (value === null) return [];
          return urls(attribute, value).flatMap((raw) => {
            const url = resolve(raw, origin);
            if (!url || !SAFE_SCHEMES.has(url.protocol)) return [`${attribute}="${raw}" on ${describe(element)}`];
            const fetched = FETCHED_ON_LOAD.has(attribute) || (element.localName === "link" && attribute === "href");
            return fetched && url.origin !== origin ? [`${attribute} loads ${url.origin} on ${describe(element)}`] : [];
          });
        }),
      );
    },
  },
  {
    name: "no base, meta http-equiv, frames, plugins or style elements anywhere but the site's own stylesheet",
    problems(document) {
      return [...document.querySelectorAll("base, meta[http-equiv], iframe, frame, frameset, object, embed, applet, portal, fencedframe, style")]
        .filter((element) => !isSiteStylesheet(element))
        .map((element) => `forbidden ${describe(element)}`);
    },
  },
  {
    name: "rendered Markdown holds only inert elements, no styles, and namespaced ids",
    problems(document, { surface }) {
      const missing = surface.hasUserContent && !document.querySelector(USER_CONTENT) ? [`no ${USER_CONTENT} container with the rendered Markdown`] : [];
      return missing.concat([...document.querySelectorAll(`${USER_CONTENT} *`)].flatMap((element) => {
        const problems: string[] = [];
        const checkbox = element.localName === "input" && element.getAttribute("type") === "checkbox" && element.hasAttribute("disabled");
        if (FORBIDDEN_IN_CONTENT.has(element.localName) && !checkbox && !isFullSizeButton(element)) problems.push(`<${element.localName}> in content: ${describe(element)}`);
        if (element.hasAttribute("style") && !isPhotoStyle(element)) problems.push(`style attribute in content: ${describe(element)}`);
        for (const name of ["id", "name"]) {
          const value = element.getAttribute(name);
          // Heading anchors keep readable slugs when they cannot shadow anything the page uses.
          const safeHeading = name === "id" && /^h[1-6]$/.test(element.localName) && value !== null && isSafeHeadingId(value);
          // A bio's footnotes and headings live under `bio-`, which no article id can take.
          if (value !== null && !value.startsWith("user-content-") && !value.startsWith("bio-") && !safeHeading && !isFullSizeViewId(element, name, value)) problems.push(`${name}="${value}" could clobber a global: ${describe(element)}`);
        }
        return problems;
      }));
    },
  },
  {
    name: "every id on the page is unique (an author's id never takes a footnote's, a heading's or the page's own)",
    problems(document) {
      const seen = new Set<string>();
      return [...document.querySelectorAll("[id]")].flatMap((element) => {
        if (!seen.has(element.id)) {
          seen.add(element.id);
          return [];
        }
        return [`id="${element.id}" twice: ${describe(element)}`];
      });
    },
  },
  {
    name: "content strings land as plain text",
    problems(document, { surface }) {
      return surface.lands.flatMap(({ selector, attribute, value }) => {
        const found = [...document.querySelectorAll(selector)].map((element) => (attribute ? element.getAttribute(attribute) : element.textContent));
        if (found.includes(value)) return [];
        const nearest = found.filter((text) => text !== null && text.length < value.length * 3).map((text) => text?.slice(0, 100));
        return [`${JSON.stringify(value)} is not the ${attribute ? `${attribute} of` : "text of"} any ${selector} (similar: ${JSON.stringify(nearest.slice(0, 3))})`];
      });
    },
  },
];

// jsdom's CSS parser does not read the pages' Tailwind stylesheet and reports "Could not parse CSS
// stylesheet" for every page; the checks read the HTML only. Every other jsdom error and console
// message still reaches the test output.
const withoutCssReports = new VirtualConsole().forwardTo(console, { jsdomErrors: ["unhandled-exception", "not-implemented", "resource-loading"] });

/** Every problem that makes a page unsafe to serve, as readable sentences; empty means inert. */
export function findHtmlProblems(html: string, surface: Surface, origin: string): string[] {
  const { document } = new JSDOM(html, { virtualConsole: withoutCssReports }).window;
  return checks.flatMap((check) => check.problems(document, { surface, origin }).map((problem) => `${surface.path}: ${check.name}: ${problem}`));
}
