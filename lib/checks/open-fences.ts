import type { Code, Parents, Root } from "mdast";
import { visit } from "unist-util-visit";
import { listed, quote } from "../content/printable";
import { fileLines, typed, typedBefore, type Surprise } from "./markdown-source";

/*
 * A code box opened with ``` (or ~~~) and never closed runs to the end of the text, or of the quote
 * or list item it starts in: the page shows every line under it as code, in a grey box, and its
 * headings drop out of the contents (a jeweler's trial, 2026-12-07). Markdown gives no sign of it,
 * so it is read from the syntax tree the page is rendered from: a box whose last line is not a
 * fence that closes it was closed by its container's end.
 */

/**
 * A line opening or closing a code box, with what stands before it on its line (a quote's `>`, a
 * list's mark, a footnote's label, spaces), its fence and its words; the `s` flag keeps a line
 * separator (U+2028) in the words, which Markdown reads as a letter.
 */
const FENCE_LINE = /^([ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+|\[\^[^\]]+\]:[ \t>]*)*)(`{3,}|~{3,})(.*)/s;

/**
 * Whether a code box may be left open: markdown-surprises.ts parses a body only then. A box opened
 * at the left edge is paired here as Markdown pairs it, and one is left open at the text's end; a
 * fence further in (in a quote, a list item, a footnote, or indented) or under a line of HTML, which
 * may hold it, is read by the tree alone.
 */
export function mayHoldOpenFence(text: string): boolean {
  let open: string | undefined;
  let html = false;
  for (const line of text.split("\n")) {
    if (open === undefined && /^ {0,3}</.test(line)) html = true;
    const fence = FENCE_LINE.exec(line);
    if (fence === null) continue;
    // Stryker disable next-line StringLiteral: the pattern's groups take part in every match, if only as an empty text, so no fallback runs
    const [, before = "", run = "", after = ""] = fence;
    if (open === undefined) {
      if (before !== "" || html) return true;
      // ```` ```a`b ```` is code in a sentence, not a fence: a backtick fence's words hold no backtick.
      if (!(run[0] === "`" && after.includes("`"))) open = run;
    } else {
      // A closing fence stands at most three spaces in, with only spaces or tabs after it (a no-break space leaves the box open).
      if (/^ {0,3}$/.test(before) && run[0] === open[0] && run.length >= open.length && /^[ \t]*$/.test(after)) open = undefined;
    }
  }
  return open !== undefined;
}

/** What a code box's container is called, by the container's kind. */
const CONTAINER: Partial<Record<Parents["type"], string>> = { blockquote: "quote", listItem: "list item", footnoteDefinition: "footnote" };

/** How a message names the lines from `from` to `to`. */
const lines = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from} to ${to}`);

