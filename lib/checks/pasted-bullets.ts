import type { Root } from "mdast";
import { quote } from "../content/printable";
import { fileLines, inText, lineToWrite, type Surprise } from "./markdown-source";
import { lineIndex, multiLineParagraphs, standAlone, withoutLineBreak } from "./multi-line-paragraphs";

/*
 * A list pasted from a word processor or an email, or typed with the Mac's Option-8, starts its
 * lines with `•`, which Markdown does not read as a list's mark: the lines of one paragraph are
 * joined on the page, `Please bring: • the ring • the receipt`, with no message. Read from the
 * syntax tree the page is rendered from, so a bullet in code, or on a line of its own (a
 * paragraph's only line, or lines kept apart by line breaks: shown as typed), is left alone.
 */

/** Word's Symbol-font bullet, a character of no alphabet that other editors show as a box or as nothing. */
const WORD_BULLET = "\uf0b7";

/** The bullets word processors and keyboards type, none of which Markdown reads as a list's mark. */
const BULLETS = `•◦▪‣⁃●·${WORD_BULLET}`;

/** A line of a paragraph starting with such a bullet (after a quote's `>`, or indentation), with the spaces after it. */
const BULLET_LINE = new RegExp(`^([ \\t>]*)([${BULLETS}])[ \\t\\u00a0]*`, "gm");

/** A line starting with a pasted bullet: markdown-surprises.ts parses a body only when it holds one. */
export const PASTED_BULLET = new RegExp(`^[ \\t>]*[${BULLETS}]`, "m");

/** `text` with Word's bullet written as its code, so the author can see where it stands. */
const visible = (text: string) => text.replaceAll(WORD_BULLET, "\\u{f0b7}");

/** How the message names `bullet`. */
const named = (bullet: string) => (bullet === WORD_BULLET ? "Word's bullet `\\u{f0b7}` (shown as a box, or as nothing, outside Word)" : quote(bullet));

/** Each line of a paragraph of several lines that starts with a pasted bullet: the page joins them; `firstLine` is the file line the body starts on. */
export function pastedBullets(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  for (const { paragraph, at } of multiLineParagraphs(tree, source)) {
    const bulleted = [...at.text.matchAll(BULLET_LINE)].filter(({ 1: before = "", index }) => inText(paragraph, at.offset + index + before.length));
    // Each bullet on a line of its own, the lines kept apart by line breaks: the page shows them as typed.
    if (standAlone(paragraph, at, bulleted.map(({ index }) => lineIndex(at.text, index)))) continue;
    // Stryker disable next-line StringLiteral: both groups of BULLET_LINE take part in every match, so no default is ever taken
    for (const { 0: start, 1: before = "", 2: bullet = "", index } of bulleted) {
      const offset = at.offset + index + before.length;
      const end = at.offset + index + start.length;
      const rest = source.slice(end).replace(/\n[^]*/, "");
      const typedLine = `${source.slice(at.offset + index, end)}${rest}`.trim();
      const item = withoutLineBreak(rest);
      const write = lineToWrite(source, offset, end + rest.length, `- ${item}`, `- ${item.trimEnd()}`);
      found.push({
        line: lineOf(at.offset + index),
        severity: "error",
        message: `the line ${quote(visible(typedLine))} starts with ${named(bullet)}, which Markdown does not read as a list, so the page joins it with the lines around it into one paragraph; start each line of the list with a hyphen and a space instead: write ${quote(write)}`,
      });
    }
  }
  return found;
}
