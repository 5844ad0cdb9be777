import { fieldLine } from "./lines-to-write";
import { quote } from "./printable";
import { handleAdvice } from "./social-handles";
import { articleFrontmatterSchema, authorFrontmatterSchema, pageFrontmatterSchema } from "./schema";

/*
 * Slips on one line of fields that the line itself shows, with the line to write: `draft:true` with
 * no space, a `"` inside double quotes, an apostrophe that YAML takes for an opening quote (`'Tis`).
 */

/** Every field a content file may hold, a picture's `src` and `alt` too. */
const FIELD_NAMES = new Set([
  ...Object.keys(articleFrontmatterSchema.shape),
  ...Object.keys(authorFrontmatterSchema.shape),
  ...Object.keys(pageFrontmatterSchema.shape),
  "src",
  "alt",
]);

/** A line `name: value` taken apart. */
type LineParts = { indent: string; name: string; value: string };

/** `indent`, `name` and `value` of a line `name: value`, the value as `pattern` finds it after the colon. */
function parts(written: string, after: RegExp): LineParts | undefined {
  const found = new RegExp(`^( *)([A-Za-z][\\w-]*):${after.source}$`).exec(written);
  // Stryker disable next-line StringLiteral: the groups always take part in a match, so no fallback runs
  return found ? { indent: found[1] ?? "", name: found[2] ?? "", value: found[3] ?? "" } : undefined;
}

/** A value between single quotes, closed on its line (`''` is one quote inside), a note after it aside. */
const SINGLE_QUOTED = /^'(?:[^']|'')*'\s*(?:#.*)?$/;

/** `title: 'Tis the season`: the parts of a line whose value starts with `'`, which YAML reads as a quote the line never closes. */
function singleQuoteOpened(written: string): LineParts | undefined {
  const field = parts(written, /\s+('.*?)\s*/);
  return field !== undefined && !SINGLE_QUOTED.test(field.value) ? field : undefined;
}

/** `title: 'Tis the season`: the value starts with `'`, which YAML reads as a quote the line never closes. */
export function opensSingleQuote(written: string): boolean {
  return singleQuoteOpened(written) !== undefined;
}

/** `draft:true`: a field's name and its value with no space between, which YAML reads as one word. */
function unspaced(written: string): string | undefined {
  const field = parts(written, /(\S.*)/);
  if (field === undefined || !FIELD_NAMES.has(field.name)) return undefined;
  return `has no space after the colon of \`${field.name}:\`, so it is not read as a field; write ${quote(`${field.indent}${field.name}: ${field.value}`)}`;
}

/** `title: "The "Forever" Stones"`: the second `"` ends the value. */
function quoteInQuotes(written: string): string | undefined {
  const field = parts(written, /\s+"(.*)"\s*/);
  if (field === undefined || !/(^|[^\\])"/.test(field.value)) return undefined;
  // A `"` already written as YAML asks inside (`\"`) is meant as the `"` alone.
  const write = fieldLine(field.name, field.value.replaceAll('\\"', '"'), field.indent);
  return `has a \`"\` inside a value between double quotes, which ends the value there; write ${quote(write)}, or keep the double quotes and write each \`"\` inside as \`\\"\``;
}

/** `title: 'Tis the season`: the line to write puts the whole value in double quotes. */
function apostropheFirst(written: string): string | undefined {
  const field = singleQuoteOpened(written);
  if (field === undefined) return undefined;
  // Stryker disable next-line StringLiteral: splitting gives one part at least, so the fallback never runs
  const word = field.value.split(/\s/)[0] ?? "";
  return `starts its value with the \`'\` of ${quote(word)}, which opens a quote that the line never closes; put the whole value in double quotes: write ${quote(fieldLine(field.name, field.value, field.indent))}`;
}

/** `website: @sunniva.makes`: YAML cannot start a value with `@`, and quoted, it is no address either. */
function handleFirst(written: string): string | undefined {
  const field = parts(written, /\s+(@\S*)\s*/);
  const handle = field?.name === "website" ? handleAdvice(field.value) : undefined;
  return handle === undefined ? undefined : `starts its value with \`@\`, which cannot start a value here, and ${handle}`;
}

/** What is wrong with the line `written` and the line to write, when the line alone shows it; else undefined. */
export function fieldLineSlip(written: string): string | undefined {
  return unspaced(written) ?? quoteInQuotes(written) ?? apostropheFirst(written) ?? handleFirst(written);
}
