import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { invisibleName, SPACE_LIKE } from "../content/invisible";
import { quote } from "../content/printable";
import { fileLines, inText, lineToWrite, type Surprise } from "./markdown-source";
import { lineIndex, multiLineParagraphs, standAlone, withoutLineBreak } from "./multi-line-paragraphs";

/*
 * `-\u{a0}a soft toothbrush`, with the non-breaking space a Mac types for Option-Space after the
 * hyphen (or after `1.`), is no list's item: Markdown wants an ordinary space or a tab there, so
 * the page joins the lines into one paragraph, with no message (a jeweler's trial). Read from the
 * syntax tree the page is rendered from, as lib/checks/pasted-bullets.ts reads `•`: a line in code,
 * or lines kept apart by line breaks (shown as typed), are left alone, as is such a space
 * elsewhere in a line (`6\u{a0}mm`).
 */

/** A line of a paragraph starting with a list's mark (after a quote's `>`, or indentation) and a space that is not an ordinary one. */
const SPACED_MARK_LINE = new RegExp(`^([ \\t>]*)([-*+]|(\\d{1,9})[.)])([${SPACE_LIKE}][ \\t${SPACE_LIKE}]*)(?=\\S)`, "gm");

/** Such a line: markdown-surprises.ts parses a body only when it holds one. */
export const SPACED_LIST_MARK = new RegExp(`^[ \\t>]*(?:[-*+]|\\d{1,9}[.)])[${SPACE_LIKE}]`, "m");

/** Each line of a paragraph of several lines that starts with a list's mark and such a space: the page joins them; `firstLine` is the file line the body starts on. */
export function spacedListMarks(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  // The paragraphs that are a numbered item's words: a line under them with a number, written right, is the next item.
  const inNumbered = new Set<unknown>();
  // Stryker disable next-line StringLiteral: visit() takes an empty test for none and visits every node, and of them only a numbered list has `ordered` true
  visit(tree, "list", (list) => {
    if (list.ordered === true) for (const item of list.children) inNumbered.add(item.children[0]);
  });
  for (const { paragraph, at } of multiLineParagraphs(tree, source)) {
    // Stryker disable next-line StringLiteral: the group of what stands before the mark takes part in every match, so its default is never taken
    const marked = [...at.text.matchAll(SPACED_MARK_LINE)].filter(({ 1: before = "", index }) => inText(paragraph, at.offset + index + before.length));
    // Each such line on a line of its own, the lines kept apart by line breaks: the page shows them as typed.
    if (standAlone(paragraph, at, marked.map(({ index }) => lineIndex(at.text, index)))) continue;
    // A numbered list can start inside a paragraph only at 1; after that, each number goes on from the line above.
    let numbered = inNumbered.has(paragraph) ? Infinity : -1;
    // Stryker disable next-line StringLiteral: the groups of SPACED_MARK_LINE but the number take part in every match, so no default is ever taken
    for (const { 0: start, 1: before = "", 2: mark = "", 3: number, 4: spaces = "", index } of marked) {
      const line = lineIndex(at.text, index);
      if (number !== undefined && Number(number) !== 1 && numbered < line - 1) continue;
      if (number !== undefined) numbered = Math.max(numbered, line);
      const offset = at.offset + index + before.length;
      const end = at.offset + index + start.length;
      const rest = source.slice(end).replace(/\n[^]*/, "");
      const typedLine = `${source.slice(at.offset + index, end)}${rest}`.trim();
      const item = withoutLineBreak(rest);
      const write = lineToWrite(source, offset, end + rest.length, `${mark} ${item}`, `${mark} ${item.trimEnd()}`);
      const { name, looks } = invisibleName(spaces.charAt(0));
      found.push({
        line: lineOf(at.offset + index),
        severity: "error",
        message: `the line ${quote(typedLine)} starts with ${quote(mark)} and ${name} (${quote(spaces.charAt(0))}), which ${looks}: Markdown reads a list's ${quote(mark)} only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write ${quote(write)}, with an ordinary space after ${quote(mark)}`,
      });
    }
  }
  return found;
}
