import { INVISIBLE } from "./invisible";

/*
 * Characters that could forge output when a value from a content file is printed: line breaks
 * (a fake second message, or a CI workflow command such as `::error` at the start of a line),
 * terminal escape sequences, and the bidirectional controls that make text read in another order.
 * Characters that look like a space or like nothing are escaped too: the author must see them.
 */
const CONTROLS = String.raw`[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]`;
const UNSAFE = new RegExp(`${CONTROLS}|${INVISIBLE.source}`, "gu");

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` on one line, every control character written as an escape (`\n`, `\u{1b}`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/** The most characters a message quotes of a value; a longer one is cut with `…`. */
export const LONGEST_QUOTE = 120;

/** A value the author wrote, quoted for a message: one line, escaped, at most 120 characters. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const chars = [...text];
  const shown = chars.length > LONGEST_QUOTE ? `${chars.slice(0, LONGEST_QUOTE - 1).join("")}…` : text;
  return `\`${printable(shown)}\``;
}

/** An address as the author wrote it: Markdown percent-encodes `<b>` as `%3Cb%3E` and `\` as `%5C`. */
export function asWritten(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** `items`, one or more, joined as a sentence lists them: `a`, `a and b`, `a, b and c`. */
export const listed = (items: readonly string[]): string => items.reduce((text, item, index) => `${text}${index === items.length - 1 ? " and " : ", "}${item}`);
