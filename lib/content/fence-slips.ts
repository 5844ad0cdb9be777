import { quote } from "./printable";

/*
 * What an editor made of the `---` lines around the fields: Word turns `---` into a long dash, and
 * TextEdit saves a file as rich text unless told otherwise. Each is told with its fix in one run.
 */

/** `—` or `–`: the dash Word types in place of three hyphens. */
const WORD_DASH = /^[—–]+$/;

/** `{\rtf1\ansi…`: the start of a file saved as rich text. */
const RICH_TEXT = /^\{\\rtf/;

/** The first long-dash line after line 1, up to the first `---` line: its 1-based number and its text, trimmed. */
function dashAfterFirst(lines: readonly string[]): { line: number; written: string } | undefined {
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    const written = line.trim();
    if (written === "---") return undefined;
    if (WORD_DASH.test(written)) return { line: index + 1, written };
  }
  return undefined;
}

const LONG_DASH = "a long dash that Word types in place of three hyphens";

/** Empty lines above the `---` that opens the fields, which must be line 1: the lines to delete; else undefined. */
function emptyAbove(lines: readonly string[]): string | undefined {
  const fence = lines.findIndex((line) => line.trim() !== "");
  // Stryker disable next-line OptionalChaining: an empty file is refused before, so a line holds something and `fence` is a line's index
  if (lines[fence]?.trim() !== "---") return undefined;
  const empty = fence === 1 ? "line 1 is empty" : `lines 1 to ${fence} are empty`;
  return `${empty}, and the file must start with the line \`---\` (now line ${fence + 1}); delete ${fence === 1 ? "line 1" : "them"}`;
}

/** What is wrong with line 1, when it is not `---` because of an editor or empty lines above it, and what to do; else undefined. */
export function firstLineSlip(lines: readonly string[]): string | undefined {
  // Stryker disable next-line StringLiteral: `split` always gives a first line, so the fallback never runs
  const first = (lines[0] ?? "").trim();
  if (first === "") return emptyAbove(lines);
  if (RICH_TEXT.test(first)) {
    return `the file was saved as rich text (RTF), not as plain text: line 1 reads ${quote(first)}; in TextEdit, choose Format → Make Plain Text, then save it again, so that it starts with the line \`---\``;
  }
  if (!WORD_DASH.test(first)) return undefined;
  const closing = dashAfterFirst(lines)?.line;
  if (closing === undefined) return `line 1 reads ${quote(first)}, ${LONG_DASH}; write \`---\` on line 1`;
  return `lines 1 and ${closing} read ${quote(first)}, ${LONG_DASH}; write \`---\` on line 1 and on line ${closing}`;
}

/** For fields opened by `---` and never closed: the long-dash line meant to close them, and what to do. */
export function closingDashSlip(lines: readonly string[]): { line: number; message: string } | undefined {
  const dash = dashAfterFirst(lines);
  if (dash === undefined) return undefined;
  return { line: dash.line, message: `line ${dash.line} reads ${quote(dash.written)}, ${LONG_DASH}, so the block of fields opened on line 1 is never closed; write \`---\` on line ${dash.line}` };
}
