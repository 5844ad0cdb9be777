import type { Element } from "hast";
import { slug } from "github-slugger";
import { visit } from "unist-util-visit";
import type { PageTree } from "./page-tree";
import { shownWords } from "./unnamed-headings";

/** A section heading of symbols alone (`## 💎`): its line in the Markdown, its tag, how it was written, the words it shows and the id the page gives it. */
export type SymbolHeading = { line: number; tagName: string; written: string; words: string; id: string };

/** The id a heading gets from a slug without words: the prefix, numbered on when taken (`user-content-`, `user-content--1`, a bio's `bio-`). */
const WORDLESS_ID = /^(?:user-content-|bio-)-*\d*$/;

/**
 * The `<h2>`–`<h6>` that show words but no letter or digit (`## 💎`, `## ***`), read from the
 * page's own tree: their slug is empty, or hyphens for spaces (GitHub's slugs keep only letters,
 * digits, spaces and hyphens), so the page names their section by its prefix, `#user-content-`.
 */
export function symbolHeadings({ markdown, tree }: PageTree): SymbolHeading[] {
  const found: SymbolHeading[] = [];
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named h2 to h6
  visit(tree, "element", (node: Element) => {
    // Stryker disable next-line Regex: after the sanitizer no other tag name starts or ends with `h` and a digit
    if (!/^h[2-6]$/.test(node.tagName)) return;
    // Stryker disable next-line ConditionalExpression: only the heading the pipeline adds itself has no position, the footnotes' label, and its words ("Footnotes") stop it below
    if (node.position === undefined) return;
    const { id } = node.properties;
    const words = shownWords(node);
    if (words === "" || /[^-]/.test(slug(words)) || typeof id !== "string" || !WORDLESS_ID.test(id)) return;
    const { start, end } = node.position;
    found.push({ line: start.line, tagName: node.tagName, written: markdown.slice(start.offset, end.offset), words, id });
  });
  return found;
}
