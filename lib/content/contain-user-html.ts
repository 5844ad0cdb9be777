import type { Element, Root, RootContent } from "hast";
import { GENERATED_ID } from "./rehype-mark-generated-ids";
import { isLocalUrl } from "./urls";

/** Where an article's ids live; a bio's are under `bio-`, so the two never meet on one page. */
export const USER_CONTENT_PREFIX = "user-content-";
/** Where a bio's ids live, its headings' too (`## Care` is `bio-care`): a bio is shown on its articles' pages. */
export const BIO_ID_PREFIX = "bio-";
const CLOBBERING: readonly string[] = ["id", "name", "ariaDescribedBy", "ariaLabelledBy"];

type PropertyValue = Element["properties"][string];

/** Every id and name goes under the prefix (once): the author's as written, the generated ones without their mark. */
function namespaced(value: string | number, prefix: string): string {
  const text = String(value);
  if (text.startsWith(GENERATED_ID)) return `${prefix}${text.slice(GENERATED_ID.length)}`;
  return text.startsWith(prefix) ? text : `${prefix}${text}`;
}

function namespacedProperty(value: PropertyValue, prefix: string): PropertyValue {
  if (Array.isArray(value)) return value.map((item) => namespaced(item, prefix));
  // Stryker disable next-line ConditionalExpression: after the sanitizer an id, name or aria value is a string or a list of strings
  return typeof value === "string" ||
    // Stryker disable next-line all: never reached: the value is a string whenever this runs
    typeof value === "number"
    ? namespaced(value, prefix)
    : value;
}

function elements(nodes: readonly RootContent[]): Element[] {
  return nodes.flatMap((node) => (node.type === "element" ? [node, ...elements(node.children)] : []));
}

/**
 * Runs after the sanitizer, for what its allowlist cannot express:
 * - every id and name an author writes lives under `user-content-` (a bio's under `bio-`), so `<img name="__next_f">`
 *   cannot shadow the framework's globals on `window` (DOM clobbering) or steal `#main`;
 * - an author's id never takes one the pipeline generated (`<a id="fn-1">` beside footnote 1) or
 *   one already used: the later duplicate loses its id, so every id on the page stays unique;
 * - images come from this site only: the Content-Security-Policy would block any other origin
 *   anyway, and a foreign image is a request that tells someone else who is reading.
 */
export function rehypeContainUserHtml({ prefix = USER_CONTENT_PREFIX }: { prefix?: string } = {}) {
  return (tree: Root) => {
    const all = elements(tree.children);
    const taken = new Set<string>();
    for (const { properties } of all) {
      if (typeof properties.id === "string" && properties.id.startsWith(GENERATED_ID)) taken.add(namespaced(properties.id, prefix));
    }
    for (const element of all) {
      const id = element.properties.id;
      // Stryker disable next-line ConditionalExpression: without an id, "undefined" joins the taken set, which no prefixed id equals; ids are strings
      const authored = id !== undefined && !(typeof id === "string" && id.startsWith(GENERATED_ID));
      for (const key of CLOBBERING) {
        // Stryker disable next-line ConditionalExpression: an absent key set to undefined is left out of the HTML
        if (key in element.properties) element.properties[key] = namespacedProperty(element.properties[key], prefix);
      }
      if (authored) {
        const final = String(element.properties.id);
        if (taken.has(final)) delete element.properties.id;
        else taken.add(final);
      }
      const src = element.properties.src;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: after the sanitizer only `img` has a `src`, always a string
      if (element.tagName === "img" && typeof src === "string" && !isLocalUrl(src)) delete element.properties.src;
    }
  };
}
