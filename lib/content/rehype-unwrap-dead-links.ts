import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/** A link that goes nowhere and is no target either: what the sanitizer leaves of `[x](data:…)`. */
function isDeadLink(element: Element): boolean {
  const { href, id, name } = element.properties;
  return element.tagName === "a" && (href === undefined || href === "") && id === undefined && name === undefined;
}

/**
 * A link whose address the sanitizer dropped (a `data:` or `javascript:` URL) becomes its plain
 * text: an `<a>` without `href` reads as a link to nobody, and search engines count it as an
 * uncrawlable one (Lighthouse's `crawlable-anchors`). Named anchors (`<a id>`, `<a name>`) stay.
 * The checks report every such Markdown link to its author (lib/checks/link-addresses.ts).
 */
export function rehypeUnwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, "element", (element: Element, index, parent) => {
      if (!isDeadLink(element)) return;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: unist-util-visit gives every element below the root its parent and index; the test is for the types
      if (!parent || index === undefined) return;
      const children: ElementContent[] = element.children;
      // Nothing to visit again: HTML's parser never nests a link in a link, so none is among its children.
      parent.children.splice(index, 1, ...children);
    });
  };
}
