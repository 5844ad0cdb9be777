import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { typed, type Surprise } from "./markdown-source";

/** A block between ``` or ~~~ lines: code the author marked as code. */
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Lines indented by four spaces or a tab are code in Markdown: the page shows them in a box, in
 * typewriter letters, which a poem or a paragraph indented to set it apart never means. A warning
 * (code may be meant), with the first line as it is to be written.
 */
export function indentedText(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, "code", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: the tree comes from remark's parser, so every node has its place; the test is for the type checker
    if (at === undefined) return;
    if (FENCE.test(at.text)) return;
    const first = node.value.replace(/\n.*/s, "").trim();
    const [from, to] = [firstLine + at.line - 1, firstLine + at.endLine - 1];
    const lines = from === to ? `line ${from} is` : `lines ${from} to ${to} are`;
    const poem = from === to ? "" : " (for a poem, end each line but the last with `\\` to keep its line breaks)";
    found.push({
      line: from,
      severity: "warning",
      message: `${lines} indented by four spaces or more, so the page shows ${from === to ? "it" : "them"} in a box in typewriter letters, as computer code; for ordinary text, start ${from === to ? "it" : "each line"} at the left edge: write ${quote(first)}${poem}`,
    });
  });
  return found;
}
