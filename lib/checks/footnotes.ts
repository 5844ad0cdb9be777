import type { FootnoteDefinition, Root } from "mdast";
import { visit } from "unist-util-visit";
import { EXAMPLE_NOTE, isExampleNote } from "../content/example-descriptions";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import { fileLines, lineToWrite, typed, withoutEscapes, type Surprise } from "./markdown-source";

/** `[^2]` in text the page shows as typed: a footnote mark whose note is not written. */
const MARK = /\[\^([^\]\s]+)\]/g;

/** A `!` ending a line's text right before a mark, at the line's start or after spaces (kept): `![^1]`, not `Wow![^1]`. */
const BANG = /(^|[ \t]+)!$/;

/** The picture a note holds alone (`[^1]: ![A ring](/images/ring.jpg)`), as typed; undefined for a note of words. */
function pictureAlone(note: FootnoteDefinition | undefined, source: string): string | undefined {
  const [paragraph] = note?.children ?? [];
  if (note?.children.length !== 1 || paragraph?.type !== "paragraph") return undefined;
  const images = paragraph.children.filter((child) => child.type === "image");
  const others = paragraph.children.filter((child) => child.type !== "image" && !(child.type === "text" && child.value.trim() === ""));
  const [image] = images;
  if (images.length !== 1 || others.length > 0 || image?.position?.start.offset === undefined) return undefined;
  return source.slice(image.position.start.offset, image.position.end.offset);
}

/**
 * `![^1]` (the `!` at a line's start or after a space): written as if a mark could show a picture,
 * it shows a `!` before the note's number. A warning (French sets a space before `!`), with the line
 * without the `!`, and, when the note holds a picture alone, that picture's line to write in the text.
 */
function bangs(tree: Root, source: string, firstLine: number, notes: ReadonlyMap<string, { node: FootnoteDefinition; line: number }>): Surprise[] {
  const lineOf = fileLines(source, firstLine);
  const found: Surprise[] = [];
  visit(tree, "footnoteReference", (mark, index, parent) => {
    const before = index === undefined ? undefined : parent?.children[index - 1];
    const at = before === undefined ? undefined : typed(before, source);
    const end = mark.position?.end.offset;
    const bang = at === undefined ? null : BANG.exec(at.text.replace(/.*\n/s, ""));
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so only the text's type and its `!` decide; the rest is for the type checker
    if (before?.type !== "text" || at === undefined || end === undefined || bang === null) return;
    const written = source.slice(mark.position?.start.offset, end);
    const from = at.offset + at.text.length - 1;
    // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback never runs
    const alone = lineToWrite(source, from - (bang[1] ?? "").length, end, written);
    const exclaimed = lineToWrite(source, from, end, `\\!${written}`);
    const note = notes.get(mark.identifier);
    const picture = pictureAlone(note?.node, source);
    const shown = picture === undefined ? "" : `; to show the note's picture here, write it in the text on a line of its own, with an empty line above it and below it: ${quote(picture)}, and delete the mark and the note (line ${note?.line})`;
    found.push({ line: lineOf(from), severity: "warning", message: `the ${quote("!")} before the footnote mark ${quote(written)} is shown as typed, before the note's number: a footnote's mark shows no picture; for the mark alone, write ${quote(alone)}; for an exclamation mark, ${quote(exclaimed)}${shown}` });
  });
  return found;
}

/**
 * Footnotes that do not meet: a mark `[^2]` with no note `[^2]: …` is shown as typed (an error),
 * a note that no mark points to is left out of the page (a warning: it may be a draft's leftover),
 * and `![^1]` shows its `!` (a warning, `bangs`); a note that is the example these messages give is
 * refused. The marks of `told` labels (without capitals), whose notes are written without their
 * colon, are colonless-notes.ts's.
 */
export function footnoteProblems(tree: Root, source: string, firstLine: number, told: ReadonlySet<string> = new Set()): Surprise[] {
  const fileLine = (line: number) => firstLine + line - 1;
  const lineOf = fileLines(source, firstLine);
  const notes = new Map<string, { label: string; line: number; node: FootnoteDefinition }>();
  const pointed = new Set<string>();
  visit(tree, (node) => {
    // A label's second note is left out of the page (repeated-footnotes.ts): the first is the one marks point to.
    if (node.type === "footnoteDefinition" && node.position && !notes.has(node.identifier)) notes.set(node.identifier, { label: node.label ?? node.identifier, line: fileLine(node.position.start.line), node });
    if (node.type === "footnoteReference") pointed.add(node.identifier);
  });
  const found: Surprise[] = [];
  visit(tree, "footnoteDefinition", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so typed() always finds the text; the test is for the type checker
    if (at === undefined) return;
    const label = `[^${node.label ?? node.identifier}]`;
    const words = at.text.slice(at.text.indexOf("]:") + 2);
    if (isExampleNote(words.trim())) {
      found.push({ line: lineOf(at.offset), severity: "error", message: `the footnote ${quote(`${label}: ${words.trim()}`)} is the example from this check's messages, which readers would see as your note; write your source or remark after ${quote(`${label}:`)}, in your own words, or delete the note and its ${quote(label)}` });
    }
  });
  const unread = [...notes].filter(([identifier]) => !pointed.has(identifier)).map(([, note]) => note);
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so typed() always finds the text; the test is for the type checker
    if (at === undefined) return;
    const written = withoutEscapes(at.text);
    for (const match of written.matchAll(MARK)) {
      // Stryker disable next-line StringLiteral: the mark's one group takes part in every match, so the fallback never runs
      const label = match[1] ?? "";
      if (told.has(label.toLowerCase())) continue;
      const meant = closest(label, unread.map((note) => note.label));
      const note = unread.find((candidate) => candidate.label === meant);
      const advice = note === undefined ? `add its note at the end of the text, on a line of its own: ${quote(`[^${label}]: ${EXAMPLE_NOTE}`)}` : `did you mean ${quote(`[^${note.label}]`)}, the note on line ${note.line}? Write ${quote(`[^${note.label}]`)}`;
      found.push({ line: lineOf(at.offset + match.index), severity: "error", message: `the footnote mark ${quote(`[^${label}]`)} has no note, so the page shows it as typed; ${advice}` });
    }
  });
  found.push(...bangs(tree, source, firstLine, notes));
  for (const note of unread) {
    found.push({ line: note.line, severity: "warning", message: `the footnote ${quote(`[^${note.label}]: …`)} is left out of the page, because no ${quote(`[^${note.label}]`)} in the text points to it; write ${quote(`[^${note.label}]`)} after the words it explains, or delete the note` });
  }
  return found;
}
