import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { SectionHeading } from "./references";
import { firstRepeatsTitle } from "./title-headings";

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

/** The level a heading skipping one must take instead, and where it stands (`is the text's first heading, …`). */
export type SkippedLevel = { allowed: number; where: string };

/**
 * Whether the heading at `index` of a page's headings skips a level: the first must be a `##`
 * (the title is the page's one level-1 heading), each later one at most one level below the one
 * before. Undefined for a heading at a level it may take, for a first heading that only repeats
 * the title, and on a bio, which the rule leaves out.
 */
export function skippedLevel(page: CheckedPage, index: number): SkippedLevel | undefined {
  const { headings } = page.references;
  const heading = headings[index];
  // A first heading that repeats the title is to be deleted (title-headings.ts): the one after it is judged as the first.
  const repeat = firstRepeatsTitle(page);
  const before = headings[index - 1] === repeat ? undefined : headings[index - 1];
  const allowed = (before?.level ?? 1) + 1;
  if (isBio(page) || heading === undefined || heading === repeat || heading.level <= allowed) return undefined;
  return { allowed, where: before === undefined ? "is the text's first heading, whose level is 2 (the title is level 1)" : `comes under ${named(before)} and skips a level` };
}

/**
 * An article's headings go down one level at a time (`skippedLevel`). A skipped level (`####`
 * under `##`) is an error (axe's and Lighthouse's `heading-order`), with the line to write; but
 * not for a heading the page shows without words (`unnamed`: checkUnnamedHeadings' errors), whose
 * own message gives the level. Bios are left out: the pages that show them put them under headings
 * of their own.
 */
export function checkHeadingOrder(pages: readonly CheckedPage[], unnamed: readonly ContentIssue[] = []): ContentIssue[] {
  return pages.flatMap((page) =>
    page.references.headings.flatMap((heading, index): ContentIssue[] => {
      const skipped = skippedLevel(page, index);
      // A heading without words (`###` alone, `### &#x20;`, `unnamed`) is an error of its own, which names the level to write (empty-headings.ts).
      const shownEmpty = heading.text === "" || unnamed.some((issue) => issue.file === page.file && issue.line === heading.line);
      if (skipped === undefined || shownEmpty) return [];
      const message = `the heading ${quote(heading.text)} (${quote(heading.written)}) ${skipped.where}; ${WHY}; write ${rewritten(heading, skipped.allowed)}`;
      return [{ file: page.file, line: heading.line, severity: "error", message }];
    }),
  );
}
