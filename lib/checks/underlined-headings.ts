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
    switch (node.type) {
      case "text":
      case "inlineCode":
        words += node.value;
        break;
      case "image":
      case "imageReference":
        // Stryker disable next-line StringLiteral: remark sets every picture's description, if only to an empty text, so the fallback never runs
        if (!bio) words += node.alt ?? "";
    }
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
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only a heading has a depth
  visit(tree, "heading", (heading) => {
    const at = typed(heading, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets (markdown-source.ts `typed`); the test is for the type checker
    if (at === undefined) return;
    // A `#` heading takes one line, and a title underlined with `===` (depth 1) is title-headings.ts's.
    if (heading.depth !== 2 || at.line === at.endLine || !showsWords(heading, bio)) return;
    if (lineOf(at.offset) === repeatedTitle) return;
    // Each line without the quote marks and spaces before it, or the spaces after it.
    const words = at.text.split(/\r?\n|\r/).map((line) => line.replace(/^[ \t>]+/, "").trim());
    // Stryker disable next-line StringLiteral: a heading underlined with dashes spans two lines at least (tested above), so the underline and a line of words are always there
    const underline = words.pop() ?? "";
    // Stryker disable next-line StringLiteral: a heading underlined with dashes spans two lines at least (tested above), so a line of words is always there
    const [first = ""] = words;
    // Stryker disable next-line StringLiteral: a heading underlined with dashes spans two lines at least (tested above), so a line of words is always there
    const last = words.at(-1) ?? "";
    const fix = `to draw a dividing line, leave a blank line above ${quote(underline)}`;
    const message =
      words.length === 1
        ? `the line ${quote(first)} above ${quote(underline)} becomes a heading (shown large, and listed in the contents), because ${quote(underline)} right under a line of text underlines it; ${fix}; if a heading was meant, write ${quote(lineToWrite(source, at.offset, at.offset, "## ", `## ${first}`))} and delete the ${quote(underline)} line`
        : `the ${words.length} lines above ${quote(underline)}, from ${quote(first)} to ${quote(last)}, become one heading (shown large, and listed in the contents), because ${quote(underline)} right under lines of text underlines them; ${fix}`;
    found.push({ line: lineOf(at.offset) + words.length, severity: "error", message });
  });
  return found;
}
