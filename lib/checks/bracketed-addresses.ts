import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { markdownTree } from "../content/markdown-syntax";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, TEXT_BLOCKS, typed, withoutEscapes, type Surprise } from "./markdown-source";
import { isWebsite } from "./misread-links";

/*
 * `<www.assayoffice.co.uk>`: an address between `<` and `>` is read as a link only with its
 * `https://`, so the page shows the brackets, linking `www.…` between them to `http://` (or
 * nothing at all for `<assayoffice.co.uk>`), with no message (the jeweler's trial of 2026-12-07).
 * Read from the text the page shows, so code and an escaped `\<` are left alone.
 */

/** `<` and a name with a dot before `>`: markdown-surprises.ts parses a body only when it holds one. */
export const BRACKETED_ADDRESS = /<[^\s<>@:/]+\.[^\s<>@]+>/;

/** What follows a `<` the page shows, up to its `>`: an address with no scheme, a space or a bracket in it. */
const BRACKETED = /^<[^\s<>:@]+(?:[/?#][^\s<>]*)?>/;

/** The nodes whose characters the page does not show as text of the block: a `<` there is code's, a tag's or a link's. */
const NOT_TEXT = new Set(["inlineCode", "html", "link", "image", "linkReference", "imageReference", "footnoteReference"]);

/**
 * Whether the body's character at `offset` is shown as text of `block`: in no code span, tag or
 * link. Asked of the nodes that keep their place, since remark's linking of `www.…` leaves the text
 * around the link without one.
 */
function shownAsText(block: Nodes, offset: number): boolean {
  let inside = false;
  visit(block, (node) => {
    // Stryker disable next-line UnaryOperator: a node without its place (a link remark makes of `www.…`, the text around it) is left out by `from`, Infinity, whatever `to` is
    const [from, to] = [node.position?.start.offset ?? Infinity, node.position?.end.offset ?? -Infinity];
    // Stryker disable next-line EqualityOperator: `from < offset` differs only for a node starting at the `<`, and none does: an autolink's address holds a `:` or `@`, a tag's name no dot
    const startsBefore = from <= offset;
    if (NOT_TEXT.has(node.type) && startsBefore && offset < to) inside = true;
  });
  return !inside;
}

/**
 * How the page shows `whole`, a bracketed address: remark links a `www.` that starts a text or
 * follows a space or a punctuation mark, to `http://`. Such a link has no place in the body, so
 * the address is read alone, as the page reads it between its brackets.
 */
function shownAs(whole: string, address: string): string {
  let url: string | undefined;
  visit(markdownTree(whole), "link", (link) => {
    url = link.url;
  });
  if (url === undefined) return "as typed, with its angle brackets and no link";
  if (url === `http://${address}`) return "with its angle brackets, the address between them a link";
  return `with its angle brackets, part of the address a link to ${quote(url)}`;
}

/** Each `<address>` shown with its brackets, told the line to write with `https://`; `firstLine` is the file line the body starts on. */
export function bracketedAddresses(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, [...TEXT_BLOCKS], (block) => {
    const at = typed(block, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every block one
    if (at === undefined) return;
    for (const { index } of withoutEscapes(at.text).matchAll(/</g)) {
      const start = at.offset + index;
      const bracketed = BRACKETED.exec(source.slice(start, at.offset + at.text.length));
      if (bracketed === null) continue;
      const [whole] = bracketed;
      const address = whole.slice(1, -1);
      if (!isWebsite(address) || !shownAsText(block, start)) continue;
      const write = lineToWrite(source, start, start + whole.length, `<https://${address}>`);
      found.push({
        line: lineOf(start),
        severity: "error",
        message: `${quote(whole)} is shown ${shownAs(whole, address)}, because between \`<\` and \`>\` an address is read as a link only when it starts with \`https://\`; write ${quote(write)}, or, with words of your own, ${quote(`[words](https://${address})`)}`,
      });
    }
  });
  return found;
}
