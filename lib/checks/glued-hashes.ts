import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { invisibleName, SPACE_LIKE } from "../content/invisible";
import { quote } from "../content/printable";
import type { levelAllowedAt } from "./heading-order";
import { fileLines, inText, lineToWrite, typed, type Surprise } from "./markdown-source";

/*
 * `##Opening hours`, with no space after the hashes, is no heading: the page shows the line as
 * typed, `##` and all, with no message (the fourth jeweler's trial). Read from the syntax tree the
 * page is rendered from, so hashes in code are left alone, and only a line's start is looked at: a
 * `#hashtag` in a sentence is no heading meant. Two to six hashes before words holding a letter or
 * a digit (`##2025`, `##**Care**`) are a heading meant; one `#` only before a capital and more
 * words, with no other `#` on the line, so `#1 rule`, `#ArtDeco` and `#ArtDeco #vintage` stay text,
 * as do a hashtag with a capital inside (`#ShopSmall Saturday is here`) and a sentence ending with a
 * full stop (`#İstanbul Fair is in March.`). The line to write takes the level heading-order.ts
 * would ask of it (`###Care` as the text's first heading: `## Care`), so one run gives the whole fix.
 * A heading needs an ordinary space or a tab after its hashes: `##\u{a0}Drying`, with the
 * non-breaking space a Mac types for Option-Space, is shown as typed too, and told as glued.
 */

/** Hashes starting a line of a paragraph (after a quote's `>`, or indentation), glued to what follows or to a space that is not an ordinary one. */
const GLUED_LINE = new RegExp(`(?<=^[ \\t>]*)(#{1,6})((?:[${SPACE_LIKE}][ \\t${SPACE_LIKE}]*)?)(?=[^\\s#])`, "gm");

/** Such a line, after a list's mark too: markdown-surprises.ts parses a body only when it holds one. */
export const GLUED_HASHES = new RegExp(`^[ \\t>]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?#{1,6}(?:[^\\s#]|[${SPACE_LIKE}])`, "m");

/** Whether the words after `hashes` (and `spaces`, not ordinary ones) at a line's start look like a heading meant, not a hashtag. */
function meantAsHeading(hashes: string, spaces: string, words: string): boolean {
  if (hashes.length > 1 || spaces !== "") return /[\p{L}\p{N}]/u.test(words);
  // `#ShopSmall Saturday is…`: a hashtag's capitals inside a word; a sentence's full stop at the end.
  return /^\p{Lu}\S*[ \t]+\S/u.test(words) && !words.includes("#") && !/^\S*\p{Ll}\p{Lu}/u.test(words) && !/[^.]\.$/.test(words);
}

/** Why `hashes`, then `spaces`, make no heading: no space after them, or a space of another kind. */
function spaceAfter(hashes: string, spaces: string): string {
  if (spaces === "") return hashes.length === 1 ? "a heading needs a space after its hashes" : `a heading needs a space after its ${quote(hashes)}`;
  const { name, looks } = invisibleName(spaces.charAt(0));
  return `the space after its ${quote(hashes)} is ${name} (${quote(spaces.charAt(0))}), which ${looks}: a heading needs an ordinary space there`;
}

/**
 * Each line of a paragraph starting with hashes glued to its words, a heading meant; `firstLine` is
 * the file line the body starts on, `allowedAt` the levels the page's headings allow (none in a bio).
 */
export function gluedHashes(tree: Root, source: string, firstLine: number, allowedAt?: ReturnType<typeof levelAllowedAt>): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  // The heading meant above, at the level it is told to take: the next one is judged under it.
  let above: { text: string; written: string; line: number; level: number } | undefined;
  visit(tree, "paragraph", (paragraph) => {
    const at = typed(paragraph, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets (markdown-source.ts `typed`); the test is for the type checker
    if (at === undefined) return;
    // Stryker disable next-line StringLiteral: both groups of GLUED_LINE take part in every match, if only as ""
    for (const { 1: hashes = "", 2: spaces = "", index } of at.text.matchAll(GLUED_LINE)) {
      const offset = at.offset + index;
      const end = offset + hashes.length + spaces.length;
      const words = source.slice(end).replace(/[\r\n][^]*/, "").trimEnd();
      if (!meantAsHeading(hashes, spaces, words) || !inText(paragraph, offset)) continue;
      const line = lineOf(offset);
      // The text's headings start at `##`: the title is the page's only `#` heading.
      const level = Math.max(2, hashes.length);
      const order = allowedAt?.(line, above);
      const marks = "#".repeat(order === undefined ? level : Math.min(level, order.allowed));
      const why = `${spaceAfter(hashes, spaces)}${hashes.length === 1 ? ", and a heading in the text starts with `##` (the title is the page's only top heading)" : ""}`;
      const skips = order !== undefined && order.allowed < level ? `, and as a heading it ${order.where}` : "";
      above = { text: words, written: marks, line, level: marks.length };
      found.push({
        line,
        severity: "error",
        message: `the line ${quote(`${hashes}${spaces}${words}`)} is shown as typed, with its ${quote(hashes)}, not as a heading, because ${why}${skips}; write ${quote(lineToWrite(source, offset, end, `${marks} `, `${marks} ${words}`))}`,
      });
    }
  });
  return found;
}
