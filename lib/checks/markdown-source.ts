import type { Nodes } from "mdast";
import { LONGEST_QUOTE } from "../content/printable";

/** Something the page shows other than the author meant, on a line of the file. */
export type Surprise = { line: number; severity: "error" | "warning"; message: string };

/** What the author typed for `node`: its slice of the body, by the syntax tree's offsets. */
export function typed(node: Nodes, source: string): { text: string; offset: number; line: number; endLine: number } | undefined {
  const { start, end } = node.position ?? {};
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: the tree comes from remark's parser (markdown-syntax.ts), which gives every node its place with offsets; the test is for the type checker
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  return { text: source.slice(start.offset, end.offset), offset: start.offset, line: start.line, endLine: end.line };
}

/**
 * `text` with each backslash escape (`\*`, `\[`) blanked out, two spaces for two characters, so
 * that an escaped mark (which the page shows, as meant) is never taken for one; offsets stay.
 */
export function withoutEscapes(text: string): string {
  return text.replace(/\\[!-/:-@[-`{-~]/g, "  ");
}

/** The line of `index` in `text`, which starts on line `line`. */
export function lineOf(text: string, index: number, line: number): number {
  return line + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** The rest of the line from `index`, shortened for a message. */
export function snippet(text: string, index: number, length = 60): string {
  const rest = text.slice(index).replace(/\n.*/s, "");
  return rest.length > length ? `${rest.slice(0, length - 1)}…` : rest;
}

/**
 * What to write instead of `source`'s characters from `start` to `end`: their whole line with
 * `replacement` in their place, or `alone` (by default `replacement`) when they run over lines or
 * the line is too long to quote whole (a paragraph written on one line).
 */
export function lineToWrite(source: string, start: number, end: number, replacement: string, alone = replacement): string {
  const line = `${source.slice(0, start).replace(/^[^]*\n/, "")}${replacement}${source.slice(end).replace(/\n[^]*$/, "")}`;
  return line.includes("\n") || [...line].length > LONGEST_QUOTE ? alone : line;
}
