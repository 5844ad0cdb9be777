import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, typed, type Surprise } from "./markdown-source";

/*
 * Text copied from Google Docs comes wrapped in `<b style="font-weight:normal;"
 * id="docs-internal-guid-…">` … `</b>`: the style kept it plain in the document, but the page drops
 * styles, so the `<b>` shows the whole text in bold, with no message (the fifth jeweler's trial).
 * Read from the syntax tree the page is rendered from, so tags in code are left alone.
 */

/** Google Docs' mark on the wrapper: markdown-surprises.ts parses a body only when it holds one. */
export const DOCS_WRAPPER = /docs-internal-guid-/;

/** An opening or closing `<b>` tag. */
const B_TAGS = /<(\/?)b(?=[\s/>])[^>]*>/gi;

/** The wrapper's opening tag: a `<b>` whose id Google Docs made. */
const WRAPPER_ID = /\sid\s*=\s*["']?docs-internal-guid-/i;

/** How a message tells to delete `tag` (named `shown`): its whole line when the line holds nothing else, else the tag on it. */
function deletion(source: string, offset: number, shown: string, line: number, tag = shown): string {
  const start = source.lastIndexOf("\n", offset) + 1;
  const end = source.indexOf("\n", offset);
  const written = source.slice(start, end === -1 ? source.length : end);
  return written.trim() === tag ? `line ${line} (${quote(shown)})` : `${quote(shown)} on line ${line}`;
}

/** Each Google Docs wrapper, with its `</b>`; `firstLine` is the file line the body starts on. */
export function docsWrappers(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  let open: { offset: number; tag: string; depth: number } | undefined;
  const report = (close?: { offset: number; tag: string }) => {
    if (open === undefined) return;
    const line = lineOf(open.offset);
    const opening = deletion(source, open.offset, "<b …>", line, open.tag);
    let wrapped = `${quote(open.tag)}, never closed, which makes the page show everything after it in bold`;
    let deleted = `${opening}: Google Docs added it`;
    if (close !== undefined) {
      const closeLine = lineOf(close.offset);
      wrapped = `${quote(open.tag)} and ${quote(close.tag)} (line ${closeLine}), which make the page show everything between them in bold`;
      deleted = `${opening} and ${deletion(source, close.offset, close.tag, closeLine)}: Google Docs added them`;
    }
    found.push({
      line,
      severity: "error",
      message: `Google Docs wrapped the pasted text in ${wrapped} (the page drops the \`style\` that kept it plain in the document); delete ${deleted} when the text was copied`,
    });
    open = undefined;
  };
  visit(tree, "html", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its offsets (markdown-source.ts `typed`); the test is for the type checker
    if (at === undefined) return;
    for (const { 0: tag, 1: slash, index } of at.text.matchAll(B_TAGS)) {
      const offset = at.offset + index;
      if (open === undefined) {
        if (slash === "" && WRAPPER_ID.test(tag)) open = { offset, tag, depth: 1 };
        continue;
      }
      open.depth += slash === "" ? 1 : -1;
      if (open.depth === 0) report({ offset, tag });
    }
  });
  report();
  return found;
}
