import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * A tag Markdown does not read as HTML, so the page shows it as typed: a browser takes a value
 * without quotes up to the next space or `>`, whatever it holds, but Markdown (CommonMark) reads
 * a tag only if every such value is free of `"`, `'`, `=`, `<` and `` ` ``. So
 * `<a href=https://shop.example/?a='b'>` is a link to the author and text to the page. Read
 * from the text of the syntax tree the page is rendered from: never code, never HTML it read.
 */

/** The spaces HTML knows. */
const SPACE = "[ \\t\\n\\r\\f]";
/** An attribute as a browser reads it (group 1, its name): its value in quotes, or anything up to a space or `>` (group 2, a value without quotes). */
const ATTRIBUTE = `${SPACE}+([A-Za-z_:][A-Za-z0-9_.:-]*)(?:${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'|([^ \\t\\n\\r\\f"'>][^ \\t\\n\\r\\f>]*)))?`;
/** An opening tag as a browser reads it, from its `<` to its `>` (group 1, its name), read where `lastIndex` stands. */
const TAG = new RegExp(`<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*${SPACE}*/?>`, "y");
const ATTRIBUTES = new RegExp(ATTRIBUTE, "g");
/** What CommonMark refuses in a value without quotes. */
const REFUSED = /["'=<`]/g;
/** The blocks whose words are text: a tag is read, or not, within one of them. */
const BLOCKS = ["paragraph", "heading", "tableCell"] as const;
/** Where a tag with attributes may start in the text. */
const TAG_START = /<[A-Za-z][A-Za-z0-9-]*[ \t\n\r\f]/g;

/**
 * A value without quotes holding a character CommonMark refuses there (`<a href=x'y>`):
 * markdown-surprises.ts parses a body only when it holds one (some quoted values too).
 */
export const UNQUOTED_VALUE = /<[A-Za-z][A-Za-z0-9-]*[ \t\n\r\f][^<>]*=[ \t\n\r\f]*[^ \t\n\r\f"'>][^ \t\n\r\f>]*?["'=<`]/;

/** What a reader would have seen had the tag been read. */
const MEANT = new Map([["a", "a link"], ["img", "a picture"]]);

/** `tag` with every value in double quotes (a `"` inside one written `&quot;`). */
const quoted = (tag: string) =>
  tag.replace(ATTRIBUTES, (attribute: string, _name: string, value: string | undefined) => (value === undefined ? attribute : `${attribute.slice(0, -value.length)}"${value.replaceAll('"', "&quot;")}"`));

/** The tag starting at `offset` of `source` if a browser reads it as one and Markdown cannot, with its first value CommonMark refuses. */
function unreadTag(source: string, offset: number, end: number): { tag: string; name: string; attribute: string; chars: string[] } | undefined {
  TAG.lastIndex = offset;
  // Stryker disable next-line StringLiteral,ArrayDeclaration: a match always holds the tag's name, and a tag of other words holds no value CommonMark refuses
  const [tag, name = ""] = TAG.exec(source) ?? [];
  if (tag === undefined || offset + tag.length > end) return undefined;
  // Stryker disable next-line StringLiteral: a match always holds the attribute's name, and a value in quotes or none is read as "", which holds nothing CommonMark refuses, as Stryker's own words do
  for (const [, attribute = "", value = ""] of tag.matchAll(ATTRIBUTES)) {
    const chars = [...new Set(value.match(REFUSED))];
    if (chars.length > 0) return { tag, name, attribute, chars };
  }
  return undefined;
}

/** The characters named in words: a backtick quoted in backticks would not show. */
const named = (chars: readonly string[]) => chars.map((char) => (char === "`" ? "a backtick" : quote(char))).join(" and ");

/** Tags in `tree`'s text that a browser would read and Markdown did not; `firstLine` is the file line the body starts on. */
export function unreadTags(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  let readTo = 0;
  visit(tree, [...BLOCKS], (block) => {
    // Stryker disable next-line OptionalChaining: remark's parser gives every node its place (markdown-source.ts `typed`)
    const blockEnd = block.position?.end.offset ?? source.length;
    visit(block, "text", (node) => {
      const at = typed(node, source);
      // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
      if (at === undefined) return;
      for (const match of withoutEscapes(at.text).matchAll(TAG_START)) {
        const offset = at.offset + match.index;
        // The tag may run on past its text node (`<a href=https://…` is cut where the address is linked), never past its block.
        const tag = offset < readTo ? undefined : unreadTag(source, offset, blockEnd);
        if (tag === undefined) continue;
        readTo = offset + tag.tag.length;
        found.push({
          line: lineOf(offset),
          severity: "error",
          message: `the page shows ${quote(tag.tag)} as typed, not as ${MEANT.get(tag.name.toLowerCase()) ?? "HTML"}, because the value of its \`${tag.attribute}\` holds ${named(tag.chars)} and is not in quotes; put it in double quotes: write ${quote(lineToWrite(source, offset, readTo, quoted(tag.tag)))}`,
        });
      }
    });
  });
  return found;
}
