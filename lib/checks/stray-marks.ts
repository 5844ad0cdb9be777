import type { Root } from "mdast";
import { LONGEST_QUOTE, quote } from "../content/printable";
import { eachBlockText, fileLines, lineToWrite, snippet, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * Marks Markdown could not read, found in the text the page shows as typed (the syntax tree's text
 * nodes: never code, never HTML): `** sterling **`, `[shop] (https://…)`, a `[` never closed.
 */

/** `**` standing alone, not part of `***`. */
const STARS = /(?<!\*)\*\*(?!\*)/g;
/** `** sterling **`, `**sterling **`, `** sterling**`: a pair with a space inside (a no-break space too), which Markdown shows as typed. */
const SPACED_PAIR = /(?<!\*)\*\*(?!\*)([^\S\n]*)([^*\n]*?[^*\s])([^\S\n]*)(?<!\*)\*\*(?!\*)/g;
/** `[shop] (https://…)`: words in brackets, a space, then what looks like an address in parentheses. */
const SPACED_LINK = /\[([^[\]\n]+)\]([ \t]+|[ \t]*\n[ \t]*)\(/g;
/** An address a link would lead to, as the part in parentheses after `[words]`. */
const ADDRESS = /^(\/|#|https?:\/\/|mailto:|tel:|www\.)\S*$/i;
/** A path or a file's or a website's name (`rings/gold`, `chart.pdf`, `shop.example`): one word that may be an address, where `(chart)` or `(e.g.)` is prose. */
const PATH_LIKE = /\/|\.\p{L}{2}/u;

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * A `**` at `offset` of the source that can neither open bold nor close it: a space (or the
 * line's start) before it, and a space, the line's end or a stop after it. markdown-surprises.ts
 * parses a body only when its `STRAY_STARS` finds one.
 */
const isStray = (source: string, offset: number) => isSpace(source[offset - 1]) && (isSpace(source[offset + 2]) || /[.,;:!?)]/.test(source.charAt(offset + 2)));
export const STRAY_STARS = /(^|\s)\*\*(?=\s|$|[.,;:!?)])/m;

/** A letter or a digit: a `**` with one on one side only can only open bold, or only close it. */
const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
/**
 * A bracket, a stop or another mark, and a character that is neither a mark nor a space (a letter
 * most often), as CommonMark tells them apart, one UTF-16 unit at a time: a `**` with a mark
 * inside it and the other outside it is read neither as bold's first `**` nor as its last.
 */
const MARK = /[\p{P}\p{S}]/u;
const isGlued = (char: string) => /[^\s\p{P}\p{S}]/u.test(char);

/**
 * Whether `text`'s `**`, read in order as bold's openers and closers within each run of lines
 * between blank lines (bold never spans a paragraph), may fail to pair up: one with a space after
 * it where bold should open, one with a space before it where bold should close, one with a mark
 * inside and a letter outside (`**(925)**stamped`), or one left open at the run's end. Bold words
 * alone are not looked at: markdown-surprises.ts parses a body only when this or `STRAY_STARS`
 * finds one in `text`.
 */
export function mayHoldUnpairedStars(text: string): boolean {
  return withoutEscapes(text)
    .split(/\n[ \t]*\n/)
    .some((lines) => {
      let open = false;
      for (const { index } of lines.matchAll(STARS)) {
        if (isSpace(lines[open ? index - 1 : index + 2])) return true;
        if (MARK.test(lines.charAt(open ? index - 1 : index + 2)) && isGlued(lines.charAt(open ? index + 2 : index - 1))) return true;
        open = !open;
      }
      return open;
    });
}

/**
 * The word glued to a `**`, after it or before it: letters and digits, with the hyphens and
 * apostrophes inside a word; or, where no word is (`**(925)**😀`), the one character there.
 */
const WORD_AFTER = /^(?:[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^])/u;
const WORD_BEFORE = /(?:[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^])$/u;

/** What is glued to `source` from `offset` on, or up to `offset` (WORD_AFTER, WORD_BEFORE). */
// Stryker disable next-line StringLiteral,OptionalChaining: asked only where a character stands right after `offset`, so the pattern always matches
const wordFrom = (source: string, offset: number) => WORD_AFTER.exec(source.slice(offset, offset + LONGEST_QUOTE))?.[0] ?? "";
// Stryker disable next-line StringLiteral,OptionalChaining: asked only where a character stands right before `offset`, so the pattern always matches
const wordUpTo = (source: string, offset: number) => WORD_BEFORE.exec(source.slice(Math.max(0, offset - LONGEST_QUOTE), offset))?.[0] ?? "";

/** The line of the `**` at `offset`, trimmed, as a message quotes it. */
const lineOfStar = (source: string, offset: number) => quote(snippet(source, source.lastIndexOf("\n", offset) + 1).trim());
const SHOW_STARS = "; to show asterisks, write `\\*\\*`";

/** A `**` with a space (or the line's start) before it and no word right after it. */
const strayMessage = (source: string, offset: number) =>
  `the \`**\` in ${lineOfStar(source, offset)} is shown as two asterisks, because a space stands before it and no word right after it; for bold, write \`**\` right against the words (\`**sterling silver**\`)${SHOW_STARS}`;

/**
 * A `**` glued to a word on one side only, with no partner (`a **sterling ring`, `(**hand-made`,
 * `sterling** silver`, `sterling**—`): a warning, as footnote marks are written so too, with
 * the line to write for that one word in bold; one glued to words on both sides (`18k**gold`) is
 * told with no guess at the word.
 */
function unpaired(source: string, offset: number): string | undefined {
  const line = lineOfStar(source, offset);
  const [wordBefore, wordAfter] = [isWord(source[offset - 1]), isWord(source[offset + 2])];
  // After a space or an opening bracket or quote (`(**hand-made`), a `**` glued to a word can only open bold.
  if (wordAfter && (isSpace(source[offset - 1]) || /[([{“‘]/.test(source.charAt(offset - 1)))) {
    const word = wordFrom(source, offset + 2);
    const meant = lineToWrite(source, offset, offset + 2 + word.length, `**${word}**`);
    return `the \`**\` in ${line} is shown as two asterisks, because no \`**\` after ${quote(word)} closes the bold; for bold, write ${quote(meant)} (the second \`**\` after the last word meant in bold)${SHOW_STARS}`;
  }
  if (wordBefore && !wordAfter) {
    const word = wordUpTo(source, offset);
    const meant = lineToWrite(source, offset - word.length, offset + 2, `**${word}**`);
    return `the \`**\` in ${line} is shown as two asterisks, because no \`**\` before ${quote(word)} opens the bold; for bold, write ${quote(meant)} (the first \`**\` before the first word meant in bold)${SHOW_STARS}`;
  }
  // Glued to words on both sides (`18k**gold`), it may have been meant to open bold or to close it; otherwise (`(**)`, `**?**stars`) it is taken for a mark.
  if (wordBefore) {
    return `the \`**\` in ${line} is shown as two asterisks, because no other \`**\` pairs with it; for bold, write \`**\` before the first word and after the last word meant in bold (\`**sterling silver**\`)${SHOW_STARS}`;
  }
  return undefined;
}

/**
 * Why a pair with no space inside, `**(925)**stamped`, is shown as typed: a mark stands inside one
 * of its `**` and a letter (or another character that is no mark and no space) right outside it,
 * and CommonMark then reads the first `**` as no opening, the last as no closing; with the line to
 * write, a space outside that `**`.
 */
function unreadPair(source: string, start: number, end: number, line: number): Surprise[] {
  const words = source.slice(start + 2, end - 2);
  const opens = MARK.test(words.charAt(0)) && isGlued(source.charAt(start - 1));
  const closes = MARK.test(words.slice(-1)) && isGlued(source.charAt(end));
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: CommonMark leaves a pair with no space inside in the text only for a mark inside one `**` and a letter outside it, so one of the two holds
  if (!opens && !closes) return [];
  const [before, after] = [opens ? wordUpTo(source, start) : "", closes ? wordFrom(source, end) : ""];
  const meant = lineToWrite(source, start - before.length, end + after.length, `${before}${opens ? " " : ""}**${words}**${closes ? " " : ""}${after}`);
  const last = `between ${quote(words.slice(-1))} and ${quote(after)}`;
  const first = `its first \`**\` stands between ${quote(before)} and ${quote(words.charAt(0))}`;
  const places = opens ? (closes ? `${first} and its last ${last}` : first) : `its last \`**\` stands ${last}`;
  const message = `${quote(`**${words}**`)} is shown with its asterisks, not in bold, because ${places} with no space: a \`**\` with a bracket or a stop inside it is read as bold only with a space or a stop outside it; write ${quote(meant)}`;
  return [{ line, severity: "error", message }];
}

function asterisks(written: string, at: { offset: number }, source: string, lineOf: (offset: number) => number): Surprise[] {
  const found: Surprise[] = [];
  const paired = new Set<number>();
  for (const match of written.matchAll(SPACED_PAIR)) {
    // Stryker disable next-line StringLiteral: the pattern's three groups take part in every match, if only as an empty text, so no fallback runs
    const [whole, before = "", words = "", after = ""] = match;
    // `(**) mean … of **`: words starting with a closing bracket or a stop, or ending with an opening bracket, are no bold words; each `**` is told alone.
    if (/^[)\]}.,;:!?]/.test(words) || /[([{]$/.test(words)) continue;
    const closing = match.index + whole.length - 2;
    const [start, end] = [at.offset + match.index, at.offset + closing + 2];
    // A pair with no space inside is in the text, not bold, for a mark inside it (`**(925)**stamped`).
    if (before === "" && after === "") {
      paired.add(match.index).add(closing);
      found.push(...unreadPair(source, start, end, lineOf(start)));
      continue;
    }
    // Bold words have no space inside their asterisks: a pair with one is shown as typed however it is glued outside (`rose**gold **and`).
    const stray = isStray(source, start) || isStray(source, end - 2);
    paired.add(match.index).add(closing);
    const bold = `**${words.trim()}**`;
    const spaces = `the space${before !== "" && after !== "" ? "s" : ""} between the asterisks and the words`;
    // The spaces move outside the pair, to the side they stood on (`rose** gold **and` → `rose **gold** and`).
    const outside = `${before === "" ? "" : " "}${bold}${after === "" ? "" : " "}`;
    found.push({
      line: lineOf(start),
      severity: "error",
      message: stray
        ? `${quote(whole)} is shown with its asterisks, not in bold, because of ${spaces}; write ${quote(bold)}`
        : `${quote(whole)} is shown with its asterisks, not in bold, because of ${spaces}: bold needs its asterisks right against its words, and a space outside them; write ${quote(lineToWrite(source, start, end, outside))}`,
    });
  }
  for (const match of written.matchAll(STARS)) {
    const offset = at.offset + match.index;
    if (paired.has(match.index)) continue;
    const message = isStray(source, offset) ? strayMessage(source, offset) : unpaired(source, offset);
    if (message !== undefined) found.push({ line: lineOf(offset), severity: "warning", message });
  }
  return found;
}

function spacedLinks(written: string, at: { offset: number }, source: string, lineOf: (offset: number) => number): Surprise[] {
  return [...written.matchAll(SPACED_LINK)].flatMap((match): Surprise[] => {
    // Stryker disable next-line StringLiteral: the pattern's one group takes part in every match, so the fallback never runs
    const [, words = ""] = match;
    const rest = source.slice(at.offset + match.index);
    // The address may be a link of its own in the tree (`https://…` is linked as it stands): read it from the source.
    const link = /^\[[^[\]\n]+\](\s+)\(([^()\s]+)\)/.exec(rest);
    const [, first = ""] = /^\[[^[\]\n]+\]\s+\(\s*([^()\s]*)/.exec(rest) ?? [];
    // `[sic] (as written)`, `[sizes] (chart)`: words in parentheses that start with no address, and are no path alone, are prose, shown as meant.
    if (first !== "" && !ADDRESS.test(first) && (link === null || !PATH_LIKE.test(first))) return [];
    const line = lineOf(at.offset + match.index);
    if (link === null) {
      return [{ line, severity: "warning", message: `${quote(`[${words}]`)} is followed by a space and \`(\`, so if it was meant as a link the page shows it as typed; a link has no space between \`]\` and \`(\`: \`[${words}](/articles/…)\`` }];
    }
    // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallbacks never run
    const [, spaced = "", address = ""] = link;
    const shown = `[${words}]${spaced}(${address})`;
    return [
      {
        line,
        severity: ADDRESS.test(address) ? "error" : "warning",
        message: `the link ${quote(shown)} is shown as the text you typed, not as a link, because of the space between \`]\` and \`(\`; write ${quote(`[${words}](${address})`)}`,
      },
    ];
  });
}

function unclosed(written: string, at: { offset: number }, blockEnd: number, source: string, lineOf: (offset: number) => number): Surprise[] {
  const found: Surprise[] = [];
  for (const match of written.matchAll(/\[/g)) {
    const offset = at.offset + match.index;
    if (withoutEscapes(source.slice(offset + 1, blockEnd)).includes("]")) continue;
    const line = lineOf(offset);
    // `[our guide(/articles/x)`: a link missing its `]`.
    // Stryker disable next-line StringLiteral,ArrayDeclaration: without a match the fallback address starts with no `/`, `#`, scheme or `www.`, so it is no address and the words are never read
    const [, words = "", address = ""] = /^\[([^[\]()\n]+)\(([^()\s]+)\)/.exec(source.slice(offset)) ?? [];
    if (ADDRESS.test(address)) {
      const meant = `[${words.trim()}](${address})`;
      found.push({ line, severity: "error", message: `the link ${quote(`[${words}(${address})`)} is shown as the text you typed, not as a link, because its \`[\` is never closed with \`]\`; write ${quote(meant)}` });
    } else {
      const shown = snippet(source, offset);
      found.push({ line, severity: "warning", message: `the \`[\` in ${quote(shown)} is never closed with \`]\`, so the page shows it as typed; for a link write \`[words](address)\`, or, to show the bracket, write \`\\[\`` });
    }
  }
  return found;
}

/** The marks Markdown could not read in `tree`'s text; `firstLine` is the file line the body starts on. */
export function strayMarks(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  eachBlockText(tree, source, (at, blockEnd) => {
    const written = withoutEscapes(at.text);
    found.push(...asterisks(written, at, source, lineOf), ...spacedLinks(written, at, source, lineOf), ...unclosed(written, at, blockEnd, source, lineOf));
  });
  return found;
}
