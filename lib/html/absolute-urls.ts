import type { Element, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { urlAttributes } from "html-url-attributes";
import { visit } from "unist-util-visit";

type PropertyValue = Properties[string];

/** Absolute URLs stay as they are; a value that is no URL at all is left for the reader to ignore. */
function resolveUrl(value: string, base: string): string {
  if (URL.canParse(value) || !URL.canParse(value, base)) return value;
  return new URL(value, base).toString();
}

function resolve(value: PropertyValue, base: string): PropertyValue {
  if (typeof value === "string") return resolveUrl(value, base);
  // Stryker disable next-line ConditionalExpression: a URL attribute is a string or, for `ping`, a list: nothing else reaches this test.
  if (Array.isArray(value)) {
    // Stryker disable next-line ConditionalExpression: the one list of URLs, `ping`, holds strings only (hast parses it as space-separated words).
    return value.map((item) => (typeof item === "string" ? resolveUrl(item, base) : item));
  }
  return value;
}

function isUrlAttribute(element: Element, property: string): boolean {
  const tags = urlAttributes[property];
  return tags !== undefined && (tags === null || tags.includes(element.tagName));
}

/**
 * Rewrites every relative URL in an HTML fragment (`href`, `src`, `cite` … on the elements
 * where they are URLs) to an absolute one resolved against `base`, the page the HTML belongs
 * to: feed readers show the HTML on their own origin, where `/images/a.jpg` or `#note` would
 * point nowhere.
 */
export function absoluteUrlsInHtml(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, "element", (element) => {
    for (const [property, value] of Object.entries(element.properties)) {
      if (isUrlAttribute(element, property)) element.properties[property] = resolve(value, base);
    }
  });
  return toHtml(tree);
}
