import type { YAMLError } from "yaml";
import { fieldLineSlip } from "./field-line-slips";
import { invisibleName } from "./invisible";
import { fieldLine, quotedFieldLine } from "./lines-to-write";
import { quote } from "./printable";

const QUOTES_EXAMPLE = '`title: "Gold: a Buyer\'s Guide"`';

/** What each of the YAML parser's complaints means for someone who writes `field: value` lines. */
const MEANINGS: Record<string, string> = {
  TAB_AS_INDENT: "starts with a tab; indent with spaces only (two spaces, like `  alt: A silver ring`)",
  BAD_INDENT: "is not lined up with the lines around it; indent the lines of a list, or of a group like `cover:`, by the same two spaces",
  MISSING_CHAR: `opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, like ${QUOTES_EXAMPLE}`,
  BAD_SCALAR_START: "starts its value with a character that has a special meaning here; put the value in double quotes, like `title: \"@ the bench\"`",
  BAD_DQ_ESCAPE: "has a backslash inside double quotes; write two backslashes (`\\\\`) for one, or use single quotes",
  DUPLICATE_KEY: "repeats a field that is already written above; keep only one of the two lines",
  MULTIPLE_DOCS: "holds a second `---`; the fields end at the first `---` after the top line",
};

const DEFAULT_MEANING = `cannot be read as \`field: value\`; if a value holds a colon followed by a space, or starts with a punctuation mark, put it in double quotes, like ${QUOTES_EXAMPLE}`;

/** `“Ring settings”` → `Ring settings`: a value between curly quotes, which YAML reads as letters. */
export function curlyQuoted(value: string): string | undefined {
  return /^\s*[“‘„‚«](.*)[”’“‘»]\s*$/su.exec(value)?.[1];
}

/** What to do about curly quotes, with the line to write: straight quotes where the value needs them, else none. */
export function curlyAdvice(write: string): string {
  return `use straight quotes "…" or none: write ${quote(write)}`;
}

/** `title: “Gold: a Buyer’s Guide”` → `title: "Gold: a Buyer’s Guide"`, or undefined for a line without curly quotes. */
function lineWithoutCurlyQuotes(written: string): string | undefined {
  // One space after the colon: `curlyQuoted` skips any more before the quote.
  const field = /^( *)([A-Za-z][\w-]*):\s(.*)$/.exec(written);
  if (field === null) return undefined;
  // Stryker disable next-line StringLiteral: the pattern's second and third groups always match, if only an empty text, so neither fallback runs
  const [name, value] = [field[2] ?? "", field[3] ?? ""];
  const inner = curlyQuoted(value);
  return inner === undefined ? undefined : fieldLine(name, inner, field[1]);
}

/**
 * `title: Trial 01: code fence never closed` → `title: "Trial 01: code fence never closed"`: a value
 * holding a colon and a space, which YAML reads as a field inside the field; undefined for any other line.
 */
