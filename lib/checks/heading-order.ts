import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { SectionHeading, TitleHeading } from "./references";
import { firstRepeatsTitle, titleHeadingsKept } from "./title-headings";

/** The marks of a heading at `level` as it is written: `###`, or `<h3>` for one written as HTML. */
function marksAt(written: string, level: number): string {
  return written.startsWith("<") ? `<h${level}>` : "#".repeat(level);
}

/** The heading as it should be written at `level`: `### Cloths`, or `<h3>` for one written as HTML. */
function rewritten(heading: SectionHeading, level: number): string {
  if (heading.written.startsWith("<")) return `${quote(`<h${level}>`)} and ${quote(`</h${level}>`)} instead of ${quote(heading.written)} and ${quote(`</h${heading.level}>`)}`;
  return quote(`${"#".repeat(level)} ${heading.text}`);
}

/** A heading in the order, as written, with the level it has once mended as its own message says. */
type Mended = { text: string; written: string; line: number; level: number; mended: number; section?: SectionHeading };

/** The heading above, as the message names it: its words and marks, or its marks alone when it has none, and the level its own fix gives it. */
function named(above: Mended): string {
  const fix = above.mended === above.level ? "" : `to become ${quote(marksAt(above.written, above.mended))}`;
  if (above.text === "") return `the ${quote(above.written)} on line ${above.line}${fix === "" ? "" : ` (${fix})`}`;
  return `${quote(above.text)} (${quote(above.written)}, line ${above.line}${fix === "" ? "" : `, ${fix}`})`;
}

/** A `# Intro`, `===` or `<h1>` heading kept on the page: title-headings.ts tells it to become a `##` or `<h2>` section. */
const asSection = ({ text, written, line }: TitleHeading): Mended => ({ text, written, line, level: 1, mended: 2 });

const WHY = "screen-reader users, who move through a page by its headings, would look for a section that is not there";

/** The level a heading skipping one must take instead, and where it stands (`is the text's first heading, …`). */
export type SkippedLevel = { allowed: number; where: string };

/**
 * For each of a page's section headings, whether it skips a level: the first must be a `##` (the
 * title is the page's one level-1 heading), each later one at most one level below the one before,
 * judged by the level that one has once every heading message is followed, so a jeweler gets all
 * the fixes in one run. A title heading kept on the page counts as the `##` it is told to become;
 * one that repeats the title, and a first section heading that does (title-headings.ts), are to go
 * and count for nothing. Undefined for a heading at a level it may take, for that repeat, and on a
 * bio, which the rule leaves out.
 */
export function skippedLevels(page: CheckedPage): (SkippedLevel | undefined)[] {
  const skipped = new Map<SectionHeading, SkippedLevel>();
  mendedHeadings(page, skipped);
  return page.references.headings.map((heading) => skipped.get(heading));
}

/** Where a heading at `allowed` stands: the text's first, or under `before` (as its own message mends it). */
const standing = (before: Mended | undefined) => (before === undefined ? "is the text's first heading, whose level is 2 (the title is level 1)" : `comes under ${named(before)} and skips a level`);

/**
 * A page's headings in order, each at the level it takes once mended (`skippedLevels`), noting in
 * `skipped` those that change; none on a bio, which the rule leaves out.
 */
function mendedHeadings(page: CheckedPage, skipped = new Map<SectionHeading, SkippedLevel>()): Mended[] {
  if (isBio(page)) return [];
  const repeat = firstRepeatsTitle(page);
  const sections = page.references.headings.filter((heading) => heading !== repeat).map((heading): Mended => ({ ...heading, mended: heading.level, section: heading }));
  // Sorting is stable, so a title heading on the same line as a section heading (both in one HTML block) comes first.
  const order = [...titleHeadingsKept(page).map(asSection), ...sections].sort((a, b) => a.line - b.line);
  const mended: Mended[] = [];
  for (const heading of order) {
    const before = mended.at(-1);
    const allowed = (before?.mended ?? 1) + 1;
    if (
      heading.level <= allowed ||
      // Stryker disable next-line ConditionalExpression: only a title heading kept on the page has no section, and it is level 1, which every heading may take, so `heading.level <= allowed`, tested first, already returns it; the test is for the type checker
      heading.section === undefined
    ) {
      mended.push(heading);
      continue;
    }
    skipped.set(heading.section, { allowed, where: standing(before) });
    mended.push({ ...heading, mended: allowed });
  }
  return mended;
}

/**
 * For a heading meant on `line` but not yet read as one (`###Care`, glued-hashes.ts), the level it
 * may take at most once the headings above are mended as their messages say, and where it stands;
 * `meant` is such a heading meant above it, at the level it is told to take. Undefined on a bio.
 */
export function levelAllowedAt(page: CheckedPage): ((line: number, meant?: { text: string; written: string; line: number; level: number }) => SkippedLevel) | undefined {
  if (isBio(page)) return undefined;
  const order = mendedHeadings(page);
  return (line, meant) => {
    const above = order.findLast((heading) => heading.line < line);
    const before = meant !== undefined && (above === undefined || meant.line > above.line) ? { ...meant, mended: meant.level } : above;
    return { allowed: (before?.mended ?? 1) + 1, where: standing(before) };
  };
}

/**
 * An article's headings go down one level at a time (`skippedLevels`). A skipped level (`####`
 * under `##`) is an error (axe's and Lighthouse's `heading-order`), with the line to write; but
 * not for a heading the page shows without words (`unnamed`: checkUnnamedHeadings' errors), whose
 * own message gives the level. Bios are left out: the pages that show them put them under headings
 * of their own.
 */
export function checkHeadingOrder(pages: readonly CheckedPage[], unnamed: readonly ContentIssue[]): ContentIssue[] {
  return pages.flatMap((page) => {
    const levels = skippedLevels(page);
    return page.references.headings.flatMap((heading, index): ContentIssue[] => {
      const skipped = levels[index];
      // A heading without words (`###` alone, `### &#x20;`, `unnamed`) is an error of its own, which names the level to write (empty-headings.ts).
      const shownEmpty = heading.text === "" || unnamed.some((issue) => issue.file === page.file && issue.line === heading.line);
      if (skipped === undefined || shownEmpty) return [];
      const message = `the heading ${quote(heading.text)} (${quote(heading.written)}) ${skipped.where}; ${WHY}; write ${rewritten(heading, skipped.allowed)}`;
      return [{ file: page.file, line: heading.line, severity: "error", message }];
    });
  });
}
