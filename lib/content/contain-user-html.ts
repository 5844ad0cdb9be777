import type { Element, Root, RootContent } from "hast";
import { isLocalUrl } from "./urls";

const PREFIX = "user-content-";
const CLOBBERING: readonly string[] = ["id", "name", "ariaDescribedBy", "ariaLabelledBy"];

type PropertyValue = Element["properties"][string];

/** `user-content-x` stays as it is (remark-rehype already prefixes footnotes); anything else gets the prefix. */
function namespaced(value: string | number): string {
  const text = String(value);
  return text.startsWith(PREFIX) ? text : `${PREFIX}${text}`;
}

function namespacedProperty(value: PropertyValue): PropertyValue {
  if (Array.isArray(value)) return value.map(namespaced);
  return typeof value === "string" || typeof value === "number" ? namespaced(value) : value;
}

function contain(element: Element) {
  for (const key of CLOBBERING) {
    if (key in element.properties) element.properties[key] = namespacedProperty(element.properties[key]);
  }
  const src = element.properties.src;
  if (element.tagName === "img" && typeof src === "string" && !isLocalUrl(src)) delete element.properties.src;
}

function walk(nodes: RootContent[]) {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    contain(node);
    walk(node.children);
  }
}

/**
 * Runs after the sanitizer, for two things its allowlist cannot express:
 * - every id and name an author writes lives under `user-content-`, so `<img name="__next_f">`
 *   cannot shadow the framework's globals on `window` (DOM clobbering) or steal `#main`;
 * - images come from this site only: the Content-Security-Policy would block any other origin
 *   anyway, and a foreign image is a request that tells someone else who is reading.
 */
export function rehypeContainUserHtml() {
  return (tree: Root) => walk(tree.children);
}
