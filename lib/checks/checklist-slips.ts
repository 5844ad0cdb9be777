import type { ListItem, Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { lineOf, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * A checklist line the page shows as typed, brackets and all, instead of a checkbox: `- [] x`,
 * `- [ x] x`, `- [ ]x`, `- [ ]` with no words, `-[ ] x`. Read from the syntax tree the page is
 * rendered from (lib/content/markdown-syntax.ts), whose list items say whether they are tasks; only
 * brackets at the start of a list item, or of a line right after `-`, `*` or `+`, are looked at, so
 * `[ ]` in a sentence, in code or escaped (`\[ ]`) is never taken for a checkbox.
 */

/**
 * A line starting with a list's marker and brackets (`- [ ]`, `-[x]`, `1. []`), in a quote too:
 * markdown-surprises.ts parses a body only when it holds one (a correct checklist included).
 */
export const CHECKLIST_START = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*\[[ \txX]*\]/;
/** Brackets holding nothing but spaces, tabs and `x`: what a checkbox was meant to be. */
export const CHECKBOX = /^\[([ \t]*|[ \t]*[xX][ \t]*)\]/;
/** A line of a paragraph starting with a list's dash and brackets, no space between (`-[ ] x`). */
const GLUED = /^([ \t>]*)([-*+])(\[(?:[ \t]*|[ \t]*[xX][ \t]*)\])/gm;

/** Why `box` followed by `rest` (the rest of its line) is no checkbox; undefined when it would be one. */
function boxReasons(box: string, rest: string): string[] {
  const inner = box.slice(1, -1);
  const reasons: string[] = [];
  if (inner === "") reasons.push("a checkbox has one space between its brackets");
  else if (/x/i.test(inner) && inner.length > 1) reasons.push("a ticked checkbox has only an `x` between its brackets");
  else if (inner.length > 1) reasons.push("a checkbox has one space between its brackets");
  if (rest !== "" && !/^\s/.test(rest)) reasons.push(`a space comes after \`]\``);
  return reasons;
}

/**
 * A checklist line: its marker (`-`, `1.`), its brackets, the rest of its line, its start as typed
 * (`- [\t]`, `-[ ]`) and what the page shows of it.
 */
type Written = { marker: string; box: string; rest: string; typedStart: string; shown: string };

/**
 * The message for a checklist line the page shows as typed (`where`: joined to the line above), or
 * undefined when it would be a checkbox after all.
 */
function slip({ marker, box, rest, typedStart, shown: text }: Written, reasons: string[], where = ""): string | undefined {
  const meant = /x/i.test(box) ? "[x]" : "[ ]";
  const words = rest.trim();
  const shown = quote(text.trim());
  if (words === "") {
    return `${quote(typedStart)} has no words after it, so the page shows ${shown}${where} as typed, not a checkbox; write the words it stands for after it, on the same line, like ${quote(`${marker} ${meant} Polished`)}`;
  }
  if (reasons.length === 0) return undefined;
  return `the page shows ${shown}${where} as typed, brackets and all, not as a checkbox: ${reasons.join(", and ")}; write ${quote(`${marker} ${meant} ${words}`)}`;
}

/** The rest of the line after `index` in `text`. */
const restOfLine = (text: string, index: number) => text.slice(index).replace(/\n[^]*/, "");

/** A list item that is no task though it starts with brackets (`- [] x`, `- [ ]`). */
function itemSlip(item: ListItem, source: string, firstLine: number): Surprise | undefined {
  const [paragraph] = item.children;
  const [first] = paragraph?.type === "paragraph" ? paragraph.children : [];
  const start = item.position?.start.offset;
  const at = first?.type === "text" ? typed(first, source) : undefined;
  if (item.checked !== null || at === undefined || start === undefined) return undefined;
  const [box] = CHECKBOX.exec(withoutEscapes(at.text)) ?? [];
  if (box === undefined) return undefined;
  const rest = restOfLine(at.text, box.length);
  const written = { marker: source.slice(start, at.offset).trim(), box, rest, typedStart: source.slice(start, at.offset + box.length), shown: `${box}${rest}` };
  const message = slip(written, boxReasons(box, rest));
  return message === undefined ? undefined : { line: firstLine + at.line - 1, severity: "error", message };
}

/** `-[ ] x`: brackets right after a dash at the start of a paragraph's line, which Markdown does not read as a list. */
function gluedSlips(paragraph: Paragraph, source: string, firstLine: number): Surprise[] {
  const at = typed(paragraph, source);
  if (at === undefined) return [];
  // Only what the page shows as text: a line inside a code span is code.
  const texts = paragraph.children.flatMap((child) => (child.type === "text" && child.position ? [child.position] : []));
  const found: Surprise[] = [];
  for (const match of withoutEscapes(at.text).matchAll(GLUED)) {
    const [whole, indent = "", dash = "", box = ""] = match;
    const offset = at.offset + match.index + indent.length;
    if (!texts.some(({ start, end }) => start.offset !== undefined && end.offset !== undefined && start.offset <= offset && offset < end.offset)) continue;
    const rest = restOfLine(at.text, match.index + whole.length);
    const reasons = [`a list item has a space after its \`${dash}\``, ...boxReasons(box, rest)];
    const where = match.index > 0 ? ", joined to the line above it," : "";
    const message = slip({ marker: dash, box, rest, typedStart: `${dash}${box}`, shown: `${dash}${box}${rest}` }, reasons, where);
    // Stryker disable next-line ConditionalExpression: a dash glued to its brackets always has a reason, so there is always a message
    if (message !== undefined) found.push({ line: lineOf(at.text, match.index + indent.length, firstLine + at.line - 1), severity: "error", message });
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
  visit(tree, "paragraph", (paragraph) => {
    found.push(...gluedSlips(paragraph, source, firstLine));
  });
  return found;
}
