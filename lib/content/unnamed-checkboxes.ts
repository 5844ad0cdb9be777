import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { markdownProcessor } from "./markdown";

/** A checkbox the page would show without a name: its line in the Markdown, and whether the author wrote it in HTML. */
export type UnnamedCheckbox = { line: number; html: boolean };

/**
 * The checkboxes a page would show without a name, read from the page's own pipeline
 * (rehypeTaskListLabels names each by the words beside it), so the check and the page agree:
 * an article keeps its HTML and pictures (a raw `<img>` parts a checkbox from the words beyond
 * it), a bio drops both.
 */
export async function unnamedCheckboxes(markdown: string, { bio }: { bio: boolean }): Promise<UnnamedCheckbox[]> {
  const processor = markdownProcessor(bio ? { rawHtml: false } : { rawHtml: true, images: "unread" });
  const file = new VFile(markdown);
  const tree = await processor.run(processor.parse(file), file);
  const found: UnnamedCheckbox[] = [];
  visit(tree, "element", (node: Element, _index, parent) => {
    if (node.tagName !== "input" || node.properties.ariaLabel !== "") return;
    if (node.position) found.push({ line: node.position.start.line, html: true });
    // A task list's checkbox (`- [ ]`) is made by the pipeline, with no place of its own: its item's line is its line.
    // Stryker disable next-line ConditionalExpression,OptionalChaining: its parent is always its item, which has its place in the Markdown.
    else if (parent?.position) found.push({ line: parent.position.start.line, html: false });
  });
  return found;
}
