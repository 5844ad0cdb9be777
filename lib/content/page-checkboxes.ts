import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { PageTree } from "./page-tree";

/**
 * A checkbox the page shows: its line in the Markdown, the words it is named by ("" for none),
 * and, for an `<input>` the author wrote as another form field, that field as written
 * (`<input type="email">`, `<input>`), which the sanitizer turns into a checkbox.
 */
export type PageCheckbox = { line: number; name: string; html: boolean; field?: string };

/** The field an author's `<input>` tag (`<INPUT TYPE="Email" …>`) stands for, or undefined for a checkbox. */
function fieldWritten(tag: string): string | undefined {
  const [element] = fromHtml(tag, { fragment: true }).children;
  // Stryker disable next-line ConditionalExpression,OptionalChaining: the tag is the author's `<input …>` as the page read it, so it parses to that element first
  const type = element?.type === "element" ? element.properties.type : undefined;
  if (typeof type !== "string") return "<input>";
  const lower = type.toLowerCase();
  return lower === "checkbox" ? undefined : `<input type="${lower}">`;
}

/**
 * The checkboxes a page shows, read from the page's own tree (rehypeTaskListLabels names each by
 * the words beside it), so the check and the page agree: an article keeps its HTML and pictures
 * (a raw `<img>` parts a checkbox from the words beyond it), a bio drops both.
 */
export function pageCheckboxes({ markdown, tree }: PageTree): PageCheckbox[] {
  const found: PageCheckbox[] = [];
  visit(tree, "element", (node: Element, _index, parent) => {
    if (node.tagName !== "input") return;
    // rehypeTaskListLabels names every checkbox, one without words with "".
    const name = String(node.properties.ariaLabel);
    const { start, end } = node.position ?? {};
    // The author's own `<input>`: its tag as written, since the sanitizer has replaced its type.
    if (start && end) {
      found.push({ line: start.line, name, html: true, field: fieldWritten(markdown.slice(start.offset, end.offset)) });
      return;
    }
    // A task list's checkbox (`- [ ]`) is made by the pipeline, with no place of its own: its item's line is its line.
    // Stryker disable next-line ConditionalExpression,OptionalChaining: its parent is always its item, which has its place in the Markdown.
    if (parent?.position) found.push({ line: parent.position.start.line, name, html: false });
  });
  return found;
}
