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
 * typed on purpose, and a comment shows nothing. A list's lines there (`<summary>…</summary>`, then
 * `- your ring size`, `- a photo of the ring`) are run together as typed: the blank line that makes
 * them a list goes above the first of the lines under the last tag, which it all takes in, so the
 * list is told there, once, and its bold or links with it.
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

/** A line starting with a list's mark. */
const LIST_LINE = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/** `line` with its tags blanked out, so an attribute (`title="*"`) is never taken for a mark. */
const outsideTags = (line: string) => line.replace(/<[^>]*>/g, (tag) => " ".repeat(tag.length));

/** A line of an HTML block, with its file line, as shown: without a quote's `>` and the spaces around. */
type BlockLine = { line: number; shown: string };

/** The lines under each tag's line of a block, up to the next tag's line, with the tag's line above them. */
function underTags(lines: readonly BlockLine[]): { above: BlockLine; run: [BlockLine, ...BlockLine[]] }[] {
  const runs: { above: BlockLine; run: [BlockLine, ...BlockLine[]] }[] = [];
  let above: BlockLine | undefined;
  for (const line of lines) {
    const last = runs.at(-1);
    if (line.shown.startsWith("<")) above = line;
    else if (last !== undefined && last.above === above) last.run.push(line);
    // Stryker disable next-line ConditionalExpression: a block's first line starts with a tag (htmlBlockMarkdown), so a tag's line is always above; the test is for the type checker
    else if (above !== undefined) runs.push({ above, run: [line] });
  }
  return runs;
}

/** The error for `run`, lines under `above` holding a list's line, in the HTML block that `tag` starts on file line `start`. */
function listRun({ above, run }: { above: BlockLine; run: [BlockLine, ...BlockLine[]] }, tag: string, start: number): Surprise {
  const [first] = run;
  const which = run.length === 1 ? `the line ${quote(first.shown)} is` : `the lines ${first.line} to ${first.line + run.length - 1}, from ${quote(first.shown)}, are`;
  return {
    line: first.line,
    severity: "error",
    message: `${which} part of the HTML that ${tag} on line ${start} starts, where Markdown is not read, so the page shows no list but ${quote(run.map(({ shown }) => shown).join(" "))}; leave a blank line above line ${first.line}, right after ${quote(above.shown)}: Markdown is read again after one${run.length === 1 ? "" : ", in all these lines"}`,
  };
}

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
    const lines = at.text.split("\n").map((line, index): BlockLine => ({ line: start + index, shown: line.replace(/^[ \t>]+/, "").trimEnd() }));
    // The lines under a tag holding a list's line: one blank line, above them, makes them Markdown again, their other marks too.
    const listed = underTags(lines).filter(({ run }) => run.some(({ shown }) => LIST_LINE.test(shown)));
    for (const run of listed) found.push(listRun(run, quote(snippet(source, at.offset)), start));
    const inList = new Set(listed.flatMap(({ run }) => run));
    // Each other line of the block holding Markdown marks, its first line too, with its file line.
    const marked = lines.filter((line) => !inList.has(line) && MARKS.some(([mark]) => new RegExp(mark.source).test(outsideTags(line.shown))));
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
