import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { spaced, typed, typedBefore, type Surprise } from "./markdown-source";

/** A block between ``` or ~~~ lines: code the author marked as code. */
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** A line indented four spaces or a tab, after a quote's `>` or a list's mark too (`1. >     code`): markdown-surprises.ts parses a body only when it holds one. */
export const INDENTED_CODE = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])[ \t]))*(?: {4}|\t)/m;

/** A list's mark followed by five spaces, or by spaces and tabs that may reach as far: markdown-surprises.ts parses a body only when it holds one (or a line indented four spaces or a tab). */
export const CODE_AFTER_MARK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?: {5}|(?=[ \t]*\t)[ \t]{2})/m;

/** A list's mark at the end of what stands before the code on its line, and the spaces and tabs after it: the code is that item's words. */
const MARK_BEFORE = /(?:[-*+]|\d{1,9}[.)])([ \t]*)$/;

/** Where the words are to start instead, by the block the code stands in: the page's own edge, a list item's words, a quote's `>`. */
const EDGE: Record<string, string> = { root: "at the left edge", listItem: "as far in as the item's words", blockquote: "one space after the `>`" };

/**
 * Lines indented by four spaces or a tab are code in Markdown: the page shows them in a box, in
 * typewriter letters, which a poem or a paragraph indented to set it apart never means; so are an
 * item's words five columns or more after its mark (`1.⇥⇥Plain bands`, `-     Gold`). A warning
 * (code may be meant), with the first line as it is to be written: what stands before the code
 * on its line (a quote's `>`, a list's mark, an item's indent) is kept, tabs written as spaces, so
 * the words stay in their quote or their item.
 */
export function indentedText(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, "code", (node, _index, parent) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: the tree comes from remark's parser, so every node has its place; the test is for the type checker
    if (at === undefined) return;
    if (FENCE.test(at.text)) return;
    const first = node.value.replace(/\n.*/s, "").trim();
    const [from, to] = [firstLine + at.line - 1, firstLine + at.endLine - 1];
    const poem = from === to ? "" : " (for a poem, end each line but the last with `\\` to keep its line breaks)";
    const typedStart = typedBefore(source, at.offset, at.column);
    const before = spaced(typedStart);
    const mark = MARK_BEFORE.exec(typedStart);
    if (mark !== null) {
      const next = to === from + 1 ? ` and line ${to}` : ` and lines ${from + 1} to ${to}`;
      const tab = /\t/.test(`${mark[1]}${at.text.replace(/\S.*/s, "")}`) ? " (a tab counts as up to 4 spaces)" : "";
      found.push({
        line: from,
        severity: "warning",
        message: `line ${from} has five spaces or more between its list's mark and its words${tab}, so the page shows its words${from === to ? "" : next} in a box in typewriter letters, as computer code, inside the list; for ordinary text, leave one space after the mark: write ${quote(`${before.trimEnd()} ${first}`)}${poem}`,
      });
      return;
    }
    const lines = from === to ? `line ${from} is` : `lines ${from} to ${to} are`;
    const written = parent?.type === "blockquote" ? `${before.trimEnd()} ${first}` : `${before}${first}`;
    found.push({
      line: from,
      severity: "warning",
      message: `${lines} indented by four spaces or more, so the page shows ${from === to ? "it" : "them"} in a box in typewriter letters, as computer code; for ordinary text, start ${from === to ? "it" : "each line"} ${EDGE[parent?.type ?? "root"] ?? "with fewer spaces"}: write ${quote(written)}${poem}`,
    });
  });
  return found;
}
