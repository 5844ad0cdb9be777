import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

export type Heading = { id: string; text: string; depth: 2 | 3 };

/** How many of these headings an article needs for its page to show its contents (components/table-of-contents.tsx). */
export const CONTENTS_MIN_HEADINGS = 3;

/** Section headings of the prose itself; the visually hidden "Footnotes" label is not one. */
export function isSectionHeading(node: Element): boolean {
  const classes = node.properties.className;
  return ["h2", "h3", "h4"].includes(node.tagName) && !(Array.isArray(classes) && classes.includes("sr-only"));
}

/** Records the article's h2/h3 headings (after ids are assigned) for its table of contents. */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named h2 or h3
    visit(tree, "element", (node: Element) => {
      if (
        (node.tagName === "h2" || node.tagName === "h3") &&
        isSectionHeading(node) &&
        typeof node.properties.id === "string"
      ) {
        headings.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
    file.data.headings = headings;
  };
}

declare module "vfile" {
  interface DataMap {
    headings: Heading[];
  }
}
