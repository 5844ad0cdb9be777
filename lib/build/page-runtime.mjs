// @ts-check
/*
 * Takes the React + Next.js runtime out of a prerendered page, on the HTML tree (hast). A page
 * outside the declared client routes (lib/client-routes.mjs) has nothing to hydrate: its HTML is
 * the whole page, and the runtime (about 130 KB gzipped, plus the page's RSC payload inlined as
 * scripts) would only cost the reader. Next.js has no switch for this in the App Router
 * (vercel/next.js#45009), hence a step in the build adapter (lib/build/next-adapter.mjs).
 */
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";

/** @typedef {import("hast").Element} Element */
/** @typedef {import("hast").Root} Root */

/** @param {Element} element @param {string} name */
function attribute(element, name) {
  const value = element.properties[name];
  // Stryker disable next-line StringLiteral: of the attributes read, only `rel` is a list, and it is compared with one word, which no list of two equals, joined by a space or not.
  return Array.isArray(value) ? value.join(" ") : value === undefined || value === null ? undefined : String(value);
}

/** @param {Element} element */
function text(element) {
  return element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

/**
 * What a script element is: structured data stays; Next.js's runtime goes; anything else is
 * unknown, and a page holding it may need the runtime to show at all.
 * @param {Element} script
 * @returns {"data" | "runtime" | "unknown"}
 */
export function scriptKind(script) {
  if (attribute(script, "type") === "application/ld+json") return "data";
  const src = attribute(script, "src");
  if (src !== undefined) return src.startsWith("/_next/static/") ? "runtime" : "unknown";
  const code = text(script);
  // The inlined RSC payload, and Turbopack's list of the chunks to load.
  if (/^\(?self\.__next_f\b/.test(code) || attribute(script, "id") === "_R_") return "runtime";
  return "unknown";
}

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">` hints for the runtime's chunks. */
/** @param {Element} link */
function isScriptHint(link) {
  const rel = attribute(link, "rel") ?? "";
  const href = attribute(link, "href") ?? "";
  return href.startsWith("/_next/static/") && (rel === "modulepreload" || (rel === "preload" && attribute(link, "as") === "script"));
}

/**
 * The page without the runtime, its stylesheets inside it (on a page without scripts the
 * stylesheet is the last request before the first paint), each cut to what the page needs
 * (lib/build/critical-css.mjs). Throws when the page holds a script that is neither the runtime
 * nor structured data.
 * @param {string} html
 * @param {(href: string) => string | undefined} stylesheet the stylesheet at an address, as this page needs it
 * @returns {string}
 */
export function withoutRuntime(html, stylesheet) {
  /** @type {Root} */
  const tree = fromHtml(html);
  /** @type {string[]} */
  const unknown = [];
  visit(tree, "element", (element, index, parent) => {
    if (!parent || index === undefined) return;
    if (element.tagName === "script") {
      const kind = scriptKind(element);
      if (kind === "unknown") unknown.push(toHtml(element).slice(0, 120));
      if (kind !== "runtime") return SKIP;
      parent.children.splice(index, 1);
      return index;
    }
    if (element.tagName !== "link") return;
    if (isScriptHint(element)) {
      parent.children.splice(index, 1);
      return index;
    }
    const href = attribute(element, "href");
    const css = attribute(element, "rel") === "stylesheet" && href ? stylesheet(href) : undefined;
    // A stylesheet holding `</style` would end its element early: it stays a link.
    if (href && css !== undefined && !/<\/style/i.test(css)) {
      const precedence = attribute(element, "dataPrecedence");
      parent.children[index] = {
        type: "element",
        tagName: "style",
        properties: { ...(precedence === undefined ? {} : { dataPrecedence: precedence }), dataHref: href },
        children: [{ type: "text", value: css }],
      };
    }
    return SKIP;
  });
  if (unknown.length > 0) throw new Error(`a script that is neither Next.js's runtime nor structured data: ${unknown.join(", ")}`);
  return toHtml(tree);
}
