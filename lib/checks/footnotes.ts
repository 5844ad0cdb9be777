import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { EXAMPLE_NOTE, isExampleNote } from "../content/example-descriptions";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import { fileLines, typed, withoutEscapes, type Surprise } from "./markdown-source";

/** `[^2]` in text the page shows as typed: a footnote mark whose note is not written. */
const MARK = /\[\^([^\]\s]+)\]/g;

/**
 * Footnotes that do not meet: a mark `[^2]` with no note `[^2]: …` is shown as typed (an error),
 * and a note that no mark points to is left out of the page (a warning: it may be a draft's
 * leftover); a note that is the example these messages give is refused. The marks of `told`
 * labels (without capitals), whose notes are written without their colon, are colonless-notes.ts's.
 */
export function footnoteProblems(tree: Root, source: string, firstLine: number, told: ReadonlySet<string> = new Set()): Surprise[] {
  const fileLine = (line: number) => firstLine + line - 1;
  const lineOf = fileLines(source, firstLine);
  const notes = new Map<string, { label: string; line: number }>();
  const pointed = new Set<string>();
  visit(tree, (node) => {
    // A label's second note is left out of the page (repeated-footnotes.ts): the first is the one marks point to.
    if (node.type === "footnoteDefinition" && node.position && !notes.has(node.identifier)) notes.set(node.identifier, { label: node.label ?? node.identifier, line: fileLine(node.position.start.line) });
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
  for (const note of unread) {
    found.push({ line: note.line, severity: "warning", message: `the footnote ${quote(`[^${note.label}]: …`)} is left out of the page, because no ${quote(`[^${note.label}]`)} in the text points to it; write ${quote(`[^${note.label}]`)} after the words it explains, or delete the note` });
  }
  return found;
}
