import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/** A list inside a task's item holds tasks of its own, each with its own checkbox and name. */
function isNestedList(node: ElementContent): boolean {
  return ["ul", "ol"].includes(
    // Stryker disable next-line ConditionalExpression,StringLiteral: a text or comment has no tag name, and neither it nor any other text is `ul` or `ol`
    node.type === "element" ? node.tagName : "",
  );
}

/**
 * What a checkbox is read with: the words of the element that holds it, without the tasks of a
 * list nested in it, or, for one at the top level (a tag alone on its line is an HTML block of its
 * own), the text that follows it there.
 */
function nameOf(index: number, parent: Root | Element): string {
  if (parent.type === "element") return toString({ ...parent, children: parent.children.filter((child) => !isNestedList(child)) }).trim();
  const next = parent.children[index + 1];
  return next?.type === "text" ? next.value.trim() : "";
}

/**
 * Every checkbox is named by the words beside it, so a screen reader says "polished, checkbox,
 * checked" rather than an unlabelled control (axe's `label` rule): a task list's (`- [x] polished`)
 * by its item, or in a loose list (items apart by blank lines) by the item's first paragraph, which
 * holds it; one an author wrote in HTML (`<p><input type="checkbox"> Polished</p>`) by its paragraph,
 * cell or block. After the sanitizer every `input` is a disabled checkbox (GitHub's allowlist
 * requires it).
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named input
    // Every element has a parent and a place in it: the defaults are for the type only.
    visit(tree, "element", (node: Element, index = 0, parent: Root | Element = tree) => {
      // The sanitizer drops an author's own aria-label, so every label here is ours.
      if (node.tagName === "input") node.properties.ariaLabel = nameOf(index, parent);
    });
  };
}
