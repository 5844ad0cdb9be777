import type { BracedGroups, FieldIndents, FieldLines, SplitFile } from "./frontmatter";
import { fieldLine, groupLine, itemLine } from "./lines-to-write";
import { quote } from "./printable";
import { PICTURE_EXAMPLES } from "./schema";
import { closest } from "./suggest";

/** What the file says of a cover's or a portrait's group: its lines, its indents, the lines of its braces, the values read. */
export type WrittenGroup = { lines: FieldLines; indents: FieldIndents; braces: BracedGroups; group: unknown };

/**
 * The fields of a group written in braces (`cover: { src: …, alt: … }`, `cover: {}`, on one line or
 * over several) as its line to write holds them: a misspelt one (`atl: Ring`) under the name "did
 * you mean" gives it, text values only; `leftOut` names those it cannot hold (`caption`, or `atl`
 * beside an `alt`); `span` is the group's lines. Undefined for a group written a field a line.
 */
function oneLineFields(field: "cover" | "avatar", { braces, group }: WrittenGroup): { values: Record<string, string>; leftOut: string[]; span: { from: number; to: number } } | undefined {
  // A line of one field cannot go inside braces: such a group is written again whole, on one line.
  const span = braces[field];
  if (span === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression: a group in braces is read as a group: the test is for the type
  if (typeof group !== "object" || group === null) return undefined;
  const known = Object.keys(PICTURE_EXAMPLES[field]);
  const written = Object.entries(group);
  const values: Record<string, string> = {};
  const leftOut: string[] = [];
  for (const [key, value] of written) {
    const meant = known.includes(key) ? key : closest(key, known);
    const taken = meant === undefined || (meant !== key && written.some(([other]) => other === meant));
    if (taken) leftOut.push(key);
    // `alt: 1925` is kept, in quotes, so the line told for `src` does not drop it and writes it as text.
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") values[meant] = String(value);
  }
  return { values, leftOut, span };
}

/**
 * Where the line of a group in braces, written again whole, goes: " in place of the `cover` line",
 * or " in place of lines 7 to 8" for a group spread over lines (in place of its first line alone,
 * it would leave the rest behind), with the fields it leaves out (" (without `caption`, which is not
 * a field)"). Empty for a group written a field a line, whose lines to write have places of their own.
 */
export function inPlace(field: "cover" | "avatar", written: WrittenGroup): string {
  const fields = oneLineFields(field, written);
  if (fields === undefined) return "";
  const { leftOut, span } = fields;
  const place = span.from === span.to ? `the \`${field}\` line` : `lines ${span.from} to ${span.to}`;
  const names = leftOut.map((key) => quote(key)).join(" and ");
  const without = leftOut.length === 0 ? "" : ` (without ${names}, which ${leftOut.length === 1 ? "is not a field" : "are not fields"})`;
  return ` in place of ${place}${without}`;
}

/**
 * The line that writes `key` (`src`, `alt`) of a cover or a portrait as the file writes the group:
 * `cover: { src: …, alt: … }` on one line is written again whole, with `key` set to `value`;
 * `alt:` under `cover:` alone, with the spaces the file puts before the group's fields.
 */
export function pictureFieldLine(field: "cover" | "avatar", key: string, value: string, written: WrittenGroup): string {
  const whole = pictureGroupLine(field, { [key]: value }, written);
  if (whole !== undefined) return whole;
  const { lines, indents } = written;
  const inside = Object.keys(lines).filter((path) => path.startsWith(`${field}.`));
  // A field missing from the group is written as its neighbours are; the fallback is the width docs/authoring.md shows.
  // YAML puts a group's fields one under the other, so the field's own indent is its neighbours'.
  // Stryker disable next-line ConditionalExpression: the first line under a group is a field, which has its indent: only a list's items have none, and a list is no group
  const indent = inside.map((path) => indents[path]).find((spaces) => spaces !== undefined) ?? 2;
  return fieldLine(key, value, " ".repeat(indent));
}

/**
 * The one line that writes every value of `values` into a group written on one line, which must
 * hold them all at once; undefined for a group written a field a line, where each has its own line.
 */
export function pictureGroupLine(field: "cover" | "avatar", values: Readonly<Record<string, string>>, written: WrittenGroup): string | undefined {
  const before = oneLineFields(field, written);
  return before === undefined ? undefined : groupLine(field, { ...before.values, ...values });
}

/**
 * "write `line`" for a line to write from pictureFieldLine: a group in braces, written again whole,
 * goes in place of the group's lines (adding it under would write the group twice), and the fields
 * it leaves out are named.
 */
export function writeInPlace(field: "cover" | "avatar", line: string, written: WrittenGroup): string {
  return `write ${quote(line)}${inPlace(field, written)}`;
}

/** "write `line`" for writtenFieldLine's line, in place of the group's when it is a whole group on one line (writeInPlace). */
export function writeFieldLine(path: readonly PropertyKey[], value: string, split: Pick<SplitFile, "lines" | "indents" | "braces" | "data">): string {
  const line = writtenFieldLine(path, value, split);
  const [field] = path;
  if (path.length !== 2 || (field !== "cover" && field !== "avatar")) return `write ${quote(line)}`;
  return writeInPlace(field, line, { lines: split.lines, indents: split.indents, braces: split.braces, group: split.data[field] });
}

/**
 * The line that writes the field at `path` (`title`, `cover.alt`) with `value`, as the file writes
 * it: a field of a cover's or a portrait's group as pictureFieldLine does, a list's item as an item, any other at the left edge.
 */
export function writtenFieldLine(path: readonly PropertyKey[], value: string, split: Pick<SplitFile, "lines" | "indents" | "braces" | "data">): string {
  const [field, key] = path;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: cover and avatar are the schemas' only groups and their fields have names, so a path of two parts with a named field is always one of theirs, and no other path starts with them
  if (path.length === 2 && (field === "cover" || field === "avatar") && typeof key === "string") return pictureFieldLine(field, key, value, { lines: split.lines, indents: split.indents, braces: split.braces, group: split.data[field] });
  const last = path.at(-1);
  // An item of a list (`tags`' first, path `tags.0`) is written as an item, not as a field named `0`.
  if (typeof last === "number") return itemLine(value);
  return fieldLine(String(last), value);
}
