import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/** After the sanitizer every `input` is a disabled checkbox (GitHub's allowlist requires it). */
function isCheckbox(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "input";
}

/**
 * A task list's checkbox (`- [x] polished`) is named by its item's text, so a screen reader says
 * "polished, checkbox, checked" rather than an unlabelled control (axe's `label` rule). In a loose
 * list (items apart by blank lines) the checkbox starts the item's first paragraph, which names it.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named li
    visit(tree, "element", (item: Element) => {
      if (item.tagName !== "li") return;
      const first = item.children.find((child): child is Element => child.type === "element");
      const holder = first?.tagName === "p" ? first : item;
      const box = holder.children.find(isCheckbox);
      // The sanitizer drops an author's own aria-label, so every label here is ours.
      if (box) box.properties.ariaLabel = toString(holder).trim();
    });
  };
}
