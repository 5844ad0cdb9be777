import { quote } from "./printable";

/*
 * What an editor made of the `---` lines around the fields: Word turns `---` into a long dash,
 * TextEdit saves a file as rich text unless told otherwise, and a `---` pasted with spaces before it
 * closes nothing. Each is told with its fix in one run.
 */

/** `—`, `–`, or one beside a hyphen left over (`–-`): the dash Word types in place of three hyphens. */
const WORD_DASH = /^(?=.*[—–])[—–-]+$/;

/** `{\rtf1\ansi…`: the start of a file saved as rich text. */
const RICH_TEXT = /^\{\\rtf/;

/** The first line below line `open + 1` that reads `---` or a long dash once trimmed: its 1-based number, as written and trimmed. */
function fenceLikeBelow(lines: readonly string[], open: number): { at: number; line: string; written: string } | undefined {
  for (const [index, line] of lines.slice(open + 1).entries()) {
    const written = line.trim();
    if (written === "---" || WORD_DASH.test(written)) return { at: open + index + 2, line, written };
  }
  return undefined;
}

const LONG_DASH = "a long dash that Word types in place of three hyphens";

/** A problem with a `---` line, on its 1-based line. */
export type FenceSlip = { line: number; message: string };

/**
 * Why the fields opened on line `open + 1` are closed by no line of exactly `---`: the line meant
 * to close them, a long dash or `---` with spaces before it, or else none; undefined when such a
 * line closes them.
 */
export function closingSlip(lines: readonly string[], open = 0): FenceSlip | undefined {
  if (lines.slice(open + 1).some((line) => line.trimEnd() === "---")) return undefined;
  const opened = `the block of fields opened on line ${open + 1} is never closed`;
  const found = fenceLikeBelow(lines, open);
  if (found === undefined) return { line: open + 1, message: `${opened}; add a line \`---\` after the last field, before the text` };
  const { at, line, written } = found;
  // Not exactly `---` (above), so spaces come before it.
  if (written === "---") return { line: at, message: `line ${at} reads ${quote(line.trimEnd())}, with spaces before \`---\`, so ${opened}; delete the spaces before \`---\` on line ${at}` };
  return { line: at, message: `line ${at} reads ${quote(written)}, ${LONG_DASH}, so ${opened}; write \`---\` on line ${at}` };
}

/**
 * Empty lines above the `---` that opens the fields, which must be line 1: the lines to delete,
 * with what is wrong with the line meant to close the fields, so both come in one run; else undefined.
 */
function emptyAbove(lines: readonly string[]): FenceSlip[] | undefined {
  const fence = lines.findIndex((line) => line.trim() !== "");
  // Stryker disable next-line OptionalChaining: an empty file is refused before, so a line holds something and `fence` is a line's index
  if (lines[fence]?.trim() !== "---") return undefined;
  const empty = fence === 1 ? "line 1 is empty" : `lines 1 to ${fence} are empty`;
  const message = `${empty}, and the file must start with the line \`---\` (now line ${fence + 1}); delete ${fence === 1 ? "line 1" : "them"}`;
  const closing = closingSlip(lines, fence);
  return closing === undefined ? [{ line: 1, message }] : [{ line: 1, message }, closing];
}

/** What is wrong with line 1, when it is not `---` because of an editor or empty lines above it (with the closing line's problem), and what to do; else undefined. */
export function firstLineSlips(lines: readonly string[]): FenceSlip[] | undefined {
  // Stryker disable next-line StringLiteral: `split` always gives a first line, so the fallback never runs
  const first = (lines[0] ?? "").trim();
  if (first === "") return emptyAbove(lines);
  const slip = (message: string): FenceSlip[] => [{ line: 1, message }];
  if (RICH_TEXT.test(first)) {
    return slip(`the file was saved as rich text (RTF), not as plain text: line 1 reads ${quote(first)}; in TextEdit, choose Format → Make Plain Text, then save it again, so that it starts with the line \`---\``);
  }
  if (!WORD_DASH.test(first)) return undefined;
  const closing = fenceLikeBelow(lines, 0);
  if (closing === undefined || closing.written === "---") {
    // The closing line's problem (spaces before `---`, none at all) comes in the same run.
    const below = closingSlip(lines);
    const dash = { line: 1, message: `line 1 reads ${quote(first)}, ${LONG_DASH}; write \`---\` on line 1` };
    return below === undefined ? [dash] : [dash, below];
  }
  return slip(`lines 1 and ${closing.at} read ${quote(first)}, ${LONG_DASH}; write \`---\` on line 1 and on line ${closing.at}`);
}
