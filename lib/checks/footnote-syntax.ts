import type { Env, MarkdownIt, StateBlock, StateInline } from "markdown-it";

/*
 * The page reads footnotes as GitHub does (remark-gfm); markdown-it knows none, and reads a note
 * of one word (`[^1]: Hallmarked.`) as a link's address line, then the mark `[^1]` as a link to
 * `Hallmarked.`. This teaches the checks' parser the page's footnotes, keeping the notes in place
 * so their lines are the file's.
 */

/**
 * A footnote's label as GitHub reads it: `[^` then up to 999 characters with no space, tab or line
 * break, and no `[` or `]` unless after a `\`, then `]`. `[^a b]: …`, with a space, is an address
 * line like any other.
 */
const LABEL = /\[\^((?:\\[[\]\\]|\\(?![[\]\\])|[^ \t\r\n[\]\\])+)\]/y;
const MAX_LABEL = 999;
// Stryker disable next-line StringLiteral: the checks read a token's type, never the tag it would be rendered as
const NO_TAG = "";

/** The notes' labels of each text being parsed (its `env`), normalised, so a mark finds its note written anywhere. */
const notesOf = new WeakMap<Env, Set<string>>();

/** The label of the footnote mark or note at `at` in `text`, and where it ends, if one starts there. */
function labelAt(text: string, at: number, end: number): { label: string; after: number } | undefined {
  LABEL.lastIndex = at;
  const match = LABEL.exec(text);
  const label = match?.[1];
  if (label === undefined || label.length > MAX_LABEL) return undefined;
  // Stryker disable next-line ConditionalExpression: a label holds no line break, so a note's stays on its line, and markdown-it ends a link's words (the one place it reads a paragraph's text short) at a `]` no `\` escapes, which a label holds none of
  if (LABEL.lastIndex > end) return undefined;
  return { label, after: LABEL.lastIndex };
}

/**
 * A note `[^label]: words`, a block holding blocks as a list item does: what follows on its line,
 * then lines indented by four spaces, and lines that carry on its paragraph. It may start in the
 * middle of a paragraph, as on the page. A line four spaces in never gets here: markdown-it's code
 * rule comes first, and a paragraph takes such a line as one of its own.
 */
function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  const found = labelAt(state.src, start, max);
  if (found === undefined || state.src.charCodeAt(found.after) !== 0x3a) return false;
  if (silent) return true;
  const notes = notesOf.get(state.env) ?? new Set<string>();
  notesOf.set(state.env, notes);
  notes.add(state.md.utils.normalizeReference(found.label));

  const open = state.push("footnote_open", NO_TAG, 1);
  // Stryker disable next-line ObjectLiteral,LogicalOperator: once the note is read nothing reads its first line's marks or the parent's type again (the parser goes on from the line after it, a list or quote around it puts back its own), so they are put back only as markdown-it's own rules do
  const kept = { bMark: state.bMarks[startLine] ?? 0, tShift: state.tShift[startLine] ?? 0, sCount: state.sCount[startLine] ?? 0, parentType: state.parentType };
  // The note's words start after its `:` and the spaces after it, which GitHub drops, so they are never code.
  const afterColon = found.after + 1;
  state.bMarks[startLine] = afterColon;
  state.tShift[startLine] = state.skipSpaces(afterColon) - afterColon;
  state.blkIndent += 4;
  state.sCount[startLine] = state.blkIndent;
  // Stryker disable next-line StringLiteral: markdown-it's rules only ask whether the parent is a paragraph, which a note never is
  state.parentType = "footnote";
  state.md.block.tokenize(state, startLine, endLine);
  state.blkIndent -= 4;
  state.parentType = kept.parentType;
  state.bMarks[startLine] = kept.bMark;
  state.tShift[startLine] = kept.tShift;
  state.sCount[startLine] = kept.sCount;
  // Stryker disable next-line ArrayDeclaration: the checks take lines from the blocks inside the note and after it, each of which has its own
  open.map = [startLine, state.line];
  // Stryker disable next-line StringLiteral: the checks close a block by its nesting, never its type
  state.push("footnote_close", NO_TAG, -1);
  return true;
}

/**
 * A mark `[^label]` whose note is written: a footnote on the page, not a link, whatever follows it
 * (`(…)`, `[…]`). Looking for the `]` that ends a link's words (`silent`), markdown-it takes anything a
 * rule reads there from a `[` for a link inside the link, and drops the outer one, where the page
 * keeps `[the guide[^1]](/articles/x)` a link: there the mark is left to be read as two brackets.
 */
function footnoteMark(state: StateInline, silent: boolean): boolean {
  if (silent) return false;
  const found = labelAt(state.src, state.pos, state.posMax);
  if (found === undefined || !notesOf.get(state.env)?.has(state.md.utils.normalizeReference(found.label))) return false;
  // The mark as typed, which a run of text and a link's words keep (references.ts): `[the guide[^1]](/articles/silver care)` is seen shown as typed.
  const mark = state.push("footnote_ref", NO_TAG, 0);
  mark.markup = state.src.slice(state.pos, found.after);
  state.pos = found.after;
  return true;
}

/** Makes `parser` read footnotes as the page does: `[^label]: …` a note, `[^label]` its mark, neither a link. */
export function readFootnotes(parser: MarkdownIt): void {
  parser.block.ruler.before("reference", "footnote_definition", footnoteDefinition, { alt: ["paragraph", "reference"] });
  parser.inline.ruler.before("link", "footnote_mark", footnoteMark);
}
