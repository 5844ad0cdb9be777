import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit, SKIP } from "unist-util-visit";

const HEADING = /^h[2-6]$/;

/** A section heading, whose words name the table under it. */
function isHeading(node: ElementContent): node is Element {
  return HEADING.test(
    // Stryker disable next-line ConditionalExpression,StringLiteral: a text or comment has no tag name, and no other text is a heading's
    node.type === "element" ? node.tagName : "",
  );
}

/**
 * The table's name for a screen reader: the heading it sits under, or its column heads. (A
 * `<caption>` never reaches here: GitHub's allowlist, which the sanitizer follows, drops it.)
 */
function labelOf(table: Element, siblingsBefore: ElementContent[]): string {
  const heading = siblingsBefore.findLast(isHeading);
  if (heading) return toString(heading).trim();
  const heads: string[] = [];
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named th
  visit(table, "element", (node: Element) => {
    if (node.tagName === "th") heads.push(toString(node).trim());
  });
  return heads.length > 0 ? `Table: ${heads.join(", ")}` : "Table";
}

/**
 * Puts every table in its own scroll box, so a wide table scrolls sideways inside the text column
 * instead of widening the page. The box is a labelled region a keyboard can focus and scroll
 * (axe's scrollable-region-focusable); app/globals.css draws the shadow that says there is more.
 * Runs before heading anchors are added, so a label never ends in their "#".
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named table
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table") return;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: unist-util-visit gives every element below the root its parent and index; the test is for the types
      if (!parent || index === undefined) return;
      const box: Element = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], role: "region", ariaLabel: labelOf(node, parent.children.slice(0, index) as ElementContent[]), tabIndex: 0 },
        children: [node],
      };
      parent.children[index] = box;
      return SKIP;
    });
  };
}
