import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { blockText, fileLines, lineToWrite, TEXT_BLOCKS, typed, withoutEscapes, type Surprise } from "./markdown-source";
import { readTag, slips, splitValues, tagToWrite, typedQuotesReason, typedTag, type Slip, type TypedTag } from "./typed-tags";

/*
 * A tag Markdown does not read as HTML, so the page shows it as typed: a browser takes a value
 * without quotes up to the next space or `>`, whatever it holds, reads a `/` between attributes as
 * a space and an attribute right after a value in quotes, but Markdown (CommonMark, as remark
 * reads it) reads a tag only if every such value is free of `"`, `'`, `=`, `<` and `` ` `` and of
 * a `/` past its first character, and every attribute follows a space. So
 * `<a href=https://shop.example/?a='b'>` and `<img src="/r.jpg"alt="A ring">` are a link and a
 * picture to the author and text to the page. Read from the text of the syntax tree the page is
 * rendered from: never code, never HTML it read.
 */

/** Where a tag with attributes may start in the text. */
const TAG_START = /<[A-Za-z][A-Za-z0-9-]*[ \t\n\r\f/]/g;

/** The `>` marks that start a line of a quote, and the space after each. */
const QUOTE_MARKS = /^(?:[ \t]*>[ \t]?)+/gm;

/** What a reader would have seen had the tag been read. */
const MEANT = new Map([["a", "a link"], ["img", "a picture"]]);

/** The first reason Markdown cannot read `tag`: quotes a Mac or Word typed explain the rest, and a `'` or `=` is the likelier mistake to name than the `/` of a path, which only remark refuses. */
function firstSlip(tag: TypedTag): Slip | undefined {
  const found = slips(tag);
  return found.find((slip) => slip.kind === "typed") ?? found.find((slip) => slip.kind === "value" && slip.chars[0] !== "/") ?? found[0];
}

/**
 * Whether `text` may hold a tag a browser reads otherwise than Markdown: one with a reason to be
 * shown as typed (`slips`) or a value without quotes that a space cut short (split-values.ts).
 * markdown-surprises.ts parses a body only when it does.
 */
export function mayHoldMisreadTag(text: string): boolean {
  // A tag over a quote's lines is read without their `>` marks (markdown-source.ts `blockText`).
  const unquoted = text.replace(QUOTE_MARKS, "");
  // Stryker disable next-line ConditionalExpression: reading the same text again gives the same answer
  return holdsMisreadTag(text) || (unquoted !== text && holdsMisreadTag(unquoted));
}

/** Whether `text`, read as one, holds a tag with a reason to be shown as typed or a value cut short. */
function holdsMisreadTag(text: string): boolean {
  const starts = new RegExp(TAG_START.source, "g");
  const failed = new Set<number>();
  for (let match = starts.exec(text); match !== null; match = starts.exec(text)) {
    const tag = readTag(text, match.index, text.length, failed);
    if (tag === undefined) continue;
    if (slips(tag).length > 0 || splitValues(tag).length > 0) return true;
    starts.lastIndex = match.index + tag.length;
  }
  return false;
}

/** The characters named in words: a backtick quoted in backticks would not show. */
const named = (chars: readonly string[]) => chars.map((char) => (char === "`" ? "a backtick" : quote(char))).join(" and ");

/** Why the page shows the tag as typed, and what to do. */
function reason(slip: Slip): string {
  if (slip.kind === "feed") return "a form feed, a character that shows as nothing, stands where Markdown wants a space; put a space in its place";
  if (slip.kind === "typed") return typedQuotesReason(`the value of its \`${slip.attribute}\``, slip.marks);
  if (slip.kind === "value") return `the value of its \`${slip.attribute}\` holds ${named(slip.chars)} and is not in quotes; put it in double quotes`;
  if (slip.kind === "empty") return `its \`${slip.attribute}\` has an \`=\` with no value after it; write the value in double quotes, \`""\` for none`;
  if (slip.kind === "close") return "a `/` stands apart from the `>` that ends the tag; join them";
  if (slip.slash) return `a \`/\` stands between ${quote(slip.before)} and ${quote(slip.after)} where a space belongs; put a space in its place`;
  return `there is no space between ${quote(slip.before)} and ${quote(slip.after)}; put one between them`;
}

