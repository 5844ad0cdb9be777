/**
 * The `Stryker disable` comments of one source file, read as StrykerJS reads them: `// Stryker
 * disable next-line <Mutator>: <why>` sets aside the code the comment stands above, `/* … *\/`
 * between `catch` and its block the code after it on its line, and `// Stryker disable <Mutator>:
 * <why>` without `next-line` everything down to the next `Stryker restore` (or the file's end).
 */

/** One disable comment: its line, the mutators it names, the code it sets aside, and its reason ("" when none is given). */
export type DisableComment = {
  line: number;
  mutators: string[];
  /** The first line of code set aside, trimmed, and the last line (the same for `next-line`). */
  covers: { from: number; to: number; code: string };
  reason: string;
};

// StrykerJS's own pattern (its directive-bookkeeper.js), applied to the text after `//` or `/*`; a
// `//` comment only at the start of a line, so that one quoted in a JSDoc is not read as one.
const LINE_DIRECTIVE = /^\s*\/\/\s?Stryker (disable|restore)(?: (next-line))? ([a-zA-Z, ]+)(?::(.*))?$/;
const BLOCK_DIRECTIVE = /\/\*\s?Stryker (disable|restore)(?: (next-line))? ([a-zA-Z, ]+)(?::(.*?))?\*\//;

type Directive = { kind: string; nextLine: boolean; mutators: string[]; reason: string; rest: string };

function directiveOf(text: string): Directive | undefined {
  const block = BLOCK_DIRECTIVE.exec(text);
  const match = block ?? LINE_DIRECTIVE.exec(text);
  if (match === null) return undefined;
  const [whole, kind = "", nextLine, mutators = "", reason = ""] = match;
  // What the line holds besides a `/* … */` comment: the code the comment leads, when any follows it.
  const rest = block !== null && text.slice(match.index + whole.length).trim() !== "" ? text.replace(whole, " ").replace(/\s+/g, " ").trim() : "";
  return { kind, nextLine: nextLine !== undefined, mutators: mutators.split(",").map((name) => name.trim()), reason: reason.trim(), rest };
}

// A line holding no code: blank, a `//` comment, or part of a `/* … */` or JSDoc comment.
const isCode = (line: string) => !/^(\/\/|\/\*|\*|$)/.test(line.trim());

function nextCode(lines: string[], from: number): number | undefined {
  const index = lines.findIndex((line, at) => at >= from && isCode(line));
  return index === -1 ? undefined : index;
}

function lastCode(lines: string[], before: number): number {
  const index = lines.slice(0, before).findLastIndex(isCode);
  return index === -1 ? before - 1 : index;
}

/** Every `Stryker disable` comment of `source`, in the order of its lines (numbered from 1). */
export function disableComments(source: string): DisableComment[] {
  const lines = source.split(/\r?\n/);
  const comments: DisableComment[] = [];
  lines.forEach((text, index) => {
    const directive = directiveOf(text);
    if (directive?.kind !== "disable") return;
    const { nextLine, mutators, reason, rest } = directive;
    // `} catch /* Stryker disable next-line … */ {`: the comment leads the block opened on its own line.
    const first = rest === "" ? nextCode(lines, index + 1) : index;
    if (first === undefined) return;
    const code = rest === "" ? (lines[first] ?? "").trim() : rest;
    const restore = lines.findIndex((line, at) => at > index && directiveOf(line)?.kind === "restore");
    const last = nextLine ? first : lastCode(lines, restore === -1 ? lines.length : restore);
    comments.push({ line: index + 1, mutators, covers: { from: first + 1, to: last + 1, code }, reason });
  });
  return comments;
}
