import type { Root } from "mdast";
import { quote } from "../content/printable";
import { fileLines, inText, lineToWrite, type Surprise } from "./markdown-source";
import { lineIndex, multiLineParagraphs, standAlone, withoutLineBreak } from "./multi-line-paragraphs";

/*
 * Markdown has no lettered list: `a) your wrist measurement`, `b) …`, `c) …` on lines of one
 * paragraph are joined on the page into one line, with no message (the fifth jeweler's trial).
 * Lines starting `a)`, `b)`… in that order, two or more, are such a list; each is told to start
 * with a hyphen, which makes it a list's line and keeps its letter; lines kept apart by line
 * breaks (`\` or two spaces at their end) are shown as typed, and lines under one that runs on
 * into `a)` (ending with a word or a comma, no colon) are a sentence the page joins as meant.
 * Other single line breaks are left alone: prose wrapped by an editor is correct Markdown, and no
 * rule tells it from a poem.
 */

/** A line of a paragraph starting with a letter and `)` (after a quote's `>`, or indentation). */
const LETTERED = /^([ \t>]*)([a-z])\)[ \t]+\S/gm;

/** Such a line after a line break: markdown-surprises.ts parses a body only when it holds one. */
export const LETTERED_START = /\n[ \t>]*b\)[ \t]/;

/** Each lettered line of a paragraph that holds two or more of them in order, `a)` first; `firstLine` is the file line the body starts on. */
export function letteredLines(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  for (const { paragraph, at } of multiLineParagraphs(tree, source)) {
    // Stryker disable next-line StringLiteral: both of LETTERED's groups always take part in a match, so the default is for the type checker only.
    const lines = [...at.text.matchAll(LETTERED)].filter(({ 1: before = "", index }) => inText(paragraph, at.offset + index + before.length));
    // Stryker disable next-line StringLiteral: both of LETTERED's groups always take part in a match, so the default is for the type checker only.
    const inOrder = lines.filter(({ 2: letter = "" }, index) => letter === String.fromCharCode(97 + index));
    if (inOrder.length < 2 || inOrder.length !== lines.length) continue;
    const indices = inOrder.map(({ index }) => lineIndex(at.text, index));
    // Lines kept apart by line breaks are shown as typed, each on its own line: a poem's, a card's.
    if (standAlone(paragraph, at, indices)) continue;
    // `choose between⏎a) the look and⏎b) the wear`: a sentence wrapped by an editor, which the page joins as meant.
    const above = at.text.split("\n")[(indices[0] ?? 0) - 1];
    if (above !== undefined && /[\p{L}\p{N},]$/u.test(above.trimEnd())) continue;
    // Stryker disable next-line StringLiteral: both of LETTERED's groups always take part in a match, so the default is for the type checker only.
    for (const { 1: before = "", index } of inOrder) {
      const offset = at.offset + index + before.length;
      const rest = source.slice(offset).replace(/[\r\n][^]*/, "");
      const item = withoutLineBreak(rest);
      found.push({
        line: lineOf(offset),
        severity: "error",
        message: `the line ${quote(rest.trimEnd())} starts a lettered list, which Markdown does not know, so the page joins it with the lines around it into one line; start each line of the list with a hyphen and a space (shown as a bulleted list, keeping its letter): write ${quote(lineToWrite(source, offset, offset + rest.length, `- ${item.trimEnd()}`))}`,
      });
    }
  }
  return found;
}
