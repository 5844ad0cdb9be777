import type { List, Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, snippet, typed, type Surprise } from "./markdown-source";

/*
 * A paragraph that starts with a year and a period, `1925. The Paris exhibition…`, is a numbered
 * list to Markdown, starting at 1925: the page sets the number apart and indents the words, with
 * no message (the fourth jeweler's trial). A list meant to start at 10 or more is rare, but one
 * that goes on after a picture or a paragraph (`9.` above, `10.` here) is not: so a numbered list
 * is told when it starts at 10 or more and no list above it ends just before its number. A
 * timeline typed one year a line, in order (`2019. A shed…`, `2020. The first commissions…`), is
 * shown as typed, each line apart, the numbers those typed: a list meant, left alone.
 */

/** The lowest first number told: a list from 1 to 9 is a list meant. */
const LOWEST = 10;

/** A line starting with a number of two digits or more and `.` or `)` (after a quote's `>`, or a list's `-`): markdown-surprises.ts parses a body only when it holds one. */
export const NUMBERED_START = /^[ \t>]*(?:[-*+][ \t]+)?\d{2,9}[.)](?:[ \t]|$)/m;

/** Whether `list` holds two items or more, one a line with no blank line between, each numbered as typed (the page counts up from the first). */
function asTyped(list: List, source: string): boolean {
  if (list.spread === true || list.children.length < 2) return false;
  const start = list.start ?? 1;
  return list.children.every((item, index) => {
    const at = typed(item, source);
    return at !== undefined && Number.parseInt(at.text, 10) === start + index;
  });
}

/** Each item of a numbered list that starts at 10 or more and goes on from no list above; `firstLine` is the file line the body starts on. */
export function numberedParagraphs(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  // The number each list above would give its next item: a list starting there goes on from it.
  const following = new Set<number>();
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as none and visits every node, and the next line passes over all but ordered lists
  visit(tree, "list", (list) => {
    if (!list.ordered) return;
    // remark gives every ordered list its start; the fallback, CommonMark's first number, is for the type checker.
    const start = list.start ?? 1;
    const goesOn = following.has(start);
    following.add(start + list.children.length);
    if (start < LOWEST || goesOn || asTyped(list, source)) return;
    // Lines with no blank line between, each escaped, would be one paragraph: the page joins them (told from the second item on).
    const apart = list.spread === true ? "" : ", and leave a blank line above it, or the page joins it to the line above";
    list.children.forEach((item, index) => {
      const at = typed(item, source);
      // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets, so typed() finds it (markdown-source.ts); the test is for the type checker
      if (at === undefined) return;
      // An item's text starts with its number, then its `.` or `)`.
      const markAt = at.offset + at.text.search(/[.)]/);
      const number = source.slice(at.offset, markAt);
      const mark = source.charAt(markAt);
      const line = snippet(source, at.offset);
      const escaped = `${number}\\${mark}${snippet(source, markAt + 1)}`;
      const shown = index === 0 ? `a numbered list starting at ${start} (the number set apart, the words indented)` : `item ${start + index} of the numbered list above, numbered ${start + index}`;
      found.push({
        line: lineOf(at.offset),
        severity: "error",
        message: `the line ${quote(line)} is shown as ${shown}, because a line starting with a number and ${quote(mark)} starts a numbered list; to show it as typed, write ${quote(lineToWrite(source, markAt, markAt + 1, `\\${mark}`, escaped))}${index === 0 ? "" : apart}`,
      });
    });
  });
  return found;
}
