import type { FootnoteDefinition, FootnoteReference, Root } from "mdast";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";

/*
 * Two notes with one label (`[^1]: The British standard since 1300.`, later `[^1]: Introduced in
 * 1697.`, a jeweler's trial, 2026-12-07): the page keeps the first, leaves the second out, and
 * points every `[^1]` mark to the first, with no message. Read from the syntax tree the page is
 * rendered from, where both notes are kept.
 */

const ORDINAL = ["first", "second", "third", "fourth", "fifth"];

/** `second`, or `6th`: the place of a mark among its line's marks of one label. */
const ordinal = (place: number) => ORDINAL[place - 1] ?? `${place}th`;

/** A label as the page compares it, the identifier remark gives it (micromark's own, lowercased): `ẞ`, `ß`, `SS` and `ss` are one label. */
const identifierOf = (label: string) => normalizeIdentifier(label).toLowerCase();

/** The next label whose identifier no note or mark has (`used`), after `label`: `2` after `1`, `note-2` after `note`. */
function nextFree(label: string, used: Set<string>): string {
  const number = /^\d+$/.test(label) ? Number(label) : undefined;
  for (let next = (number ?? 1) + 1; ; next += 1) {
    const candidate = number === undefined ? `${label}-${next}` : String(next);
    if (!used.has(identifierOf(candidate))) return candidate;
  }
}

/** A note whose label an earlier note has, the label it is to take, and the mark likely meant for it. */
type Relabel = { note: FootnoteDefinition; first: number; free: string; mark: FootnoteReference | undefined };

/** The notes `notes` whose label an earlier note already has, each given the next free label and the mark taken in the notes' order. */
function relabels(notes: readonly FootnoteDefinition[], marks: readonly FootnoteReference[], lineOf: (offset: number) => number): Relabel[] {
  const used = new Set([...notes, ...marks].map((node) => node.identifier));
  const seen = new Map<string, { line: number; count: number }>();
  return notes.flatMap((note): Relabel[] => {
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place; the fallback is for the type checker
    const line = lineOf(note.position?.start.offset ?? 0);
    const first = seen.get(note.identifier);
    if (first === undefined) {
      seen.set(note.identifier, { line, count: 1 });
      return [];
    }
    first.count += 1;
    const free = nextFree(note.label ?? note.identifier, used);
    used.add(identifierOf(free));
    // The second `[^1]` is likely meant for the second note.
    const mark = marks.filter((candidate) => candidate.identifier === note.identifier)[first.count - 1];
    return [{ note, first: first.line, free, mark }];
  });
}

/** Line `line`, a mark's, with every mark on it that is to take a new label written so, as the next run wants it; "" when too long to quote. */
function markLineToWrite(line: number, all: readonly Relabel[], source: string): string {
  const onLine = all.flatMap(({ mark, free }) => {
    const place = mark?.position;
    return place?.start.line === line ? [{ start: place.start.offset ?? 0, end: place.end.offset ?? 0, free }] : [];
  });
  onLine.sort((a, b) => a.start - b.start);
  // Stryker disable next-line OptionalChaining: the mark whose line this is is always among `onLine`; the fallbacks are for the type checker
  const from = onLine[0]?.start ?? 0;
  // Stryker disable next-line OptionalChaining: as above
  const to = onLine.at(-1)?.end ?? 0;
  let written = "";
  let at = from;
  for (const { start, end, free } of onLine) {
    written += `${source.slice(at, start)}[^${free}]`;
    at = end;
  }
  return lineToWrite(source, from, to, written, "");
}

/** Notes whose label an earlier note already has: on the later note's line, the label to give it and its mark. */
export function repeatedFootnotes(tree: Root, source: string, firstLine: number): Surprise[] {
  const lineOf = fileLines(source, firstLine);
  // Stryker disable next-line ArrayDeclaration: a string among the notes has no identifier, so it is in no group of notes sharing a label and is never told
  const notes: FootnoteDefinition[] = [];
  // Stryker disable next-line ArrayDeclaration: a string among the marks has no identifier, so no note's marks include it
  const marks: FootnoteReference[] = [];
  visit(tree, (node) => {
    if (node.type === "footnoteDefinition") notes.push(node);
    if (node.type === "footnoteReference") marks.push(node);
  });
  const all = relabels(notes, marks, lineOf);
  return all.flatMap(({ note, first, free, mark }): Surprise[] => {
    const at = typed(note, source);
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: remark's parser gives every node its place, so typed() always finds the text; the test and its return are for the type checker
    if (at === undefined) return [];
    const written = `[^${note.label ?? note.identifier}]`;
    const given = `[^${free}]`;
    const noteLine = lineToWrite(source, at.offset, at.offset + written.length, given, `${given}:`);
    const markAt = mark === undefined ? undefined : typed(mark, source);
    let markAdvice = `, and write ${quote(given)} after the words it explains`;
    if (markAt !== undefined) {
      // Stryker disable next-line OptionalChaining: remark's parser gives every node its place
      const onLine = marks.filter((other) => other.identifier === note.identifier && other.position?.start.line === markAt.line);
      const which = onLine.length === 1 ? `the ${quote(written)}` : `the ${ordinal(onLine.findIndex((other) => other === mark) + 1)} ${quote(written)}`;
      const whole = markLineToWrite(markAt.line, all, source);
      const markLine = lineOf(markAt.offset);
      markAdvice = whole === "" ? `, and write ${quote(given)} in place of ${which} on line ${markLine}` : `, and for ${which} on line ${markLine}, write ${quote(whole.trim())}`;
    }
    return [
      {
        line: lineOf(at.offset),
        severity: "error",
        message: `the footnote label ${quote(written)} is already the note's on line ${first}, so the page leaves this note out and every ${quote(written)} mark points to that one; give this note the next free label, ${quote(given)}: write ${quote(noteLine.trim())}${markAdvice}`,
      },
    ];
  });
}
