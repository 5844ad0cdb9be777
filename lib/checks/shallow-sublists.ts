import type { List, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { lineToWrite, snippet, spaced, typedBefore, type Surprise } from "./markdown-source";

/*
 * `1. Plain bands` then `  - up or down two sizes` is meant as bullets under item 1, but the words
 * of `1. ` start 3 characters in: a list indented 2 spaces is a list of its own, after the numbered
 * one, and the page shows numbered lists and bullet lists taking turns (the fifth jeweler's trial).
 * A list right after another, indented more than it but less than its last item's words, is such a
 * list; the line to write is indented as far as those words. Indents are counted in columns as
 * CommonMark counts them, a tab reaching the next stop of 4 (`1.⇥Plain bands` has its words at
 * column 5), and the line to write has spaces where the author typed tabs.
 *
 * An item with no words (`2.` alone) ends at the blank line under it: a list or a paragraph after
 * that line, indented as far as the item's words would be, is shown after the list, the item
 * empty. An error on the item's line: its words go on its line, or the blank line goes.
 *
 * A paragraph after a blank line under a list, indented more than the list's marks but less than
 * its last item's words (`1. Plain bands`, a blank line, `  up or down`), is shown after the list,
 * not in the item: an error with the line to write, or a warning when it is one space in, which
 * may be a stray space before a paragraph meant after the list.
 */

/** A line with a space or a tab before a list's mark: markdown-surprises.ts parses a body only when it holds one. */
export const INDENTED_MARK = /^[ \t>]*[ \t](?:[-*+]|\d{1,9}[.)])[ \t]/m;

/** A line indented by spaces or tabs (inside a quote's `>` too) right under a blank line: markdown-surprises.ts parses a body only when it holds one. */
export const INDENTED_AFTER_BLANK = /^[ \t>]*\n(?:[ \t]*>(?: |(?=\S)))*[ \t]+\S/m;

/** A line holding only a list's mark (`2.`, `> -`): markdown-surprises.ts parses a body only when it holds one. */
export const EMPTY_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*$/m;

/** An item's first line from its mark: the mark, the spaces and tabs after it, and the first character of its words, if any. */
const ITEM_LINE = /^(\S+)([ \t]*)(.?)/;

/** Where a list's marks and its last item's words start, as columns of the page, and that item. */
type Columns = { mark: number; words: number; item: number; itemLine: number; before: string; empty: boolean };

/**
 * Where `list`'s marks and its last item's words start, as columns of the page; an item with no
 * words after its mark (`2.` alone, or its words on the next line), or with five columns or more of
 * spaces after it (the words are then code), has them a column after its mark, where its next
 * lines must start to stay in it. With the item's place, what stands before its mark on its line,
 * and whether it holds nothing at all.
 */
function columns(list: List, source: string): Columns | undefined {
  const last = list.children.at(-1);
  // Stryker disable next-line OptionalChaining: remark's parser gives every node its place, and every list an item; the fallbacks are for the type checker
  const [mark, item, children] = [list.position?.start, last?.position?.start, last?.children.length];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: remark's parser gives every node its place with offsets, and every list an item; the test is for the type checker
  if (mark?.offset === undefined || item?.offset === undefined) return undefined;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: an item's place starts at its mark, which ITEM_LINE always matches; the fallback is for the type checker
  const [, sign = "", space = "", word = ""] = ITEM_LINE.exec(snippet(source, item.offset)) ?? [];
  const before = typedBefore(source, item.offset, item.column);
  const markEnd = spaced(`${before}${sign}`);
  const gap = spaced(`${markEnd}${space}`).length - markEnd.length;
  const words = markEnd.length + 1 + (word !== "" && gap <= 4 ? gap : 1);
  return { mark: spaced(typedBefore(source, mark.offset, mark.column)).length + 1, words, item: item.offset, itemLine: item.line, before, empty: children === 0 };
}

/** The `count` blank lines under file line `line`, named for a message. */
function blankLines(line: number, count: number): string {
  return count === 1 ? `blank line (line ${line + 1})` : `blank lines (lines ${line + 1} to ${line + count})`;
}

/**
 * The error for `next`, a block after the list whose last item, empty, `upper` tells of: indented
 * as far as that item's words, it was meant in the item, but the blank line between them ends it.
 */
