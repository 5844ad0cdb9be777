import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * A task list's checkbox (`- [x] polished`) is named by its item's text, so a screen reader says
 * "polished, checkbox, checked" rather than an unlabelled control (axe's `label` rule).
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (item: Element) => {
      if (item.tagName !== "li") return;
      const box = item.children.find((child): child is Element => child.type === "element" && child.tagName === "input" && child.properties.type === "checkbox");
      if (box && !box.properties.ariaLabel) box.properties.ariaLabel = toString(item).trim();
    });
  };
}
