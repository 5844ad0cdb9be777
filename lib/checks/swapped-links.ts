import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, TEXT_BLOCKS, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `(our guide)[/articles/gold-karats]` and `!(A ring)[/images/ring.jpg]`: a link or a picture with
 * its words and its address swapped, which the page shows as typed (the jeweler's trial of
 * 2026-12-07). Read from the text the page shows, so code is left alone; only an address in the
 * square brackets makes it one, so prose like `(see [1])` or `(a)[b]` passes.
 */

/** `(words)[` or `!(words)[` as the page shows it, typed. */
const SWAPPED = /(!?)\(([^()[\]\n]+)\)\[/g;

/** What follows the `[`: an address, as a link's starts, up to its `]`. */
const ADDRESS = /^((?:\/|#|https?:\/\/|mailto:)[^[\]\s]*)\]/i;

/** `)[` and what may start an address, in either case (the gate joins patterns without the `i` flag): markdown-surprises.ts parses a body only when it holds one. */
export const SWAPPED_LINK = /\)\[[/#hHmM]/;

/** What in a block is not its text: code, HTML, and links and pictures Markdown read. */
const NOT_TEXT = ["inlineCode", "html", "link", "image", "linkReference", "imageReference"] as const;

/**
 * Each link or picture in `tree`'s text with its words and address swapped; `firstLine` is the
 * file line the body starts on. Read from each block as typed, leaving out its code, HTML and
 * links: the text around a website's address has no place in the tree (remark's GFM autolinks).
 */
export function swappedLinks(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, [...TEXT_BLOCKS], (block) => {
    const at = typed(block, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every block one
    if (at === undefined) return;
    // Stryker disable next-line ArrayDeclaration: a string in the list gives two letters as its ends, and a number compared with a letter is never greater or smaller, so it skips nothing
    const skipped: [number, number][] = [];
    visit(block, [...NOT_TEXT], (node) => {
      const inside = typed(node, source);
      if (inside !== undefined) skipped.push([inside.offset, inside.offset + inside.text.length]);
    });
    for (const match of withoutEscapes(at.text).matchAll(SWAPPED)) {
      // Stryker disable next-line StringLiteral: the pattern's two groups take part in every match, so the fallbacks never run
      const [opened, bang = "", words = ""] = match;
      const start = at.offset + match.index;
      const inSkipped = skipped.some(
        ([from, to]) =>
          // Stryker disable next-line EqualityOperator: no code, HTML, link or picture starts with `(` or `!(`, as a match does, so `start > from` skips the same
          start >= from &&
          start < to,
      );
      if (inSkipped) continue;
      const address = ADDRESS.exec(source.slice(start + opened.length));
      if (address === null) continue;
      // Stryker disable next-line StringLiteral: the pattern's group takes part in every match, so the fallback never runs
      const [closed, written = ""] = address;
      const end = start + opened.length + closed.length;
      const [kind, what, where] = bang === "" ? ["link", "words", "address"] : ["picture", "description", "path"];
      const meant = lineToWrite(source, start, end, `${bang}[${words}](${written})`);
      const message = `the ${kind} ${quote(source.slice(start, end))} is shown as the text you typed, not as a ${kind}, because its ${what} and its ${where} are swapped: a ${kind} has its ${what} between square brackets, then its ${where} between round ones; write ${quote(meant)}`;
      found.push({ line: lineOf(start), severity: "error", message });
    }
  });
  return found;
}