/** Tags written for emphasis, which Markdown's `*` and `**` stand for (as bio-html.ts tells them). */
const EMPHASIS = new Set(["b", "strong", "i", "em", "u", "mark", "cite", "span"]);

/** Where the tag `name` closes (`</span>`) between `from` and `to`, the end of its block. */
function closing(source: string, from: number, to: number, name: string): { start: number; end: number } | undefined {
  const match = new RegExp(`</${name}[ \\t\\n]*>`, "i").exec(source.slice(from, to));
  return match === null ? undefined : { start: from + match.index, end: from + match.index + match[0].length };
}

/**
 * What a bio, which shows no HTML, is told to write instead of a tag it shows as typed, from
 * `offset` to `end`: put in quotes, the tag would only be left out (bio-html.ts), so the Markdown
 * it stands for, or its words alone; `to` is the end of its block.
 */
function bioAdvice(tag: TypedTag, source: string, offset: number, end: number, to: number): string {
  const name = tag.name.toLowerCase();
  const close = closing(source, end, to, name);
  const words = close === undefined ? "" : source.slice(end, close.start);
  const replaced = (replacement: string) => lineToWrite(source, offset, close?.end ?? end, replacement, "").trim();
  if (name === "a") {
    const href = tag.attributes.find((attribute) => attribute.name.toLowerCase() === "href")?.value?.text ?? "";
    const link = replaced(`[${words.trim()}](${href})`);
    return close === undefined || words.trim() === "" || href === "" || link === "" ? "write the link in Markdown instead, like `[our shop](https://shop.example)`" : `write the link in Markdown instead: ${quote(link)}`;
  }
  const kept = replaced(words);
  const without = kept === "" ? "delete it" : `delete it${close === undefined ? "" : ` and its ${quote(source.slice(close.start, close.end))}`}: write ${quote(kept)}`;
  if (name === "img") return `a bio shows no pictures (the author's picture is the \`avatar\` field); ${without}`;
  if (EMPHASIS.has(name)) return `for emphasis write \`*words*\` (italic) or \`**words**\` (bold); otherwise ${without}`;
  return without;
}

/** Tags in `tree`'s text that a browser would read and Markdown did not; `firstLine` is the file line the body starts on; `bio` for an author's bio, which shows no HTML. */
export function unreadTags(tree: Root, source: string, firstLine: number, bio = false): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  let readTo = 0;
  visit(tree, [...TEXT_BLOCKS], (block) => {
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place (markdown-source.ts `typed`)
    const blockEnd = block.position?.end.offset ?? source.length;
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place (markdown-source.ts `typed`)
    const read = blockText(source, block.position?.start.offset ?? 0, blockEnd);
    const failed = new Set<number>();
    visit(block, "text", (node) => {
      const at = typed(node, source);
      // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
      if (at === undefined) return;
      for (const match of withoutEscapes(at.text).matchAll(TAG_START)) {
        const offset = at.offset + match.index;
        // The tag may run on past its text node (`<a href=https://…` is cut where the address is linked), never past its block.
        const tag = offset < readTo ? undefined : readTag(read.text, read.index(offset), read.text.length, failed);
        if (tag === undefined) continue;
        // A browser reads on from the tag's end, so a tag inside its values is no tag.
        readTo = read.offset(read.index(offset) + tag.length);
        const slip = firstSlip(tag);
        // Stryker disable next-line ConditionalExpression: every tag read from a text has a slip, or Markdown would have read it as HTML (typed-tags.ts `slips` tells every place where the two read a tag otherwise); the test is for the type checker
        if (slip === undefined) continue;
        if (bio) {
          found.push({ line: lineOf(offset), severity: "error", message: `the page shows ${quote(typedTag(tag))} as typed: a bio shows no HTML, only Markdown, and Markdown reads no tag here anyway (${reason(slip).replace(/;.*/, "")}); ${bioAdvice(tag, source, offset, readTo, blockEnd)}` });
          continue;
        }
        found.push({
          line: lineOf(offset),
          severity: "error",
          message: `the page shows ${quote(typedTag(tag))} as typed, not as ${MEANT.get(tag.name.toLowerCase()) ?? "HTML"}, because ${reason(slip)}: write ${quote(lineToWrite(source, offset, readTo, tagToWrite(tag)))}`,
        });
      }
    });
  });
  return found;
}
