import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Starts every id that Markdown syntax generated (footnotes: `fn-1`, `fnref-1`, `footnote-label`).
 * No author can write it: the HTML parser and the Markdown parser both turn U+0000 into U+FFFD.
 */
export const GENERATED_ID = "\u0000";

const ID_PROPERTIES: readonly string[] = ["id", "ariaDescribedBy", "ariaLabelledBy"];

/**
 * Runs right after remark-rehype, before the author's raw HTML is parsed into the tree, when every
 * element with an id is one the pipeline generated. rehypeContainUserHtml later gives them their
 * final names, and lets no author-written id take one of them.
 */
export function rehypeMarkGeneratedIds() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      for (const key of ID_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === "string") node.properties[key] = `${GENERATED_ID}${value}`;
        // Stryker disable next-line ConditionalExpression: the one list remark-rehype generates, a footnote reference's aria-describedby `footnote-label`, gets the same final name unmarked: rehypeContainUserHtml puts it under the prefix either way
        if (Array.isArray(value)) node.properties[key] = value.map((item) => `${GENERATED_ID}${String(item)}`);
      }
    });
  };
}