function cutOff(upper: Columns, next: RootContent, at: { line: number; offset: number }, source: string, firstLine: number): Surprise {
  const item = snippet(source, upper.item).trimEnd();
  const [line, blank] = [firstLine + upper.itemLine - 1, at.line - upper.itemLine - 1];
  const ends = `the ${blank === 1 ? "blank line under it ends" : "blank lines under it end"} the item`;
  const words = snippet(source, at.offset);
  const shown = next.type === "list" ? `the list on line ${line + blank + 1} after the list, not under the item` : `${quote(words)} (line ${line + blank + 1}) after the list, not as the item's words`;
  const fix = next.type === "list" ? `write the item's words on its line, after ${quote(item)}` : `write the words on the item's line, ${quote(`${upper.before}${item} ${words}`)}`;
  return {
    line,
    severity: "error",
    message: `the item ${quote(item)} on line ${line} has no words, and ${ends}, so the page shows it empty, and ${shown}; ${fix}, or delete the ${blankLines(line, blank)}`,
  };
}

/**
 * The error, or the warning when it is one column in, for the paragraph whose first line, `typedIndent`
 * then `line`, is indented more than the marks of the list above it but `more` columns less than the
 * words of its last item, which `upper` tells of; `cut` is what to do besides when that item is empty.
 */
function shallowParagraph(upper: Columns, source: string, at: { line: number; typedIndent: string; text: string; more: number; start: number; cut: string }): Surprise {
  const indent = spaced(at.typedIndent);
  const written = `${indent}${" ".repeat(at.more)}${at.text}`;
  const item = quote(snippet(source, upper.item));
  const shown = `is not indented as far as the words of ${item} above it, so the page shows it as a paragraph after that list, not in that item`;
  const indentBy = `indent it by ${at.more} more ${at.more === 1 ? "space" : "spaces"}: write ${quote(written)}${at.cut}`;
  const stray = at.start - upper.mark === 1;
  const edge = stray ? `; if it is meant after the list, delete the space before it: write ${quote(`${indent.slice(0, -1)}${at.text}`)}` : "";
  return { line: at.line, severity: stray ? "warning" : "error", message: `the line ${quote(`${at.typedIndent}${at.text}`)} ${shown}; ${stray ? "if it belongs to the item, " : ""}${indentBy}${edge}` };
}

/** The first line of each list or paragraph indented under the list above it but not as far as its last item's words, and each empty item cut off by a blank line from the block indented under it; `firstLine` is the file line the body starts on. */
export function shallowSublists(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, (node) => {
    if (!("children" in node)) return;
    node.children.forEach((above, index) => {
      const next = node.children[index + 1];
      if (above.type !== "list" || next === undefined) return;
      // Stryker disable next-line OptionalChaining: remark's parser gives every node its place; the fallback is for the type checker
      const point = next.position?.start;
      const upper = columns(above, source);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: remark's parser gives every node its place with offsets, and `columns` gives undefined only to a node without one; the test is for the type checker
      if (point?.offset === undefined || upper === undefined) return;
      const typedIndent = typedBefore(source, point.offset, point.column);
      const indent = spaced(typedIndent);
      const start = indent.length + 1;
      // Only an empty item ends before a block indented as far as its words: the blank line under it.
      if (start >= upper.words) {
        found.push(cutOff(upper, next, { line: point.line, offset: point.offset }, source, firstLine));
        return;
      }
      if ((next.type !== "list" && next.type !== "paragraph") || start <= upper.mark) return;
      const more = upper.words - start;
      const written = `${indent}${" ".repeat(more)}`;
      const line = snippet(source, point.offset);
      const blank = point.line - upper.itemLine - 1;
      // Indented as far as an empty item's words, the list or the paragraph would still be cut off from it by the blank line.
      const cut = upper.empty && blank > 0 ? `; as that item has no words, delete the ${blankLines(firstLine + upper.itemLine - 1, blank)} too` : "";
      if (next.type === "paragraph") {
        found.push(shallowParagraph(upper, source, { line: firstLine + point.line - 1, typedIndent, text: line, more, start, cut }));
        return;
      }
      const others = next.children.length > 1 ? ", and each line of its list the same way" : "";
      found.push({
        line: firstLine + point.line - 1,
        severity: "error",
        message: `the line ${quote(`${typedIndent}${line}`)} is not indented as far as the words of ${quote(snippet(source, upper.item))} above it, so the page shows it as a list of its own after that list, not under that item; indent it by ${more} more ${more === 1 ? "space" : "spaces"}: write ${quote(lineToWrite(source, point.offset - typedIndent.length, point.offset, written, `${written}${line}`))}${others}${cut}`,
      });
    });
  });
  return found;
}
