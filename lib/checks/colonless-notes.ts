import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { blockText, fileLines, inText, lineToWrite, snippet, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `[^1] The British standard since 1300.`, a footnote's note written without the colon after its
 * label (a jeweler's trial, 2026-12-07), is a paragraph on the page, `[^1]` shown as typed, and
 * every mark `[^1]` too. footnotes.ts told each mark it had no note, with an example note to add,
 * which published the example and left the real note a paragraph: the note's line is told the
 * colon instead, and footnotes.ts leaves its marks alone.
 */

/**
 * A footnote's mark at a line's start with words after it, and what stands between: a note without
 * its colon, or with a stop, a dash or a space in its place (`[^1].`, `[^1] -`, `[^1] :`).
 */
const COLONLESS = /^\[\^([^\]\s]+)\]([ \t]*(?:[.;,:=–—-](?![.;,:=–—-]))?[ \t]*)(?=\S)/;

/** The longest label the page reads as a footnote's, as GitHub (micromark's limit on a label). */
const MAX_LABEL = 999;

/** A mark `[^label]` in text the page shows as typed. */
const MARK = /\[\^([^\]\s]+)\]/g;

/** Notes written without their colon, and their labels (without capitals), whose marks footnotes.ts is not to tell. */
export type ColonlessNotes = { found: Surprise[]; labels: Set<string> };

/**
 * Paragraphs that start with a footnote's mark whose label no note has, followed by words: each
 * of their lines so started is a note without its colon, told on its line with the line to write.
 */
export function colonlessNotes(tree: Root, source: string, firstLine: number): ColonlessNotes {
  const lineOf = fileLines(source, firstLine);
  const shownMarks: string[] = [];
  visit(tree, (node) => {
    if (node.type !== "text") return;
    const at = typed(node, source);
    // Stryker disable next-line StringLiteral: the mark's one group takes part in every match, so the fallback never runs
    if (at !== undefined) for (const match of withoutEscapes(at.text).matchAll(MARK)) shownMarks.push((match[1] ?? "").toLowerCase());
  });
  const written: { offset: number; label: string; spaces: string }[] = [];
  visit(tree, "paragraph", (paragraph) => {
    const at = typed(paragraph, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so typed() always finds the text; the test is for the type checker
    if (at === undefined) return;
    const block = blockText(source, at.offset, at.offset + at.text.length);
    let start = 0;
    for (const [index, line] of block.text.split("\n").entries()) {
      const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      const match = COLONLESS.exec(line.slice(indent));
      const offset = block.offset(start + indent);
      start += line.length + 1;
      const label = match?.[1];
      // Only a paragraph that starts as a note is one: a mark at a later line's start, under words, is a mark.
      // A mark in a text is one whose label no note has: remark reads a mark whose note is written as a footnote's.
      if (label === undefined || !inText(paragraph, offset)) {
        if (index === 0) return;
        continue;
      }
      // Stryker disable next-line OptionalChaining,StringLiteral: a label was found, so the match is there, and its second group takes part in every match
      written.push({ offset, label, spaces: match?.[2] ?? "" });
    }
  });
  const found = written.map(({ offset, label, spaces }): Surprise => {
    const mark = `[^${label}]`;
    const after = offset + mark.length;
    const line = lineToWrite(source, after, after + spaces.length, ": ", "");
    const fix = line === "" ? `add a colon right after ${quote(mark)}` : `add a colon: write ${quote(line.trimStart())}`;
    const others = shownMarks.filter((shown) => shown === label.toLowerCase()).length - written.filter((note) => note.label.toLowerCase() === label.toLowerCase()).length;
    const marks = others > 0 ? `, as is each ${quote(mark)} in the text that points to it` : "";
    const point = others > 0 ? "" : `; then write ${quote(mark)} after the words it explains`;
    // A label too long is why such a note is a paragraph, with or without its colon: the colon would not make it a footnote.
    if (label.length > MAX_LABEL) return { line: lineOf(offset), severity: "error", message: `the note ${quote(snippet(source, offset))} has a label of ${label.length} characters, more than the ${MAX_LABEL} a page reads, so the page shows it as a paragraph with ${quote(mark)} typed${marks}; give it a short label, such as \`[^1]\`, in the note and in each mark that points to it` };
    return { line: lineOf(offset), severity: "error", message: `the note ${quote(snippet(source, offset))} has no colon after ${quote(mark)}, so the page shows it as a paragraph with ${quote(mark)} typed${marks}; ${fix}${point}` };
  });
  return { found, labels: new Set(written.map(({ label }) => label.toLowerCase())) };
}
