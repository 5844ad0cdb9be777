import { withoutNotes } from "./note-ends";
import { site } from "../site";
import { dayInTimeZone, farAhead, parseContentDate, type ContentDate } from "./dates";
import { lineAt, type FieldLines, type SplitFile } from "./frontmatter";
import type { ContentIssue } from "./issues";
import { listLine } from "./lines-to-write";
import { writeFieldLine } from "./picture-lines";
import { quote } from "./printable";

/*
 * What the loader says about a file beyond what its schema checks, field by field: a guest author
 * with no bio to show, an article dated years ahead by a slip of the keys.
 */

type Problem = Omit<ContentIssue, "file">;

/** A bio that shows nothing: only blank lines and notes (`<!-- … -->`, ended where a browser ends them). */
const isEmptyBio = (text: string) => withoutNotes(text).trim() === "";

/**
 * Bylines credit a guest author with their bio (and website): a guest's file with no bio is an
 * error, on the line where the bio is to be written.
 */
export function guestWithoutBio(body: { text: string; line: number }, lines: FieldLines, name: string | undefined): Problem | undefined {
  if (!isEmptyBio(body.text)) return undefined;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the bio is asked for only once `guest: true` was read, and every field read has its line (a flow mapping, an explicit `? guest` key, a quoted key and a value on the next line were tried)
  const guest = lines.guest === undefined ? "`guest: true`"
    : `\`guest: true\` (line ${lines.guest})`;
  return {
    line: body.line,
    severity: "error",
    message: `${guest} credits a guest author with a bio under every article, and this file has none; on line ${body.line}, under the \`---\` that ends the fields, write a few sentences about ${quote(name ?? "the author")}: what they make, where, and what they love about it`,
  };
}

/**
 * `date: 2052-11-20`, a slip for 2025, would hide the article for decades without a word: a
 * warning, with the date meant when one is in sight. Today is the studio's (lib/site.ts).
 */
export function dateFarAhead(date: ContentDate, lines: FieldLines, now: Date): Problem | undefined {
  const ahead = farAhead(date.day, dayInTimeZone(now.getTime(), site.timeZone));
  if (ahead === undefined) return undefined;
  const hidden = `\`date\` is ${quote(date.raw)}, more than a year from today, so the article stays hidden until then`;
  const advice = ahead.meant === undefined ? "if the year is a typing mistake, correct it" : `did you mean ${quote(`date: ${ahead.meant}${date.raw.slice(10)}`)}?`;
  return {
    line: lineAt(lines, "date"),
    severity: "warning",
    message: `${hidden}; ${advice}`,
  };
}

/**
 * `updated: 2027-01-15` on a published article shows readers an update that has not happened: an
 * error, with today's date (the studio's) to write when it is not before the publication, else the
 * line to delete. A scheduled article is not out yet, so any `updated` is told to go: on its own
 * day the build would otherwise stop, or show an update the same day as the publication.
 */
export function updatedAhead(updated: ContentDate, date: ContentDate, lines: FieldLines, now: Date): Problem | undefined {
  const today = dayInTimeZone(now.getTime(), site.timeZone);
  // A calendar day is past from its start on the studio's clock, as a publication date is due.
  const ahead = updated.raw.length === 10 ? updated.day > today : updated.instant > now.getTime();
  // An update before the publication is told so already (load.ts), with the same line to delete.
  if (!ahead || updated.instant < date.instant) return undefined;
  const todayDate = parseContentDate(today, site.timeZone);
  const scheduled = date.raw.length === 10 ? date.day > today : date.instant > now.getTime();
  const written = `\`updated\` is ${quote(updated.raw)}, after today (${today})`;
  const fix = scheduled
    ? `the article is not published until ${quote(date.raw)}, so it has no update yet: delete the \`updated\` line`
    : typeof todayDate !== "string" && todayDate.instant >= date.instant
      ? `readers would see an update that has not happened: write ${quote(`updated: ${today}`)} if you changed it today, or delete the \`updated\` line`
      : "readers would see an update that has not happened: delete the `updated` line";
  return { line: lineAt(lines, "updated"), severity: "error", message: `${written}; ${fix}` };
}

/** Fields whose text is the author's own words, where `1925` may well be meant (not a path, a date or a name of a file). */
const FREE_TEXT = new Set(["title", "description", "name", "role", "alt"]);

/**
 * `title: 1925` or `title: true` is read as a number or a yes/no, not as text: the line to write
 * puts what was typed in quotes (`title: "1925"`), exactly as typed (`007` stays `007`), written
 * as the file writes the field (`split`'s lines and indents).
 */
export function typedNotText(path: readonly PropertyKey[], typed: string, split: Pick<SplitFile, "lines" | "indents" | "braces" | "data">): string | undefined {
  const last = path.at(-1);
  if (typeof last !== "number" && !FREE_TEXT.has(String(last))) return undefined;
  // Stryker disable next-line Regex: `typed` is a yes/no or a number as YAML reads them, and no number starts or ends with `true` or `false`
  const kind = /^(true|false)$/i.test(typed) ? "a yes/no value" : "a number";
  const write = typeof last === "number" ? `write ${quote(`"${typed}"`)}` : writeFieldLine(path, typed, split);
  return `must be text, and ${quote(typed)} is read as ${kind}; put it in quotes: ${write}`;
}

/**
 * `tags: #artdeco #vintage`: in YAML a `#` starts a note, so the field is read as nothing, and the
 * generic "must be a list, not nothing" says nothing of why. The line to write takes the note as
 * the value: a list's items without their `#` (`tags: [artdeco, vintage]`), text in quotes,
 * written as the file writes the field (`split`'s lines and indents).
 */
export function noteAsValue(path: readonly PropertyKey[], note: string, expected: string | undefined, split: Pick<SplitFile, "lines" | "indents" | "braces" | "data">): string | undefined {
  const field = String(path.at(-1));
  const indent = "  ".repeat(path.length - 1);
  const why = `is read as nothing, because in YAML \`#\` starts a note, which is never read: ${quote(note)} is taken for a note`;
  if (expected === "string") return `must be text, and ${why}; put it in quotes: ${writeFieldLine(path, note, split)}`;
  const items = note.split(/[\s,]+/).map((item) => item.replace(/^#+/, "")).filter((item) => item !== "");
  if (expected !== "array" || items.length === 0) return undefined;
  return `must be a list, and ${why}; write them without \`#\`: ${quote(`${indent}${listLine(field, items)}`)}`;
}
