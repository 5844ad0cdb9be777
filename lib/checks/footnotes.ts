import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import { fileLines, typed, withoutEscapes, type Surprise } from "./markdown-source";

/** `[^2]` in text the page shows as typed: a footnote mark whose note is not written. */
const MARK = /\[\^([^\]\s]+)\]/g;

/**
 * Footnotes that do not meet: a mark `[^2]` with no note `[^2]: …` is shown as typed (an error),
 * and a note that no mark points to is left out of the page (a warning: it may be a draft's leftover).
 */
export function footnoteProblems(tree: Root, source: string, firstLine: number): Surprise[] {
  const fileLine = (line: number) => firstLine + line - 1;
  const lineOf = fileLines(source, firstLine);
  const notes = new Map<string, { label: string; line: number }>();
  const pointed = new Set<string>();
  visit(tree, (node) => {
    // A label's second note is left out of the page (repeated-footnotes.ts): the first is the one marks point to.
    if (node.type === "footnoteDefinition" && node.position && !notes.has(node.identifier)) notes.set(node.identifier, { label: node.label ?? node.identifier, line: fileLine(node.position.start.line) });
    if (node.type === "footnoteReference") pointed.add(node.identifier);
  });
  const unread = [...notes].filter(([identifier]) => !pointed.has(identifier)).map(([, note]) => note);
  const found: Surprise[] = [];
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place, so typed() always finds the text; the test is for the type checker
    if (at === undefined) return;
    const written = withoutEscapes(at.text);
    for (const match of written.matchAll(MARK)) {
      // Stryker disable next-line StringLiteral: the mark's one group takes part in every match, so the fallback never runs
      const label = match[1] ?? "";
      const meant = closest(label, unread.map((note) => note.label));
      const note = unread.find((candidate) => candidate.label === meant);
      const advice = note === undefined ? `add its note at the end of the text, on a line of its own: ${quote(`[^${label}]: The source, or your remark.`)}` : `did you mean ${quote(`[^${note.label}]`)}, the note on line ${note.line}? Write ${quote(`[^${note.label}]`)}`;
      found.push({ line: lineOf(at.offset + match.index), severity: "error", message: `the footnote mark ${quote(`[^${label}]`)} has no note, so the page shows it as typed; ${advice}` });
    }
  });
  for (const note of unread) {
    found.push({ line: note.line, severity: "warning", message: `the footnote ${quote(`[^${note.label}]: …`)} is left out of the page, because no ${quote(`[^${note.label}]`)} in the text points to it; write ${quote(`[^${note.label}]`)} after the words it explains, or delete the note` });
  }
  return found;
}
