import type { Element, ElementContent } from "hast";
import { toString } from "hast-util-to-string";
import { EXIT, visit } from "unist-util-visit";
import { INVISIBLE } from "./invisible";
import { HEADING_ANCHOR } from "./markdown";
import type { PageTree } from "./page-tree";

/**
 * A section heading the page would show without a name: its line in the Markdown, its tag (`h3`),
 * whether it was written in HTML, and the Markdown it was written as (`## &#x20;`, `<h3></h3>`).
 */
export type UnnamedHeading = { line: number; tagName: string; html: boolean; written: string };

/** Whether a heading holds a picture: its description is the heading's name, which the picture check asks for. */
function holdsPicture(heading: Element): boolean {
  let found = false;
  visit(heading, { type: "element", tagName: "img" }, () => {
    found = true;
    return EXIT;
  });
  return found;
}

const INVISIBLES = new RegExp(INVISIBLE.source, "gu");

/** Whether the element is the `#` link the page adds to a section heading. */
function isAnchor(node: ElementContent): boolean {
  const classes = node.type === "element" ? node.properties.className : undefined;
  return Array.isArray(classes) && classes.includes(HEADING_ANCHOR);
}

/** The words a heading shows: its text without the page's `#` link and without characters that show nothing (`&#8203;`). */
export function shownWords(heading: Element): string {
  return toString({ ...heading, children: heading.children.filter((child) => !isAnchor(child)) }).replace(INVISIBLES, "").trim();
}

/**
 * The `<h2>`–`<h6>` that the page would show with neither words nor a picture, written in HTML
 * (`<h3></h3>`, `<h3>&nbsp;</h3>`) or with `#` (`## &#x20;`, `## <!-- -->`, `## [](/x)`, `## &#8203;`), read
 * from the page's own tree, so a heading whose words come after a blank line, inside it, is not one;
 * a bio's drops pictures, so `## ![A ring](/ring.jpg)` is a heading without a name there.
 */
export function unnamedHeadings({ markdown, tree }: PageTree): UnnamedHeading[] {
  const found: UnnamedHeading[] = [];
  // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named h2 to h6
  visit(tree, "element", (node: Element) => {
    // A heading the pipeline adds itself (the footnotes' label) has no place in the Markdown, and no line to name.
    // Stryker disable next-line Regex: after the sanitizer no other tag name starts or ends with `h` and a digit
    if (!/^h[2-6]$/.test(node.tagName) || node.position === undefined) return;
    const { start, end } = node.position;
    if (shownWords(node) !== "" || holdsPicture(node)) return;
    const written = markdown.slice(start.offset, end.offset);
    found.push({ line: start.line, tagName: node.tagName, html: written.startsWith("<"), written });
  });
  return found;
}
