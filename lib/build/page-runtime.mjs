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
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

/** @typedef {import("hast").Element} Element */
/** @typedef {import("hast").Root} Root */

/** @param {Element} element @param {string} name */
function attribute(element, name) {
  const value = element.properties[name];
  // Stryker disable next-line StringLiteral: of the attributes read, only `rel` is a list, and it is compared with one word, which no list of two equals, joined by a space or not.
  // hast-util-from-html gives an absent attribute as undefined, never null.
  return Array.isArray(value) ? value.join(" ") : value === undefined ? undefined : String(value);
}

/**
 * Structured data (JSON-LD) stays. Of the other scripts only Next.js's runtime goes; anything else
 * is unknown, and a page holding it may need the runtime to show at all.
 * @param {Element} script
 */
function isData(script) {
  return attribute(script, "type") === "application/ld+json";
}

/** @param {Element} script */
function isRuntime(script) {
  const src = attribute(script, "src");
  if (src !== undefined) return src.startsWith("/_next/static/");
  // The inlined RSC payload, and Turbopack's list of the chunks to load.
  return /^\(?self\.__next_f\b/.test(toString(script)) || attribute(script, "id") === "_R_";
}

/**
 * A hint that fetches one of the runtime's chunks (`rel="modulepreload"`, or `as="script"` with
 * `preload` or `prefetch`): on a page that runs no script, a wasted download.
 * @param {Element} link
 */
function isScriptHint(link) {
  return attribute(link, "href")?.startsWith("/_next/static/") === true && (attribute(link, "rel") === "modulepreload" || attribute(link, "as") === "script");
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
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named `script` or `link`.
  visit(tree, "element", (element, index, parent) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: unist-util-visit gives every element below the root its parent and its index; the test is for the type checker.
    if (!parent || index === undefined) return;
    if (element.tagName === "script") {
      if (isData(element)) return SKIP;
      if (!isRuntime(element)) {
        unknown.push(toHtml(element).slice(0, 120));
        return SKIP;
      }
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
      parent.children[index] = {
        type: "element",
        tagName: "style",
        // hast-util-to-html leaves out an undefined property: a link without a precedence gives a style without one.
        properties: { dataPrecedence: attribute(element, "dataPrecedence"), dataHref: href },
        children: [{ type: "text", value: css }],
      };
    }
    return SKIP;
  });
  if (unknown.length > 0) throw new Error(`a script that is neither Next.js's runtime nor structured data: ${unknown.join(", ")}`);
  return toHtml(tree);
}
