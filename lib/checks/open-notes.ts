import type { Html, Parents, Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";
import { noteEnd } from "../content/note-ends";

/*
 * A note to oneself, `<!-- … -->`, is what the article template itself holds, and one whose `-->`
 * is forgotten hides the rest of the text from readers with no message (the fifth jeweler's
 * trial): Markdown and the browser both read it to the end of the text, or of the quote, list
 * item or HTML block it starts in. Read from the syntax tree the page is rendered from, so notes
 * in code are left alone.
 */

/**
 * Whether a `<!--` has no `-->` before the next `<!--` or the text's end, or a `-->` no `<!--`
 * before it, or a `--!>` is anywhere: markdown-surprises.ts parses a body only then. `<!-->` is a
 * note closed at once, as HTML reads it.
 */
export function mayHoldOpenNote(text: string): boolean {
  if (text.includes("--!>")) return true;
  for (let at = 0; ; ) {
    const open = text.indexOf("<!--", at);
    const close = text.indexOf("-->", at);
    // Stryker disable next-line EqualityOperator: `-->` and `<!--` never start at the same place, so `<` and `<=` agree
    if (open === -1 || (close !== -1 && close < open)) return close !== -1;
    // Stryker disable next-line ArithmeticOperator: a `-->` starting one or two places before `<!--` would overlap its `<`, so `open - 2` finds the same `-->`
    const end = text.indexOf("-->", open + 2);
    const next = text.indexOf("<!--", open + 4);
    if (end === -1) return true;
    // Stryker disable next-line EqualityOperator: `<!--` and `-->` never start at the same place, so `<` and `<=` agree
    if (next !== -1 && next < end) return true;
    at = end + 3;
  }
}

/** What the rest of a note's container is called, by the container's kind. */
const REST: Partial<Record<Parents["type"], string>> = {
  blockquote: "the rest of the quote",
  listItem: "the rest of the list item",
  footnoteDefinition: "the rest of the footnote",
};

/** How a message names the lines from `from` to `to`. */
const lines = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from} to ${to}`);

/** The fix: `-->` where the note ends, with the note's line written so when it fits a message. */
function closeAdvice(source: string, open: number, what = "line"): string {
  const lineEnd = source.indexOf("\n", open);
  const end = lineEnd === -1 ? source.length : lineEnd;
  // The spaces the line ends in are left out: `-->` goes right after the note's last word.
  const words = open + source.slice(open, end).trimEnd().length;
  const closed = lineToWrite(source, words, end, " -->", "");
  const example = closed === "" ? "" : `: if the note ends with this line, write ${quote(closed.trimStart())}`;
  return `add \`-->\` where the note ends${example}; or delete the ${what}`;
}

