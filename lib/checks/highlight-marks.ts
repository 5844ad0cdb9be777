import type { Parent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { listed, quote } from "../content/printable";
import { fileLines, lineToWrite, TEXT_BLOCKS, typed, withoutEscapes, type Surprise, type Typed } from "./markdown-source";

/*
 * `==sold out==`, a highlight as notes apps write it (the jeweler's trial of 2026-12-07): the
 * journal has none, so the page shows the `==` as typed. Read from the syntax tree the page is
 * rendered from, so `==` in code is left alone; a highlight may hold bold or a link
 * (`==**Sold**==`), as long as both its `==` stand in the text around them.
 */

/**
 * `==sold out==`: `==` glued to the words inside it and to none outside it; an arrow (`==>`,
 * `<==`) or `a==b` is no highlight.
 */
const HIGHLIGHT = /(?<![=<\p{L}\p{N}])==(?![\s=<>])([^=\n]*?[^\s=<>])==(?![=>\p{L}\p{N}])/gu;
/** A `==` glued to a word after it: markdown-surprises.ts parses a body only when it holds one. */
export const HIGHLIGHT_START = /(?<!=)==(?![\s=])/;

/** A highlight's place in the body, and what to write for it: its words in bold, and its words alone. */
type Highlight = { start: number; end: number; bold: string; plain: string };

/** A child of a text block's node, with what the author typed for it. */
type Placed = { child: Parent["children"][number]; at: Typed };

/** `parent`'s children in runs of those that keep their place: remark's linking of `www.…` leaves some without one. */
function placedRuns(parent: Parent, source: string): Placed[][] {
  const runs: Placed[][] = [[]];
  for (const child of parent.children) {
    const at = typed(child, source);
    if (at === undefined) {
      runs.push([]);
      continue;
    }
    // Stryker disable next-line OptionalChaining: `runs` starts with a run and only grows, so it always has a last one; the `?.` is for the type checker
    runs.at(-1)?.push({ child, at });
  }
  return runs;
}

/**
 * The words typed from `start` to `end` in bold: `**` around them, with the `**` (or `__`) of
 * the bold among them (`strong`, every bold of the body) taken out, so `==the **oval** one==` is
 * written `**the oval one**`, not `**the **oval** one**`; words in bold already (`**==Sold==**`, or
 * one bold as a whole: `==__Sold__==`) are written as they are.
 */
function inBold(source: string, start: number, end: number, strong: readonly Typed[]): string {
  if (strong.some(({ offset, text }) => offset <= start && end <= offset + text.length)) return source.slice(start, end);
  // Every bold's marks: a bold either holds the words (above) or lies among them or outside them, never across their ends.
  const marks = new Set(strong.flatMap(({ offset, text }) => [offset, offset + 1, offset + text.length - 2, offset + text.length - 1]));
  let words = "";
  for (let index = start; index < end; index += 1) if (!marks.has(index)) words += source.charAt(index);
  return `**${words}**`;
}

/**
 * The highlights among `parent`'s children: their text as typed, with bold, links and code among
 * them read as a word, since only a `==` in the text itself is shown as typed, and one glued
 * outside to bold (`**N**==**N½** and **M**==**M½**`) is no highlight, as one glued to a word.
 */
function highlightsIn(parent: Parent, source: string, strong: readonly Typed[]): Highlight[] {
  return placedRuns(parent, source).flatMap((run) => {
    const [head, ...rest] = run;
    if (head === undefined) return [];
    const [first, last] = [head.at, (rest.at(-1) ?? head).at];
    let written = withoutEscapes(source.slice(first.offset, last.offset + last.text.length));
    for (const { child, at } of run) {
      if (child.type === "text") continue;
      const from = at.offset - first.offset;
      written = `${written.slice(0, from)}${at.text.replace(/[^\n]/g, "x")}${written.slice(from + at.text.length)}`;
    }
    return [...written.matchAll(HIGHLIGHT)].map((match): Highlight => {
      const start = first.offset + match.index;
      const end = start + match[0].length;
      return { start, end, bold: inBold(source, start + 2, end - 2, strong), plain: source.slice(start + 2, end - 2) };
    });
  });
}

/** The highlights in `tree`'s text, in the order they are typed. */
function highlightsOf(tree: Root, source: string): Highlight[] {
  const strong: Typed[] = [];
  visit(tree, "strong", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every bold one (its linking of `www.…` adds only links and texts without one)
    if (at !== undefined) strong.push(at);
  });
  const found: Highlight[] = [];
  visit(tree, [...TEXT_BLOCKS], (block) => {
    visit(block, (node) => {
      if ("children" in node) found.push(...highlightsIn(node, source, strong));
    });
  });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What to write for a line's highlights, `pick` giving each one's words: the line with all of
 * them written so, or each one's words alone when the line is too long to quote whole (a
 * paragraph written on one line).
 */
function lineFor(source: string, highlights: readonly Highlight[], pick: (highlight: Highlight) => string): string {
  let written = "";
  // Stryker disable next-line OptionalChaining: a line is told only for a highlight found on it
  let from = highlights[0]?.start ?? 0;
  const start = from;
  for (const highlight of highlights) {
    written += `${source.slice(from, highlight.start)}${pick(highlight)}`;
    from = highlight.end;
  }
  const line = lineToWrite(source, start, from, written, "");
  return line === "" ? listed(highlights.map((highlight) => quote(pick(highlight)))) : quote(line);
}

/** Each line's highlights, told once, with the line to write for them all, in bold and without the `==`; `firstLine` is the file line the body starts on. */
export function highlightMarks(tree: Root, source: string, firstLine: number): Surprise[] {
  const lineOf = fileLines(source, firstLine);
  // A table's cells are blocks of their own on one line, so highlights are gathered from every block first.
  const lines = new Map<number, Highlight[]>();
  for (const highlight of highlightsOf(tree, source)) lines.set(lineOf(highlight.start), [...(lines.get(lineOf(highlight.start)) ?? []), highlight]);
  return [...lines].map(([line, highlights]): Surprise => {
    const shown = listed(highlights.map(({ start, end }) => quote(source.slice(start, end))));
    const [bold, plain] = [lineFor(source, highlights, (highlight) => highlight.bold), lineFor(source, highlights, (highlight) => highlight.plain)];
    const fix = bold === plain ? `write ${bold}` : `for bold, write ${bold}, or delete the \`==\`: ${plain}`;
    const is = highlights.length === 1 ? "is shown with its equals signs" : "are shown with their equals signs";
    return { line, severity: "error", message: `${shown} ${is}, as typed: \`==\` marks a highlight in notes apps, and the journal has none; ${fix}` };
  });
}
