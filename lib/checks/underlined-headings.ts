import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";

/*
 * A `---` meant as a dividing line, written right under a line of text with no blank line between,
 * underlines that text instead: Markdown makes the paragraph above a heading (`<h2>`), shown large
 * and listed in the contents (the fourth jeweler's trial: an address of three lines became one
 * heading). docs/authoring.md teaches `## Heading` only, so every heading underlined with dashes is
 * told; one underlined with `===` is a title, which title-headings.ts tells.
 */

/** A line of dashes under a line of text, in a quote or a list too: markdown-surprises.ts parses a body only when it holds one. */
export const UNDERLINE = /\S[ \t]*\r?\n[ \t>]*-+[ \t]*$/m;

/**
 * Whether `heading` shows words: its text, its code, or (outside a bio, whose page drops pictures)
 * a picture's description; one without is empty-headings.ts's, told once there.
 */
function showsWords(heading: Heading, bio: boolean): boolean {
  let words = "";
  visit(heading, (node) => {
    if (node.type === "text" || node.type === "inlineCode") words += node.value;
    if (node.type === "image" && !bio) words += node.alt ?? "";
  });
  return words.trim() !== "";
}

/**
 * Each heading underlined with dashes, told on its `---` line; `firstLine` is the file line the
 * body starts on, `bio` whether it is an author's bio, `repeatedTitle` the line of a first heading
 * that repeats the title, which title-headings.ts tells to delete.
 */
export function underlinedHeadings(tree: Root, source: string, firstLine: number, bio: boolean, repeatedTitle?: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "heading", (heading) => {
    const at = typed(heading, source);
    // A `#` heading takes one line, and a title underlined with `===` (depth 1) is title-headings.ts's.
    if (at === undefined || heading.depth !== 2 || at.line === at.endLine || !showsWords(heading, bio)) return;
    if (lineOf(at.offset) === repeatedTitle) return;
    const lines = at.text.split(/\r?\n|\r/);
    const underline = (lines.pop() ?? "").replace(/^[ \t>]*/, "").trimEnd();
    const words = lines.map((line) => line.replace(/^[ \t>]*/, "").trim());
    const [first = ""] = words;
    const fix = `to draw a dividing line, leave a blank line above ${quote(underline)}`;
    const message =
      words.length === 1
        ? `the line ${quote(first)} above ${quote(underline)} becomes a heading (shown large, and listed in the contents), because ${quote(underline)} right under a line of text underlines it; ${fix}; if a heading was meant, write ${quote(lineToWrite(source, at.offset, at.offset, "## ", `## ${first}`))} and delete the ${quote(underline)} line`
        : `the ${words.length} lines above ${quote(underline)}, from ${quote(first)} to ${quote(words.at(-1) ?? "")}, become one heading (shown large, and listed in the contents), because ${quote(underline)} right under lines of text underlines them; ${fix}`;
    found.push({ line: lineOf(at.offset) + lines.length, severity: "error", message });
  });
  return found;
}
