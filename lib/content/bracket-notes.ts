import { quote } from "./printable";
import { quotedValue } from "./lines-to-write";

/*
 * `cover: { src: /images/cover.jpg, alt: #1 opal ring }`: inside braces or brackets, as anywhere in
 * the fields, a `#` after a space starts a note, which runs to the end of the line, so the `}` that
 * closes the group is taken for a note too, and the parser stumbles on a later line. The line to
 * write puts the words holding the `#` in double quotes.
 */

/** A line of fields cut where YAML's brackets and commas are (`{`, `}`, `[`, `]`, `,`), quoted words kept whole. */
function pieces(written: string): string[] {
  const found: string[] = [];
  let piece = "";
  let quote: string | undefined;
  for (const char of written) {
    if (quote === undefined && "{}[],".includes(char)) {
      found.push(piece, char);
      piece = "";
      continue;
    }
    // A quote opens only where a value starts (`"#1"`, not the apostrophe of `Isla's`).
    if (quote === undefined && (char === '"' || char === "'") && /(^|:)\s*$/.test(piece)) quote = char;
    else if (char === quote) quote = undefined;
    piece += char;
  }
  return [...found, piece];
}

/** `#` after a space or at the start: where a note starts, outside quotes. */
const NOTE = /(^|\s)#/;

/**
 * `cover: { src: …, alt: "#1 opal ring" }` for `cover: { src: …, alt: #1 opal ring }`: the line
 * with each value holding a note's `#` before a bracket or a comma put in double quotes (a note
 * after the last bracket is a note); undefined when no value does.
 */
function quotedHashes(written: string): { write: string; note: string } | undefined {
  const parts = pieces(written);
  let note: string | undefined;
  const write = parts.map((part, index) => {
    // The last part runs to the end of the line, after the last mark: a note there is a note. A mark (`{`, `,`…) holds no `#`, and passes unchanged.
    if (index === parts.length - 1) return part;
    // Stryker disable next-line ArrayDeclaration,StringLiteral: with the `s` flag the pattern matches any text from its start and its groups always take part, so no fallback runs
    const [, before = "", name = "", words = "", after = ""] = /(\s*)((?:[^\s#:][^:]*:\s+)?)(.*?)(\s*)$/s.exec(part) ?? [];
    // Words in quotes already hold their `#`.
    if (!NOTE.test(words) || /^["']/.test(words)) return part;
    note ??= parts.slice(index).join("").slice(part.search(NOTE)).trim();
    return `${before}${name}${quotedValue(words)}${after}`;
  });
  // Stryker disable next-line ConditionalExpression: with no note the line is written as it was, and the parser's first complaint about it, the file's own, is on or above `reported` (it lists them top down), so the loop goes on all the same
  return note === undefined ? undefined : { write: write.join(""), note };
}

/**
 * The line whose note, started by a `#` inside braces or brackets, took the rest of the line with
 * it, when the parser complains on `reported` (that line or one below), with the message to tell.
 * `firstError(line, write)` is the first line the parser complains on with line `line` written so,
 * undefined when it reads every line: written so, the lines up to `reported` must read, or the
 * complaint is another's.
 */
export function bracketNote(lines: readonly string[], reported: number, firstError: (line: number, write: string) => number | undefined): { line: number; message: string } | undefined {
  for (let line = reported; line >= 2; line -= 1) {
    // Stryker disable next-line StringLiteral: `line` stays within the lines of fields, so the fallback never runs
    const written = lines[line - 1] ?? "";
    const quoted = quotedHashes(written);
    if (quoted === undefined) continue;
    // No complaint at all is below every line.
    const after = firstError(line, quoted.write) ?? Number.POSITIVE_INFINITY;
    if (after <= reported) continue;
    const closing = /[}\]]/.exec(quoted.note)?.[0];
    const taken = closing === undefined ? "" : `, the \`${closing}\` that closes the ${closing === "}" ? "group" : "list"} with it`;
    const message = `line ${line} (it reads ${quote(written)}) is cut short at \` #\`: the fields read what follows, ${quote(quoted.note)}, as a note for the file and leave it out${taken}; put the words in double quotes: write ${quote(quoted.write)}`;
    return { line, message };
  }
  return undefined;
}
