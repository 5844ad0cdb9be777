import type { List, Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { lineToWrite, snippet, typed, type Surprise } from "./markdown-source";

/*
 * `1. Plain bands` then `  - up or down two sizes` is meant as bullets under item 1, but the words
 * of `1. ` start 3 characters in: a list indented 2 spaces is a list of its own, after the numbered
 * one, and the page shows numbered lists and bullet lists taking turns (the fifth jeweler's trial).
 * A list right after another, indented more than it but less than its last item's words, is such a
 * list; the line to write is indented as far as those words.
 */

/** A line with a space before a list's mark: markdown-surprises.ts parses a body only when it holds one. */
export const INDENTED_MARK = /^[ >]* (?:[-*+]|\d{1,9}[.)])[ \t]/m;

/**
 * Where `list`'s marks and its last item's words start, as columns of the line; an item with no
 * words after its mark (`2.` alone, or its words on the next line) has them a space after its mark,
 * where its next lines must start to stay in it.
 */
function columns(list: List, source: string): { mark: number; words: number; item: number } | undefined {
  const last = list.children.at(-1);
  // Stryker disable next-line OptionalChaining: remark's parser gives every node its place, and every list an item; the fallbacks are for the type checker
  const [mark, item] = [list.position?.start.column, last?.position?.start];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: remark's parser gives every node its place, and every list an item; the test is for the type checker
  if (last === undefined || mark === undefined || item?.offset === undefined) return undefined;
  const [first] = last.children;
  const text = first === undefined ? undefined : typed(first, source);
  const words = text?.line === item.line ? item.column + text.offset - item.offset : item.column + snippet(source, item.offset).trimEnd().length + 1;
  return { mark, words, item: item.offset };
}

/** The first line of each list indented under the list above it but not as far as its last item's words; `firstLine` is the file line the body starts on. */
export function shallowSublists(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, (node) => {
    if (!("children" in node)) return;
    node.children.forEach((above, index) => {
      const list = node.children[index + 1];
      if (above.type !== "list" || list?.type !== "list") return;
      const at = typed(list, source);
      // Stryker disable next-line OptionalChaining: remark's parser gives every node its place; the fallback is for the type checker
      const start = list.position?.start.column;
      const upper = columns(above, source);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: `typed` and `columns` give undefined only to a node without its place, and remark's parser gives every node one; the test is for the type checker
      if (at === undefined || start === undefined || upper === undefined) return;
      if (start <= upper.mark || start >= upper.words) return;
      const lineStart = source.lastIndexOf("\n", at.offset) + 1;
      const indent = source.slice(lineStart, at.offset);
      if (indent.includes("\t")) return;
      const more = upper.words - start;
      const line = snippet(source, at.offset);
      const others = list.children.length > 1 ? ", and each line of its list the same way" : "";
      found.push({
        line: firstLine + at.line - 1,
        severity: "error",
        message: `the line ${quote(`${indent}${line}`)} is not indented as far as the words of ${quote(snippet(source, upper.item))} above it, so the page shows it as a list of its own after that list, not under that item; indent it by ${more} more ${more === 1 ? "space" : "spaces"}: write ${quote(lineToWrite(source, at.offset, at.offset, " ".repeat(more), `${indent}${" ".repeat(more)}${line}`))}${others}`,
      });
    });
  });
  return found;
}
