import type { List, Root } from "mdast";
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
 */

/** A line with a space or a tab before a list's mark: markdown-surprises.ts parses a body only when it holds one. */
export const INDENTED_MARK = /^[ \t>]*[ \t](?:[-*+]|\d{1,9}[.)])[ \t]/m;

/** An item's first line from its mark: the mark, the spaces and tabs after it, and the first character of its words, if any. */
const ITEM_LINE = /^(\S+)([ \t]*)(.?)/;

/**
 * Where `list`'s marks and its last item's words start, as columns of the page; an item with no
 * words after its mark (`2.` alone, or its words on the next line), or with five columns or more of
 * spaces after it (the words are then code), has them a column after its mark, where its next
 * lines must start to stay in it.
 */
function columns(list: List, source: string): { mark: number; words: number; item: number } | undefined {
  const last = list.children.at(-1);
  // Stryker disable next-line OptionalChaining: remark's parser gives every node its place, and every list an item; the fallbacks are for the type checker
  const [mark, item] = [list.position?.start, last?.position?.start];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: remark's parser gives every node its place with offsets, and every list an item; the test is for the type checker
  if (mark?.offset === undefined || item?.offset === undefined) return undefined;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: an item's place starts at its mark, which ITEM_LINE always matches; the fallback is for the type checker
  const [, sign = "", space = "", word = ""] = ITEM_LINE.exec(snippet(source, item.offset)) ?? [];
  const markEnd = spaced(`${typedBefore(source, item.offset, item.column)}${sign}`);
  const gap = spaced(`${markEnd}${space}`).length - markEnd.length;
  const words = markEnd.length + 1 + (word !== "" && gap <= 4 ? gap : 1);
  return { mark: spaced(typedBefore(source, mark.offset, mark.column)).length + 1, words, item: item.offset };
}

/** The first line of each list indented under the list above it but not as far as its last item's words; `firstLine` is the file line the body starts on. */
export function shallowSublists(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, (node) => {
    if (!("children" in node)) return;
    node.children.forEach((above, index) => {
      const list = node.children[index + 1];
      if (above.type !== "list" || list?.type !== "list") return;
      // Stryker disable next-line OptionalChaining: remark's parser gives every node its place; the fallback is for the type checker
      const point = list.position?.start;
      const upper = columns(above, source);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: remark's parser gives every node its place with offsets, and `columns` gives undefined only to a node without one; the test is for the type checker
      if (point?.offset === undefined || upper === undefined) return;
      const typedIndent = typedBefore(source, point.offset, point.column);
      const indent = spaced(typedIndent);
      const start = indent.length + 1;
      if (start <= upper.mark || start >= upper.words) return;
      const more = upper.words - start;
      const written = `${indent}${" ".repeat(more)}`;
      const line = snippet(source, point.offset);
      const others = list.children.length > 1 ? ", and each line of its list the same way" : "";
      found.push({
        line: firstLine + point.line - 1,
        severity: "error",
        message: `the line ${quote(`${typedIndent}${line}`)} is not indented as far as the words of ${quote(snippet(source, upper.item))} above it, so the page shows it as a list of its own after that list, not under that item; indent it by ${more} more ${more === 1 ? "space" : "spaces"}: write ${quote(lineToWrite(source, point.offset - typedIndent.length, point.offset, written, `${written}${line}`))}${others}`,
      });
    });
  });
  return found;
}