/** A line that starts as Markdown for readers does: a heading, a quote, a list, a table, a picture, a link, a tag. */
const MARKDOWN_LINE = /^[ \t]*(?:[-#>*+|![<]|\d+[.)])/m;

/**
 * `<!-- TODO ask Ottilie` and, right under it to the text's end, more lines of plain words with no
 * blank line between: likely the note's own, which the page rightly hides. A warning, with the
 * last line closed as the first fix; undefined when they may be text for readers, or nothing is under it.
 */
function noteToTheEnd(source: string, open: number, line: number, last: number, end: number): Surprise | undefined {
  const under = source.slice(source.indexOf("\n", open) + 1, end);
  if (/^[ \t\r]*$/m.test(under) || MARKDOWN_LINE.test(under)) return undefined;
  const closed = lineToWrite(source, end, end, " -->", "");
  if (closed === "") return undefined;
  const message = `the note opened with \`<!--\` is never closed with \`-->\`, so the page also hides what is under it, to the text's end (${lines(line + 1, last)}); if that belongs to the note, end the note there: write ${quote(closed.trimStart())} on line ${last}; if not, ${closeAdvice(source, open)}`;
  return { line, severity: "warning", message };
}

/** The fix for a note ended with `--!>` at `at`: `-->` in its place, with its line written so when it fits a message. */
function bangAdvice(source: string, at: number, replacement = "-->", end = at + 4, fix = "write `-->` in place of `--!>`"): string {
  const written = lineToWrite(source, at, end, replacement, "");
  return `${fix}${written === "" ? "" : `: ${quote(written.trim())}`}`;
}

/**
 * A note a browser ends at `--!>` (at `end` in `at`'s text), which Markdown does not: a block of
 * HTML the note opens runs on under it, to a line holding `-->` or to the end of its text, quote or
 * list item, and the page shows those lines as HTML, their Markdown as typed; a `-->` left after
 * it is shown as typed. Undefined when nothing is, or will be, shown so.
 */
function closedWithBang(at: { text: string; offset: number }, end: number, source: string, lineOf: (offset: number) => number): Surprise | undefined {
  if (!at.text.trimStart().startsWith("<!--")) return undefined;
  const line = lineOf(at.offset + end);
  const last = lineOf(at.offset + at.text.trimEnd().length);
  const hidden = "the note closed with `--!>` is hidden, but Markdown ends a note only at `-->`";
  const fix = bangAdvice(source, at.offset + end);
  if (last > line) return { line, severity: "error", message: `${hidden}, so the page shows what is under it (${lines(line + 1, last)}) without its Markdown: headings, bold, links and paragraphs come out as typed; ${fix}` };
  // With no `-->` on its line, Markdown's block of HTML runs on to the end of the text, quote or list item.
  if (!at.text.includes("-->")) return { line, severity: "warning", message: `${hidden}; nothing follows it yet, but whatever is written under it will be shown without its Markdown; ${fix}` };
  const stray = at.text.indexOf("-->", end);
  const next = at.text.indexOf("<!--", end);
  if (stray === -1 || (next !== -1 && next < stray)) return undefined;
  const kept = `-->${at.text.slice(end + 4, stray).trimEnd()}`;
  return { line, severity: "warning", message: `the note closed with \`--!>\` ends there, as a browser reads it, so the page shows the \`-->\` after it as typed; ${bangAdvice(source, at.offset + end, kept, at.offset + stray + 3, "delete it, and write `-->` in place of `--!>`")}` };
}

/** A block of HTML (a note is one) holding a `<!--` never closed, or closed only by a later note's end; or a note closed with `--!>`. */
function openInHtml(node: Html, parent: Parents | undefined, source: string, lineOf: (offset: number) => number): Surprise[] {
  const at = typed(node, source);
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: typed gives undefined only for a node without offsets, and remark's parser gives every node them; the test is for the type checker
  if (at === undefined) return [];
  const found: Surprise[] = [];
  const last = lineOf(at.offset + at.text.trimEnd().length);
  for (let index = at.text.indexOf("<!--"); index !== -1; ) {
    const open = at.offset + index;
    const line = lineOf(open);
    const close = noteEnd(at.text, index);
    const next = at.text.indexOf("<!--", index + 4);
    if (close === undefined) {
      // Stryker disable next-line OptionalChaining,StringLiteral: visit gives every html node its parent, the root at least; the fallback is for the type checker
      const container = parent?.type ?? "root";
      const rest = node.value.trimStart().startsWith("<!--") ? (REST[container] ?? "the rest of the text") : "the rest of its block of HTML";
      const own = rest === "the rest of the text" ? noteToTheEnd(source, open, line, last, at.offset + at.text.trimEnd().length) : undefined;
      if (own !== undefined) found.push(own);
      else if (last === line) found.push({ line, severity: "warning", message: `the note opened with \`<!--\` is never closed with \`-->\`; nothing follows it yet, but whatever is written under it will be hidden from readers; ${closeAdvice(source, open)}` });
      else found.push({ line, severity: "error", message: `the note opened with \`<!--\` is never closed with \`-->\`, so the page hides everything after it from readers (${lines(line + 1, last)}, ${rest}); ${closeAdvice(source, open)}` });
      return found;
    }
    const end = close.at;
    const nextLine =
      // Stryker disable next-line EqualityOperator: a `<!--` never starts where a `-->` does, so `next >= end` is `next > end`
      next > end ||
      // Stryker disable next-line ConditionalExpression,UnaryOperator: with no later `<!--`, lineOf(at.offset - 1) is a line above this note's, which gives no message either
      next === -1
        ? line
        : lineOf(at.offset + next);
    if (nextLine > line) {
      const closeLine = lineOf(at.offset + end);
      const message = `the note opened with \`<!--\` is not closed before the note of line ${nextLine} opens, so the page hides everything from here to that note's \`${close.mark}\` on line ${closeLine} from readers (${lines(line + 1, nextLine - 1)}); ${closeAdvice(source, open)}`;
      found.push({ line, severity: "error", message });
    }
    const bang = close.mark === "--!>" ? closedWithBang(at, end, source, lineOf) : undefined;
    if (bang !== undefined) return [...found, bang];
    index = at.text.indexOf("<!--", end + close.mark.length);
  }
  return found;
}

/** `<!--` or `-->` in a text the page shows: a note never closed, or the end of one never opened, shown as typed. */
function typedInText(node: Text, source: string, lineOf: (offset: number) => number): Surprise[] {
  const at = typed(node, source);
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: typed gives undefined only for a node without offsets, and remark's parser gives every node them; the test is for the type checker
  if (at === undefined) return [];
  const found: Surprise[] = [];
  for (const { 0: mark, index } of at.text.matchAll(/<!--|-->/g)) {
    const offset = at.offset + index;
    // `\<!--`: a mark escaped on purpose, which the page shows as meant.
    if (source[offset - 1] === "\\") continue;
    const line = lineOf(offset);
    // `wax --> mould --> cast`: one warning for a line's arrows, which say the same.
    if (mark === "-->" && found.some((told) => told.line === line && told.severity === "warning")) continue;
    const shown = source.slice(offset).replace(/\n[^]*/, "").trimEnd();
    // `<!-- note --!>`: ended as a browser ends a note, but Markdown reads a note only to `-->`.
    const bang = mark === "<!--" ? shown.indexOf("--!>", 4) : -1;
    const reopened = shown.indexOf("<!--", 4);
    if (bang !== -1 && (reopened === -1 || bang < reopened)) {
      found.push({ line, severity: "error", message: `the note ${quote(shown.slice(0, bang + 4))} ends with \`--!>\`, which Markdown does not read as a note's end, so the page shows it to readers as typed; ${bangAdvice(source, offset + bang)}` });
      continue;
    }
    found.push(
      mark === "<!--"
        ? { line, severity: "error", message: `the note ${quote(shown)} is never closed with \`-->\` in its paragraph, so the page shows it to readers as typed; ${closeAdvice(source, offset, "note")}` }
        : { line, severity: "warning", message: `\`-->\` closes no note (no \`<!--\` opens one before it), so the page shows it as typed; if it ends a note, start the note with \`<!--\`, and if it is an arrow, write \`→\`` },
    );
  }
  return found;
}

/** Notes never closed, or closed only by a later note, and `-->` shown as typed; `firstLine` is the file line the body starts on. */
export function openNotes(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, (node, _, parent) => {
    if (node.type === "html") found.push(...openInHtml(node, parent, source, lineOf));
    if (node.type === "text") found.push(...typedInText(node, source, lineOf));
  });
  return found;
}
