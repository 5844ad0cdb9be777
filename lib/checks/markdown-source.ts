import type { Nodes, Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import { location } from "vfile-location";
import { LONGEST_QUOTE } from "../content/printable";

/** Something the page shows other than the author meant, on a line of the file. */
export type Surprise = { line: number; severity: "error" | "warning"; message: string };

/** What the author typed for a node: its slice of the body, and where it starts and ends. */
export type Typed = { text: string; offset: number; line: number; column: number; endLine: number };

/** The blocks whose words are text: a mark, a link or a tag is read, or not, within one of them. */
export const TEXT_BLOCKS = ["paragraph", "heading", "tableCell"] as const;

/** What the author typed for `node`: its slice of the body, by the syntax tree's offsets. */
export function typed(node: Nodes, source: string): Typed | undefined {
  const { start, end } = node.position ?? {};
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: the tree comes from remark's parser (markdown-syntax.ts), which gives every node its place with offsets; the test is for the type checker
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  return { text: source.slice(start.offset, end.offset), offset: start.offset, line: start.line, column: start.column, endLine: end.line };
}

/**
 * `text` with each backslash escape (`\*`, `\[`) blanked out, two spaces for two characters, so
 * that an escaped mark (which the page shows, as meant) is never taken for one; offsets stay.
 */
export function withoutEscapes(text: string): string {
  return text.replace(/\\[!-/:-@[-`{-~]/g, "  ");
}

/** A block's text as Markdown reads it, with the way from an offset of the body to a place in the text and back. */
export type BlockText = { text: string; index: (offset: number) => number; offset: (index: number) => number };

/**
 * The text from `start` to `end` of `source`, a block's, as Markdown reads it: each line after the
 * first without the `>` marks of the quotes the block is in (as many as stand before its first
 * line, and a space after each), so that what runs over a quote's lines reads as outside one.
 */
export function blockText(source: string, start: number, end: number): BlockText {
  const typedText = source.slice(start, end);
  const depth = source.slice(source.lastIndexOf("\n", start - 1) + 1, start).split(">").length - 1;
  const marks = new RegExp(`^(?:[ \\t]*>[ \\t]?){0,${depth}}`);
  // How many characters were taken out up to the end of each line (a body's line ends are `\n` by now, frontmatter.ts).
  const taken: number[] = [];
  let count = 0;
  const text = typedText
    .split("\n")
    .map((line, number) => {
      const kept = number === 0 ? line : line.replace(marks, "");
      count += line.length - kept.length;
      taken.push(count);
      return kept;
    })
    .join("\n");
  const typedPlace = location(typedText);
  const readPlace = location(text);
  const takenOn = (line: number | undefined) => taken[(line ?? 1) - 1] ?? 0;
  return {
    text,
    index: (offset) => offset - start - takenOn(typedPlace.toPoint(offset - start)?.line),
    offset: (index) => start + index + takenOn(readPlace.toPoint(index)?.line),
  };
}

/** The rest of the line from `index`, shortened for a message. */
export function snippet(text: string, index: number, length = 60): string {
  const rest = text.slice(index).replace(/\n.*/s, "");
  return rest.length > length ? `${rest.slice(0, length - 1)}…` : rest;
}

/** `text`, the start of a line, with each tab written as the spaces up to its tab stop. */
export function spaced(text: string): string {
  let line = "";
  for (const char of text) line += char === "\t" ? " ".repeat(4 - (line.length % 4)) : char;
  return line;
}

/** What stands on its line before the character at `offset`, in `column` (from 1, as the syntax tree counts characters), as typed. */
export function typedBefore(source: string, offset: number, column: number): string {
  return source.slice(offset - column + 1, offset);
}

/**
 * What to write instead of `source`'s characters from `start` to `end`: their whole line with
 * `replacement` in their place, or `alone` (by default `replacement`) when they run over lines or
 * the line is too long to quote whole (a paragraph written on one line). Only the characters a
 * quote could hold are read around them, so a long line costs no more than a short one.
 */
export function lineToWrite(source: string, start: number, end: number, replacement: string, alone = replacement): string {
  // Twice the characters: a letter written with two UTF-16 units (an emoji) counts once in a quote.
  const from = Math.max(0, start - 2 * LONGEST_QUOTE);
  const before = source.slice(from, start);
  const after = source.slice(end, end + 2 * LONGEST_QUOTE);
  const lineStart = before.lastIndexOf("\n");
  const lineEnd = after.indexOf("\n");
  if (lineStart === -1 && from > 0) return alone;
  const line = `${before.slice(lineStart + 1)}${replacement}${lineEnd === -1 ? after : after.slice(0, lineEnd)}`;
  return line.includes("\n") || [...line].length > LONGEST_QUOTE ? alone : line;
}

/**
 * The file line of an offset of `source`, a body that starts on file line `firstLine`, counted as
 * the syntax tree counts its lines (vfile-location, as remark: `\n`, `\r\n` or `\r` ends one); the
 * body is indexed once, so a body with many problems is still read once.
 */
export function fileLines(source: string, firstLine: number): (offset: number) => number {
  const place = location(source);
  // Stryker disable next-line OptionalChaining: every offset asked for is the body's own, which vfile-location always places; the fallback is for the type checker
  return (offset) => firstLine + (place.toPoint(offset)?.line ?? 1) - 1;
}

/** Whether the body's character at `offset` is in one of `paragraph`'s texts, not in code or HTML. */
export function inText(paragraph: Paragraph, offset: number): boolean {
  return paragraph.children.some(({ type, position }) => {
    // Stryker disable next-line OptionalChaining,UnaryOperator: remark's parser gives every node its place with offsets (`typed`, above); the fallbacks are for the type checker
    const [start, end] = [position?.start.offset ?? Infinity, position?.end.offset ?? -Infinity];
    // Stryker disable next-line EqualityOperator: `offset <= end` differs only where the next node starts, and the checks ask about a bullet, a `#`, a letter before `)` or a tab, none of which starts a node other than a text
    const beforeEnd = offset < end;
    return type === "text" && start <= offset && beforeEnd;
  });
}

/** Calls `each` with every text node of `tree`'s text blocks, as typed, and the offset where its block ends (what the page reads never runs past it). */
export function eachBlockText(tree: Root, source: string, each: (at: Typed, blockEnd: number) => void): void {
  visit(tree, [...TEXT_BLOCKS], (block) => {
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place (`typed`, above)
    const blockEnd = block.position?.end.offset ?? source.length;
    visit(block, "text", (node) => {
      const at = typed(node, source);
      // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
      if (at !== undefined) each(at, blockEnd);
    });
  });
}
