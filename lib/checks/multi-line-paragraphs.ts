import type { Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import { typed } from "./markdown-source";

/** A paragraph, with the text the author typed for it and the body offset where that text starts. */
export type MultiLineParagraph = { paragraph: Paragraph; at: { text: string; offset: number; line: number; endLine: number } };

/**
 * Each paragraph of `tree` written over two lines or more of `source`, with its text as typed: the
 * page joins those lines into one, so a list or a table pasted there is lost.
 */
export function multiLineParagraphs(tree: Root, source: string): MultiLineParagraph[] {
  const found: MultiLineParagraph[] = [];
  visit(tree, "paragraph", (paragraph) => {
    const at = typed(paragraph, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets, so typed() finds it (markdown-source.ts); the test is for the type checker
    if (at === undefined) return;
    if (at.line !== at.endLine) found.push({ paragraph, at });
  });
  return found;
}

/** A backslash ending a line as a line break: the last of an odd run (`\\` is a backslash shown). */
const LINE_BREAK = /(?<!\\)((?:\\\\)*)\\$/;

/** `line`, a paragraph's line to be written as a list's item, without a line break's backslash, which the item would show. */
export function withoutLineBreak(line: string): string {
  return line.replace(LINE_BREAK, "$1");
}

/**
 * Whether each of `lines` (a paragraph's lines, counted from 0 within it) stands on a line of its
 * own on the page: the line above it and its own line end with a line break the page shows (`\`
 * or two spaces), or it is the paragraph's first or last line.
 */
export function standAlone(paragraph: Paragraph, at: { line: number; endLine: number }, lines: readonly number[]): boolean {
  const broken = new Set<number>();
  visit(paragraph, "break", (node) => {
    if (node.position) broken.add(node.position.start.line - at.line);
  });
  const last = at.endLine - at.line;
  return lines.every((line) => (line === 0 || broken.has(line - 1)) && (line === last || broken.has(line)));
}

/** The line of `text` (counted from 0) that the character at `index` is on. */
export const lineIndex = (text: string, index: number) => text.slice(0, index).split("\n").length - 1;
