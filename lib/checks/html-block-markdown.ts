import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { snippet, typed, type Surprise } from "./markdown-source";

/*
 * Lines right under an HTML tag (a closing `</div>` too), with no blank line between, are HTML to
 * Markdown, which reads no Markdown in them: `<div align="center">` then `**Five ways to wear a
 * brooch**` shows the asterisks (the fifth jeweler's trial), as does `<p>**Five ways…**</p>` on
 * the tag's own line. The first line of such a block holding bold, italics or a link written in
 * Markdown is an error; `<pre>`, `<script>`, `<style>` and `<textarea>` keep what they hold as
 * typed on purpose, and a comment shows nothing.
 */

/** A line starting with a tag, opening or closing: markdown-surprises.ts parses a body only when it holds one. */
export const TAG_LINE = /^[ \t>]*<\/?[A-Za-z]/m;

/** The tags whose blocks keep their lines as typed, which Markdown marks there are meant to be. */
const LITERAL = /^[ \t]*<(?:pre|script|style|textarea)[\s>]/i;

/** Bold, italics and a link written in Markdown, with what HTML writes for each. */
const MARKS: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  // Bold's two spellings each fill one group, and leave the other undefined.
  [/\*\*(?=\S)([^*\n]*?\S)\*\*|__(?=\S)([^_\n]*?\S)__/g, (_, stars = "", lines = "") => `<strong>${stars}${lines}</strong>`],
  [/(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/g, (_, words) => `<em>${words}</em>`],
  [/(?<!!)\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, words, address) => `<a href="${address}">${words}</a>`],
];

/** `line` with its tags blanked out, so an attribute (`title="*"`) is never taken for a mark. */
const outsideTags = (line: string) => line.replace(/<[^>]*>/g, (tag) => " ".repeat(tag.length));

/** The first line of each HTML block whose Markdown the page shows as typed; `firstLine` is the file line the body starts on. */
export function htmlBlockMarkdown(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, "html", (node, _index, parent) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets (markdown-source.ts `typed`); the test is for the type checker
    if (at === undefined) return;
    // Stryker disable next-line OptionalChaining: an html node always has a parent, the root at least
    if (parent?.type === "paragraph" || !/^<\/?[A-Za-z]/.test(node.value) || LITERAL.test(node.value)) return;
    const start = firstLine + at.line - 1;
    // Each line of the block holding Markdown marks, its first line too, with its file line.
    const marked = at.text
      .split("\n")
      .map((line, index) => ({ line: start + index, shown: line.replace(/^[ \t>]+/, "").trimEnd() }))
      .filter(({ shown }) => MARKS.some(([mark]) => new RegExp(mark.source).test(outsideTags(shown))));
    const [first] = marked;
    if (first === undefined) return;
    const html = marked.map(({ line, shown }) => `${marked.length > 1 ? `line ${line} ` : ""}${quote(MARKS.reduce((text, [mark, tag]) => text.replace(mark, (...parts: string[]) => tag(...parts)), shown))}`);
    // A mark on the tag's own line (`<p>**Five ways…**</p>`) has no line above it to name.
    const where = first.line === start ? "starts HTML" : `is part of the HTML that ${quote(snippet(source, at.offset))} on line ${start} starts`;
    // A line that starts with a tag starts HTML again after a blank line: only HTML will do there.
    const blank = first.shown.startsWith("<") ? "" : "leave a blank line above it (Markdown is read again after one), or ";
    found.push({
      line: first.line,
      severity: "error",
      message: `the line ${quote(first.shown)} ${where}, where Markdown is not read, so the page shows its marks as typed; ${blank}write ${marked.length > 1 ? "these lines" : "it"} in HTML: ${html.join(", ")}`,
    });
  });
  return found;
}
