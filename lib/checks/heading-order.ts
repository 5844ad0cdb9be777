import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { SectionHeading } from "./references";

/** The heading as it should be written at `level`: `### Cloths`, or `<h3>` for one written as HTML. */
function rewritten(heading: SectionHeading, level: number): string {
  if (heading.written.startsWith("<")) return `${quote(`<h${level}>`)} and ${quote(`</h${level}>`)} instead of ${quote(heading.written)} and ${quote(`</h${heading.level}>`)}`;
  return quote(`${"#".repeat(level)} ${heading.text}`);
}

/** The heading above, as the message names it: its words and marks, or its marks alone when it has none. */
function named(heading: SectionHeading): string {
  return heading.text === "" ? `the ${quote(heading.written)} on line ${heading.line}` : `${quote(heading.text)} (${quote(heading.written)}, line ${heading.line})`;
}

const WHY = "screen-reader users, who move through a page by its headings, would look for a section that is not there";

/**
 * An article's headings go down one level at a time: its first is a `##` (the title is the page's
 * one level-1 heading), and each later one at most one level below the one before. A skipped
 * level (`####` under `##`) is an error (axe's and Lighthouse's `heading-order`), with the line to
 * write. Bios are left out: the pages that show them put them under headings of their own.
 */
export function checkHeadingOrder(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    if (isBio(page)) return [];
    const issues: ContentIssue[] = [];
    let before: SectionHeading | undefined;
    for (const heading of page.references.headings) {
      const allowed = (before?.level ?? 1) + 1;
      // A heading without words is an error of its own (empty-headings.ts), but still has its level.
      if (heading.level > allowed && heading.text !== "") {
        const where = before === undefined ? "is the text's first heading, whose level is 2 (the title is level 1)" : `comes under ${named(before)} and skips a level`;
        const message = `the heading ${quote(heading.text)} (${quote(heading.written)}) ${where}; ${WHY}; write ${rewritten(heading, allowed)}`;
        issues.push({ file: page.file, line: heading.line, severity: "error", message });
      }
      before = heading;
    }
    return issues;
  });
}