function colonInValue(written: string): string | undefined {
  const field = /^( *)([A-Za-z][\w-]*):[ \t]+(.*?)[ \t]*$/.exec(written);
  // Stryker disable next-line StringLiteral: the pattern's groups always match, if only an empty text, so no fallback runs
  const [indent, name, value] = [field?.[1] ?? "", field?.[2] ?? "", field?.[3] ?? ""];
  // A value already in quotes or brackets, or with a note after it, is another mistake.
  if (!/:\s/.test(value) || /^["'[{]/.test(value) || /\s#/.test(value)) return undefined;
  return quotedFieldLine(name, value, indent);
}

const shownAs = (written: string) => (written.trim() === "" ? "" : ` (it reads ${quote(written)})`);

/** The nearest line above `line` that opens a `[` list and leaves it open (brackets inside quotes aside), and how it reads. */
function openListAbove(lines: readonly string[], line: number): { line: number; written: string } | undefined {
  for (let at = line - 1; at >= 2; at -= 1) {
    // Stryker disable next-line StringLiteral: `at` stays within the lines above `line`, so the fallback never runs
    const written = lines[at - 1] ?? "";
    // Stryker disable next-line StringLiteral: no other text put for a quoted part holds a bracket
    const text = written.replace(/"[^"]*"|'[^']*'/g, "");
    if (text.split("[").length > text.split("]").length) return { line: at, written };
  }
  return undefined;
}

/** A field's line: its indent and its name (`  src` for `  src: /images/ring.jpg`). */
const FIELD_NAME = /^( *)([^\s:#-][^:]*?)\s*:(?:\s|$)/;

/**
 * The line above `line` that first writes the field `line` writes again (`written`), in the same
 * group: looked for upwards, at the same indent, up to a line indented less. Undefined when not found.
 */
function firstWritten(lines: readonly string[], line: number, written: string): { line: number; written: string } | undefined {
  const [, indent = "", name] = FIELD_NAME.exec(written) ?? [];
  let first: number | undefined;
  for (let at = line - 1; at >= 1; at -= 1) {
    // Stryker disable next-line StringLiteral: `at` stays within the lines above `line`, so the fallback never runs
    const above = lines[at - 1] ?? "";
    const [, aboveIndent = "", aboveName] = FIELD_NAME.exec(above) ?? [];
    if (aboveName !== undefined && aboveIndent.length < indent.length) break;
    if (name !== undefined && aboveName === name && aboveIndent === indent) first = at;
  }
  // Stryker disable next-line StringLiteral: `first` is the number of a line above `line`, so the fallback never runs
  return first === undefined ? undefined : { line: first, written: lines[first - 1] ?? "" };
}

/** One sentence for a parser error: the line, what is wrong there in plain words, and the line as written. */
export function describeYamlError(error: YAMLError, line: number, lines: readonly string[]): string {
  // Stryker disable next-line StringLiteral: the parser names a line of the block of fields, and the closing `---` follows it, so the fallback never runs
  const written = lines[line - 1] ?? "";
  if (
    error.code === "MULTIPLE_DOCS" &&
    // Stryker disable next-line ConditionalExpression: the parser names a MULTIPLE_DOCS error on a `...` line (frontmatter.ts endMarkerLine; a `---` line ends the fields before the parser)
    written.trim() === "..."
  ) {
    return `line ${line}${shownAs(written)} marks the end of the fields, so the lines under it are not read; delete line ${line}: the fields end at the \`---\` line`;
  }
  // A `[` list left open over lines (`tags: [gold,` / `...` / `]`): the fix is on the line that opened it.
  const opened = error.code === "BAD_INDENT" || error.code === "UNEXPECTED_TOKEN" ? openListAbove(lines, line) : undefined;
  if (opened !== undefined) {
    return `line ${line}${shownAs(written)} is inside the list opened on line ${opened.line}${shownAs(opened.written)}, which is not closed on its line; close it with \`]\` on line ${opened.line}, like \`tags: [gold, silver]\`, or write one item per line under the field, each starting with \`- \`, like \`  - gold\``;
  }
  const straight = lineWithoutCurlyQuotes(written);
  if (straight !== undefined) return `line ${line}${shownAs(written)}: these are curly quotes (“ ”), which the fields read as letters, not as quotes; ${curlyAdvice(straight)}`;
  const first = error.code === "DUPLICATE_KEY" ? firstWritten(lines, line, written) : undefined;
  if (first !== undefined) return `line ${line}${shownAs(written)} repeats a field already written on line ${first.line}${shownAs(first.written)}; keep only one of the two lines`;
  const quoted = error.code === "BLOCK_AS_IMPLICIT_KEY" ? colonInValue(written) : undefined;
  if (quoted !== undefined) return `line ${line}${shownAs(written)} holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write ${quote(quoted)}`;
  const slip = fieldLineSlip(written);
  if (slip !== undefined) return `line ${line}${shownAs(written)} ${slip}`;
  return `line ${line}${shownAs(written)} ${MEANINGS[error.code] ?? DEFAULT_MEANING}`;
}

/** A line with an invisible character where the fields need a plain space or nothing (lib/content/invisible.ts). */
export function describeInvisible(line: number, written: string, found: { char: string; inName: boolean; write: string }): string {
  const { name, looks } = invisibleName(found.char);
  const fix = found.inName ? "delete it" : "type an ordinary space in its place";
  return `line ${line}${shownAs(written)} holds ${name} (shown here as ${quote(found.char)}), which ${looks}, so the line cannot be read; ${fix}: write ${quote(found.write)}`;
}
