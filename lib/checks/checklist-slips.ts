import type { ListItem, Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import { INVISIBLE, invisibleName } from "../content/invisible";
import { quote } from "../content/printable";
import { fileLines, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * A checklist line the page shows as typed, brackets and all, instead of a checkbox: `- [] x`,
 * `- [ x] x`, `- [ ]x`, `- [ ]` with no words, `-[ ] x`. Read from the syntax tree the page is
 * rendered from (lib/content/markdown-syntax.ts), whose list items say whether they are tasks; only
 * brackets at the start of a list item, or of a line right after `-`, `*` or `+`, are looked at, so
 * `[ ]` in a sentence, in code or escaped (`\[ ]`) is never taken for a checkbox.
 */

/**
 * A line starting with a list's marker and brackets (`- [ ]`, `-[x]`, `1. []`, or the brackets on
 * the next line), in a quote too: markdown-surprises.ts parses a body only when it holds one (a
 * correct checklist included).
 */
export const CHECKLIST_START = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])\s*\[[ \txX]*\]/;
/** Brackets holding nothing but spaces, tabs and `x`: what a checkbox was meant to be. */
export const CHECKBOX = /^\[([ \t]*|[ \t]*[xX][ \t]*)\]/;
/** A list's dash and brackets at the start of a paragraph's line, no space between (`-[ ] x`). */
const GLUED = /(?<=^[ \t>]*)[-*+]\[(?:[ \t]*|[ \t]*[xX][ \t]*)\]/gm;

/** Why `box` followed by `rest` (the rest of its line) is no checkbox. */
function boxReasons(box: string, rest: string): string[] {
  const inner = box.slice(1, -1);
  const after = rest.charAt(0);
  const reasons: string[] = [];
  if (/x/i.test(inner)) {
    if (inner.length > 1) reasons.push("a ticked checkbox has only an `x` between its brackets");
  } else if (inner !== " ") reasons.push("a checkbox has one space between its brackets");
  if (INVISIBLE.test(after)) {
    const { name, looks } = invisibleName(after);
    reasons.push(`the character after \`]\` is ${name}, which ${looks}`);
  } else if (/^[^ \t]/.test(rest)) reasons.push("a space comes after `]`");
  return reasons;
}

/**
 * A checklist line: its marker (`-`, `1.`), its brackets, the rest of its line, its start as typed
 * (`- [\t]`, `-[ ]`) and what the page shows of it.
 */
type Written = { marker: string; box: string; rest: string; typedStart: string; shown: string };

/** The invisible character the words may start with, as `- [ ]\u{200b}Polished`, left out of the line to write. */
const INVISIBLE_START = new RegExp(`^(?:${INVISIBLE.source})`);

/** The message for a checklist line the page shows as typed (`where`: joined to the line above). */
function slip({ marker, box, rest, typedStart, shown: text }: Written, reasons: string[], where = ""): string {
  const meant = /x/i.test(box) ? "[x]" : "[ ]";
  const words = rest.replace(INVISIBLE_START, "").trim();
  const shown = quote(text.trim());
  if (words === "") {
    return `${quote(typedStart)} has no words after it, so the page shows ${shown}${where} as typed, not a checkbox; write the words it stands for after it, on the same line, like ${quote(`${marker} ${meant} Polished`)}`;
  }
  return `the page shows ${shown}${where} as typed, brackets and all, not as a checkbox: ${reasons.join(", and ")}; write ${quote(`${marker} ${meant} ${words}`)}`;
}

/** The rest of the line after `index` in `text`. */
const restOfLine = (text: string, index: number) => text.slice(index).replace(/\n[^]*/, "");

/** A list item that is no task though it starts with brackets (`- [] x`, `- [ ]`). */
function itemSlip(item: ListItem, source: string, firstLine: number): Surprise | undefined {
  const [paragraph] = item.children;
  const first = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  if (item.checked !== null || first?.type !== "text") return undefined;
  const [whole, at] = [typed(item, source), typed(first, source)];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: remark's parser gives every node its place with offsets, so typed() finds both (markdown-source.ts); the test is for the type checker
  if (whole === undefined || at === undefined) return undefined;
  const [box] = CHECKBOX.exec(withoutEscapes(at.text)) ?? [];
  if (box === undefined) return undefined;
  const rest = restOfLine(at.text, box.length);
  const start = source.slice(whole.offset, at.offset);
  const marker = start.trim();
  const reasons = boxReasons(box, rest);
  // `-` alone, then `   [ ] x` indented past the item's words on the next line: Markdown reads no checkbox there.
  if (at.line !== whole.line) reasons.unshift(`a checkbox is on the same line as its \`${marker}\``);
  const written = { marker, box, rest, typedStart: `${start}${box}`, shown: `${box}${rest}` };
  return { line: firstLine + at.line - 1, severity: "error", message: slip(written, reasons) };
}

/** Whether the body's character at `offset` is one of `paragraph`'s texts, not code: a line inside a code span is code. */
function inText(paragraph: Paragraph, offset: number): boolean {
  return paragraph.children.some(({ type, position }) => {
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place (markdown-source.ts); the test is for the type checker
    const [start, end] = [position?.start.offset, position?.end.offset];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: remark's parser gives every node its place with its offsets (markdown-source.ts); the test is for the type checker
    if (start === undefined || end === undefined) return false;
    // Stryker disable next-line EqualityOperator: `offset <= end` differs only for a text ending where the dash begins, and no inline node but a text starts with `-` (code starts with a backtick, HTML with `<`, a link with `[`, emphasis with `*` or `_`)
    const before = offset < end;
    return type === "text" && start <= offset && before;
  });
}

/** `-[ ] x`: brackets right after a dash at the start of a paragraph's line, which Markdown does not read as a list. */
function gluedSlips(paragraph: Paragraph, source: string, lineOf: (offset: number) => number): Surprise[] {
  const at = typed(paragraph, source);
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: remark's parser gives every node its place with offsets, so typed() finds the paragraph (markdown-source.ts); the test is for the type checker
  if (at === undefined) return [];
  const found: Surprise[] = [];
  for (const { 0: typedStart, index } of withoutEscapes(at.text).matchAll(GLUED)) {
    if (!inText(paragraph, at.offset + index)) continue;
    const [dash, box] = [typedStart.charAt(0), typedStart.slice(1)];
    const rest = restOfLine(at.text, index + typedStart.length);
    const reasons = [`a list item has a space after its \`${dash}\``, ...boxReasons(box, rest)];
    const where = index > 0 ? ", joined to the line above it," : "";
    const message = slip({ marker: dash, box, rest, typedStart, shown: `${typedStart}${rest}` }, reasons, where);
    found.push({ line: lineOf(at.offset + index), severity: "error", message });
  }
  return found;
}

/** Checklist lines the page shows as typed; `firstLine` is the file line the body starts on. */
export function checklistSlips(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  visit(tree, "listItem", (item) => {
    const problem = itemSlip(item, source, firstLine);
    if (problem) found.push(problem);
  });
  const lineOf = fileLines(source, firstLine);
  visit(tree, "paragraph", (paragraph) => {
    found.push(...gluedSlips(paragraph, source, lineOf));
  });
  return found;
}
