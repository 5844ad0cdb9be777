import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, inText, lineToWrite, type Surprise } from "./markdown-source";
import { lineIndex, multiLineParagraphs, standAlone, withoutLineBreak } from "./multi-line-paragraphs";

/*
 * A list pasted from a word processor or an email, or typed with the Mac's Option-8, starts its
 * lines with `•`, which Markdown does not read as a list's mark: the lines of one paragraph are
 * joined on the page, `Please bring: • the ring • the receipt`, with no message. Read from the
 * syntax tree the page is rendered from, so a bullet in code, or on a line of its own (a
 * paragraph's only line, or lines kept apart by line breaks: shown as typed), is left alone.
 * An en dash, a check mark, an arrow or an emoji starts a line of prose as well as a list's, so
 * those are told only when two lines in a row or more start with the same one (`– a soft
 * toothbrush`, `✔️ Photograph it`, `💍 Sapphire`): a quote's `– Mrs Penrose` is its credit.
 */

/** Word's Symbol-font bullet, a character of no alphabet that other editors show as a box or as nothing. */
const WORD_BULLET = "\uf0b7";

/** The bullets word processors and keyboards type, none of which Markdown reads as a list's mark. */
const BULLETS = `•◦▪‣⁃●·${WORD_BULLET}`;

/** A line of a paragraph starting with such a bullet (after a quote's `>`, or indentation), with the spaces after it. */
const BULLET_LINE = new RegExp(`^([ \\t>]*)([${BULLETS}])[ \\t\\u00a0]*`, "gm");

/** A line starting with a pasted bullet: markdown-surprises.ts parses a body only when it holds one. */
export const PASTED_BULLET = new RegExp(`^[ \\t>]*[${BULLETS}]`, "m");

/** Marks that start a list's lines as often as a sentence: an en dash (Word's for a typed hyphen), check marks, arrows, stars, and any emoji with its variations. */
const MAYBE_BULLET = String.raw`[–✓✗✘➤➢►→➔➜★☆]|\p{Extended_Pictographic}(?:\u{fe0f}|\u{200d}\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}])*`;

/** A line of a paragraph starting with such a mark and a space (after a quote's `>`, or indentation), with the spaces after it. */
const MAYBE_BULLET_LINE = new RegExp(`^([ \\t>]*)(${MAYBE_BULLET})[ \\t\\u00a0]+(?=\\S)`, "gmu");

/** A line starting with such a mark: markdown-surprises.ts parses a body only when it holds one. */
export const MAYBE_PASTED_BULLET = new RegExp(`^[ \\t>]*(?:${MAYBE_BULLET})[ \\t\\u00a0]`, "mu");

/** For a mark that starts prose's lines too: lines meant as a dialogue or a poem are kept apart as typed by a line break. */
const NOT_A_LIST = "; or, if the lines are no list (a dialogue, a poem), end each line but the last with `\\` to keep them apart as typed";

/** `text` with Word's bullet written as its code, so the author can see where it stands. */
const visible = (text: string) => text.replaceAll(WORD_BULLET, "\\u{f0b7}");

/** How the message names `bullet`. */
function named(bullet: string): string {
  if (bullet === WORD_BULLET) return "Word's bullet `\\u{f0b7}` (shown as a box, or as nothing, outside Word)";
  return bullet === "–" ? "`–`, an en dash (not a hyphen)" : quote(bullet);
}

/**
 * The lines of `text` starting with a mark of MAYBE_BULLET_LINE that stand in a run of two or more
 * starting with the same one; `credited`, for a quote's last paragraph, whose last `–` line the
 * page shows as the quote's credit (rehype-quote-attribution.ts), leaves the en dash's lines out.
 */
function inRuns(text: string, credited: boolean): RegExpExecArray[] {
  const lines = [...text.matchAll(MAYBE_BULLET_LINE)].filter((match) => !credited || match[2] !== "–").map((match) => ({ match, line: lineIndex(text, match.index), mark: (match[2] ?? "").replace(/\u{fe0f}/gu, "") }));
  const sameAs = (other: (typeof lines)[number] | undefined, { line, mark }: (typeof lines)[number], step: number) => other?.line === line + step && other.mark === mark;
  return lines.filter((entry, index) => sameAs(lines[index - 1], entry, -1) || sameAs(lines[index + 1], entry, 1)).map(({ match }) => match);
}

/** Each line of a paragraph of several lines that starts with a pasted bullet: the page joins them; `firstLine` is the file line the body starts on. */
export function pastedBullets(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  const credits = new Set<unknown>();
  visit(tree, "blockquote", (quoted) => {
    credits.add(quoted.children.at(-1));
  });
  for (const { paragraph, at } of multiLineParagraphs(tree, source)) {
    const bulleted = [...at.text.matchAll(BULLET_LINE), ...inRuns(at.text, credits.has(paragraph))].sort((one, other) => one.index - other.index).filter(({ 1: before = "", index }) => inText(paragraph, at.offset + index + before.length));
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
        message: `the line ${quote(visible(typedLine))} starts with ${named(bullet)}, which Markdown does not read as a list, so the page joins it with the lines around it into one paragraph; start each line of the list with a hyphen and a space instead: write ${quote(write)}${BULLETS.includes(bullet) ? "" : NOT_A_LIST}`,
      });
    }
  }
  return found;
}
