import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** A list inside a task's item holds tasks of its own, each with its own checkbox and name. */
function isNestedList(node: ElementContent): boolean {
  return ["ul", "ol"].includes(
    // Stryker disable next-line ConditionalExpression,StringLiteral: a text or comment has no tag name, and neither it nor any other text is `ul` or `ol`
    node.type === "element" ? node.tagName : "",
  );
}

/** Whether a blank line of the Markdown lies between two places (from the start, or to the end, for an element of ours, which has none). */
function apart(source: string, from: number | undefined, to: number | undefined): boolean {
  return /\n[ \t]*\r?\n/.test(source.slice(from, to));
}

/**
 * What follows a top-level checkbox on its lines: up to a blank line or another checkbox. Text
 * between elements has no place of its own; it belongs to the element before it.
 */
function linesAfter(following: RootContent[], end: number | undefined, source: string): RootContent[] {
  const found: RootContent[] = [];
  for (const node of following) {
    if (node.type === "element" && (node.tagName === "input" || apart(source, end, node.position?.end.offset))) break;
    found.push(node);
  }
  return found;
}

/**
 * What precedes a top-level checkbox on its lines, nearest first, unless another checkbox there
 * takes those words. The text just above goes with the element above it.
 */
function linesBefore(preceding: RootContent[], start: number | undefined, source: string): RootContent[] {
  const found: RootContent[] = [];
  let text: RootContent[] = [];
  for (const node of preceding) {
    if (node.type !== "element") text.push(node);
    else if (apart(source, node.position?.start.offset, start)) break;
    else if (node.tagName === "input") return [];
    else {
      found.push(...text, node);
      text = [];
    }
  }
  return found;
}

const words = (nodes: RootContent[]): string => nodes.map((node) => toString(node)).join("").trim();

/** Each table cell's row: a checklist table keeps a step's words in one cell and its checkbox in another. */
function rowsOfCells(tree: Root): Map<Element, Element> {
  const rows = new Map<Element, Element>();
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "tr") for (const cell of node.children) if (cell.type === "element") rows.set(cell, node);
  });
  return rows;
}

/** The words of a row's cells, one space apart (the text between cells is the Markdown's line breaks). */
const rowWords = (row: Element): string =>
  row.children
    .map((cell) => toString(cell).trim())
    .filter((cellWords) => cellWords !== "")
    .join(" ");

/**
 * What a checkbox is read with: the words of the element that holds it, without the tasks of a
 * list nested in it (for a table cell without words, those of its row); or, for one at the top
 * level (a tag alone on its line is an HTML block of its own), the words on the lines under it
 * up to a blank line, or, when none follow it there (the last line of an article, or of its
 * block), those on the lines above it.
 */
function nameOf(checkbox: Element, index: number, parent: Root | Element, source: string, rows: Map<Element, Element>): string {
  if (parent.type === "element") {
    const own = toString({ ...parent, children: parent.children.filter((child) => !isNestedList(child)) }).trim();
    const row = rows.get(parent);
    return own === "" && row ? rowWords(row) : own;
  }
  // Stryker disable next-line OptionalChaining: a checkbox at the top level is the author's HTML, so it always has its place in the Markdown
  const [start, end] = [checkbox.position?.start.offset, checkbox.position?.end.offset];
  const after = words(linesAfter(parent.children.slice(index + 1), end, source));
  return after || words(linesBefore(parent.children.slice(0, index).reverse(), start, source).reverse());
}

/**
 * Every checkbox is named by the words beside it, so a screen reader says "polished, checkbox,
 * checked" rather than an unlabelled control (axe's `label` rule): a task list's (`- [x] polished`)
 * by its item, or in a loose list (items apart by blank lines) by the item's first paragraph, which
 * holds it; one an author wrote in HTML (`<p><input type="checkbox"> Polished</p>`) by its paragraph,
 * cell (alone in it: by its row) or block. After the sanitizer every `input` is a disabled
 * checkbox (GitHub's allowlist requires it).
 */
export function rehypeTaskListLabels() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const rows = rowsOfCells(tree);
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named input
    // Every element has a parent and a place in it: the defaults are for the type only.
    visit(tree, "element", (node: Element, index = 0, parent: Root | Element = tree) => {
      // The sanitizer drops an author's own aria-label, so every label here is ours.
      if (node.tagName === "input") node.properties.ariaLabel = nameOf(node, index, parent, source, rows);
    });
  };
}