/** A line that starts as Markdown for readers does: a heading, a quote, a list, a table, a picture, a link, a tag. */
const MARKDOWN_LINE = /^[ \t]*(?:[-#>*+|![<]|\d+[.)])/;

/** A heading's words, as the contents list them; the space after its opening #s may stand before its closing ones too (`# #` has none). */
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]*(?<=[ \t])#+)?[ \t]*$/;

/**
 * Where the code likely ends among `code`'s lines: the last line with words before the first line
 * that starts as Markdown does after a blank line (`## Drying`), as an index of the lines; undefined
 * when no such line follows code.
 */
function likelyEnd(code: readonly string[]): number | undefined {
  const markdown = code.findIndex((line, index) => code[index - 1]?.trim() === "" && MARKDOWN_LINE.test(line));
  const end = code.slice(0, Math.max(markdown, 0)).findLastIndex((line) => line.trim() !== "");
  return end === -1 ? undefined : end;
}

/** A code box with a fence and no fence of its own closing it: its text as typed, its lines, its fence and what stands before the fence on its line. */
type OpenBox = { at: NonNullable<ReturnType<typeof typed>>; written: string[]; run: string; before: string; tooFarIn?: true };

/** `node` when it is a code box opened with a fence and never closed; undefined for a closed one or one indented four spaces. */
function openBox(node: Code, source: string): OpenBox | undefined {
  const at = typed(node, source);
  // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so typed() always finds the text; the test is for the type checker
  if (at === undefined) return undefined;
  const text = at.text.trimEnd();
  const written = text.split("\n");
  const run = /^(`{3,}|~{3,})/.exec(text)?.[1];
  // A box indented four spaces has no fence to close.
  if (run === undefined) return undefined;
  // Closed: its last line, under the first, is a fence of its kind at least as long, after a quote's `>` or spaces,
  const closing = new RegExp(`\n[ \\t>]*${run.charAt(0)}{${run.length},}[ \\t]*$`);
  // and the page's code leaves that line out: one indented four spaces past its container's edge is code, and the box runs on.
  const shownLines = node.value === "" ? 0 : node.value.split("\n").length;
  const closes = closing.test(text);
  if (closes && (node.value === "" || shownLines === written.length - 2)) return undefined;
  return { at, written, run, before: typedBefore(source, at.offset, at.column), ...(closes ? { tooFarIn: true as const } : {}) };
}

/** How to close a box: the line to write, as far in as its fence and with its quote's `>`, and how the message says where it stands. */
function closingLine({ run, before }: OpenBox): { line: string; inward: string } {
  // The closing line keeps a quote's `>` and stands as far in as the fence, so it stays in its quote or list item.
  const close = `${before.replace(/[^>\t]/g, " ")}${run}`;
  // Stryker disable next-line Regex: close holds only spaces, tabs and `>` before its fence, so a `>` not first or one with no space after it leaves what follows as it is, a `>` or the fence
  const inQuote = close.replace(/^>[ \t]?/, "");
  return { line: close.trim(), inward: /^\s/.test(inQuote) ? `, as far in as this line's ${run}` : "" };
}

/** What the page shows of a box's lines: the lines, and the headings it takes out of the contents. */
function held(box: OpenBox, node: Code, lineOf: (offset: number) => number): { lines: string; out: string; code: string[] } {
  const line = lineOf(box.at.offset);
  const last = lineOf(box.at.offset + box.at.text.trimEnd().length);
  const code = node.value.trimEnd().split("\n");
  const headings = code.flatMap((text) => HEADING.exec(text)?.[1] ?? []).filter((words) => words !== "");
  const out = headings.length === 0 ? "" : `, and leaves ${headings.length === 1 ? "the heading" : "the headings"} ${listed(headings.map((words) => quote(words)))} out of the contents`;
  return { lines: lines(line + 1, last), out, code };
}

/** A code box never closed: its fence line, what the page shows in it, and the line that closes it. */
function openFence(box: OpenBox, node: Code, parent: Parents | undefined, lineOf: (offset: number) => number): Surprise {
  const { at, written, run, before } = box;
  const line = lineOf(at.offset);
  const { line: close, inward } = closingLine(box);
  const closeLine = `a line ${close}`;
  const opened = `the code box opened with ${run} is never closed`;
  const remove = /^[ \t>]*$/.test(before) ? "delete the line" : `delete ${run} from the line`;
  if (box.tooFarIn === true) {
    const last = lineOf(at.offset + at.text.trimEnd().length);
    return { line, severity: "error", message: `${opened}: the ${run} on line ${last}, meant to close it, is indented four spaces or more, so the page shows it as code, in the grey box; write line ${last} as ${close}${inward}` };
  }
  if (written.length === 1)
    return { line, severity: "error", message: `${opened} and holds nothing, so the page shows an empty grey box; ${remove}, or write the code under it and ${closeLine} under the code's last line${inward}` };

  const last = lineOf(at.offset + at.text.trimEnd().length);
  const { lines: hidden, out, code } = held(box, node, lineOf);
  const container = containerOf(parent);
  const shown = `so the page shows everything under it as computer code, in a grey box`;
  // Lines of plain words with no blank line between, to the container's end: likely all code, as the page shows it.
  if (!code.some((text) => text.trim() === "" || MARKDOWN_LINE.test(text)))
    return { line, severity: "warning", message: `${opened}, ${shown}, to the ${container}'s end (${hidden}); if that is all code, add ${closeLine} under line ${last}${inward}; if not, add it under the code's last line; or ${remove}` };
  const end = likelyEnd(code);
  const where = end === undefined ? "" : `: if the code ends with line ${line + 1 + end}, under line ${line + 1 + end}`;
  return { line, severity: "error", message: `${opened}, ${shown} (${hidden}, the rest of the ${container})${out}; add ${closeLine} under the code's last line${inward}${where}; or ${remove}` };
}

/** What a message calls the container a box is in: its quote, list item or footnote, or the text. */
function containerOf(parent: Parents | undefined): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: visit gives every code node its parent, the root at least; the fallback is for the type checker
  const type = parent?.type ?? "root";
  return CONTAINER[type] ?? "text";
}

/**
 * A box in a quote or a list item whose closing fence is written under it at the left edge (no
 * `>`, or less far in than the item's words): the fence ends the quote or item, which closes the
 * box, and opens another box that runs on. One message, on the first fence's line, for both.
 */
function misplacedClose(first: OpenBox, container: string, stray: OpenBox, strayNode: Code, lineOf: (offset: number) => number): Surprise {
  const line = lineOf(first.at.offset);
  const strayLine = lineOf(stray.at.offset);
  const { line: close, inward } = closingLine(first);
  const where = container === "quote" ? `does not start with the quote's \`>\`` : `is not as far in as this line's ${first.run}`;
  const { lines: hidden, out } = held(stray, strayNode, lineOf);
  const opens = stray.written.length === 1 ? "shows an empty grey box there" : `opens another code box there, showing everything under it as computer code (${hidden}, the rest of the text)${out}`;
  return {
    line,
    severity: "error",
    message: `the ${stray.run} on line ${strayLine}, meant to close the code box opened with ${first.run} on this line, ${where}, so the page ends the ${container} above it and ${opens}; write line ${strayLine} as ${close}${inward}`,
  };
}

/**
 * Whether `stray`, the box never closed that comes after `first`, opens with the line meant to
 * close `first`: a fence that would close it (the same mark, as long or longer, nothing after it),
 * with only blank lines between.
 */
function meantToClose(first: OpenBox, stray: OpenBox, source: string): boolean {
  const between = source.slice(first.at.offset + first.at.text.length, stray.at.offset);
  return (
    stray.run.charAt(0) === first.run.charAt(0) &&
    stray.run.length >= first.run.length &&
    /^\s*$/.test(between) &&
    /^[ \t]*(?:\n|$)/.test(stray.at.text.slice(stray.run.length))
  );
}

/** Code boxes opened with ``` or ~~~ and never closed; `firstLine` is the file line the body starts on. */
export function openFences(tree: Root, source: string, firstLine: number): Surprise[] {
  const lineOf = fileLines(source, firstLine);
  const open: { box: OpenBox; node: Code; parent: Parents | undefined }[] = [];
  visit(tree, "code", (node, _, parent) => {
    const box = openBox(node, source);
    if (box !== undefined) open.push({ box, node, parent });
  });
  const found: Surprise[] = [];
  const told = new Set<Code>();
  for (const [index, { box, node, parent }] of open.entries()) {
    if (told.has(node)) continue;
    // A box at the text's top level is followed by no other (never closed, it runs to the text's end), so a stray's box is in a quote, a list item or a footnote.
    const stray = open[index + 1];
    if (stray !== undefined && meantToClose(box, stray.box, source)) {
      told.add(stray.node);
      found.push(misplacedClose(box, containerOf(parent), stray.box, stray.node, lineOf));
    } else found.push(openFence(box, node, parent, lineOf));
  }
  return found;
}
