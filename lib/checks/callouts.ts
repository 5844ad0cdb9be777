import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";

/*
 * `> [!NOTE]`, a callout as GitHub and Obsidian write one: the journal has no callouts, so the page
 * shows a plain quote starting with `[!NOTE]` as typed, with no message (the jeweler's trial of
 * 2026-12-07). Read from the syntax tree the page is rendered from, so a quote in code is left alone.
 */

/** A `>` and `[!` before a letter: markdown-surprises.ts parses a body only when it holds one. */
export const CALLOUT_START = />[ \t]*\[![A-Za-z]/;

/** The callout's mark at a quote's start, `[!NOTE]`, `[!tip]-` (Obsidian's folded one), with the spaces after it. */
const MARK = /^\[!([A-Za-z][\w-]*)\][-+]?[ \t]*/;

/** Each quote whose first line starts with a callout's mark, told to delete it or write `**Note:**`; `firstLine` is the file line the body starts on. */
export function callouts(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "blockquote", (quoted) => {
    const [first] = quoted.children;
    const at = first?.type === "paragraph" ? typed(first, source) : undefined;
    if (at === undefined) return;
    const mark = MARK.exec(at.text);
    if (mark === null) return;
    // Stryker disable next-line StringLiteral: the pattern's one group takes part in every match, so the fallback never runs
    const [typedMark, kind = ""] = mark;
    const shown = quote(typedMark.trim());
    const line = lineOf(at.offset);
    const end = at.offset + typedMark.length;
    const label = `**${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()}:**`;
    const alone = /^[ \t]*(\n|$)/.test(source.slice(end));
    const fix = alone
      ? `delete line ${line}, or write ${quote(lineToWrite(source, at.offset, end, label))} in its place`
      : `delete it: write ${quote(lineToWrite(source, at.offset, end, ""))}, or ${quote(lineToWrite(source, at.offset, end, `${label} `))}`;
    found.push({
      line,
      severity: "error",
      message: `${shown} is shown as typed at the start of the quote: the journal has no callouts (GitHub's and Obsidian's boxes for a note or a warning) and shows a plain quote; ${fix}`,
    });
  });
  return found;
}
