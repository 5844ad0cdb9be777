import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { Renderers } from "./renderers";
import { skippedLevels, type SkippedLevel } from "./heading-order";
import type { SectionHeading } from "./references";
import type { UnnamedHeading } from "../content/unnamed-headings";

/** What a screen reader makes of a heading without words. */
const WHY = "would show readers an empty section title, and screen readers announce it as a heading with no name";

/** The marks of a heading at `level`: `###` for 3. */
const marksOf = (level: number) => "#".repeat(level);

/** What a heading without words that also skips a level is told, so the name written in is not refused next (heading-order.ts). */
const also = (skipped: SkippedLevel | undefined) => (skipped === undefined ? "" : `; it also ${skipped.where}`);

/** `##` alone: a heading whose Markdown holds no words, reported from the Markdown itself. */
function marksAlone({ text, written }: SectionHeading): boolean {
  // Stryker disable next-line MethodExpression: a `#` heading's markup is its marks alone, so it starts and ends with `#`; an HTML heading's is `<h2>`
  return text === "" && written.startsWith("#");
}

/**
 * What else a heading without words holds on its line: the spaces that are not ordinary ones
 * (`## ` and a Mac's Option-Space), which its words are read without, as a title's repeat needs.
 */
function hiddenSpaces(page: CheckedPage, { line, written }: SectionHeading): string {
  // Stryker disable next-line StringLiteral: the heading's line is a line of the body, so the fallback never runs
  const text = page.body.text.split(/\r\n|\r|\n/)[line - page.body.line] ?? "";
  return text.slice(text.indexOf(written) + written.length).replace(/[ \t#]/g, "");
}

/** `##` alone, or `##` and `\u{a0}`, as the message names what is on the line. */
function shownAlone(page: CheckedPage, heading: SectionHeading): string {
  const hidden = hiddenSpaces(page, heading);
  return hidden === "" ? `${quote(heading.written)} alone on its line` : `${quote(heading.written)} and ${quote(hidden)}, a space that is not an ordinary one, alone on its line`;
}

/**
 * `##` with nothing after it is a heading without words: the page would show an empty section
 * title, which screen readers announce as a heading with no name. An error, with the line to write
 * or the line to delete. (An empty `#` is a title heading, reported by title-headings.ts.)
 */
export function checkEmptyHeadings(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    const levels = skippedLevels(page);
    return page.references.headings.flatMap((heading, index): ContentIssue[] => {
      if (!marksAlone(heading)) return [];
      const { line, written } = heading;
      const skipped = levels[index];
      const write = skipped === undefined ? "after it" : `after ${quote(marksOf(skipped.allowed))}`;
      const marks = skipped === undefined ? written : marksOf(skipped.allowed);
      const message = `a heading without words (${shownAlone(page, heading)}) ${WHY}${also(skipped)}; write the section's name ${write}, like ${quote(`${marks} Storing pearls`)}, or delete the line`;
      return [{ file: page.file, line, severity: "error", message }];
    });
  });
}

/** A heading written in HTML, `<h2>` to `<h6>`: a text holding one is rendered. */
const MAY_HOLD_HTML_HEADING = /<h[2-6]/i;

/**
 * The words of a heading that the page may show as nothing: none that are letters or digits,
 * or markup that can hide them (`&#x20;`, `<!-- -->`, `[](/x)`). A page holding one is rendered.
 */
const MAY_SHOW_NO_WORDS = /^[^\p{L}\p{N}]*$|[&<[]/u;

/** Whether the page may show a heading without a name that checkEmptyHeadings does not report, or one of symbols alone: only such a page is rendered. */
export function maySuspect(page: CheckedPage): boolean {
  if (!isBio(page) && MAY_HOLD_HTML_HEADING.test(page.body.text)) return true;
  return page.references.headings.some((heading) => !marksAlone(heading) && MAY_SHOW_NO_WORDS.test(heading.text));
}

/**
 * The message for a heading the page shows without a name, in the words of checkEmptyHeadings';
 * `skipped` when its level skips one, so the example takes the level heading-order.ts accepts.
 */
function unnamedMessage({ tagName, html, written }: UnnamedHeading, skipped: SkippedLevel | undefined, bioPicture: boolean): string {
  const level = skipped?.allowed ?? Number(tagName.slice(1));
  if (html) {
    const between = skipped === undefined ? "between its tags" : `between ${quote(`<h${level}>`)} and ${quote(`</h${level}>`)}`;
    return `a heading without words (${quote(`<${tagName}></${tagName}>`)}) ${WHY}${also(skipped)}; write the section's name ${between}, like ${quote(`<h${level}>Storing pearls</h${level}>`)}, or delete it`;
  }
  const marks = marksOf(level);
  // An underlined heading is its words' lines and the line of dashes under them.
  const lines = written.split("\n");
  // Stryker disable next-line StringLiteral: splitting gives one line at least, so the fallback never runs
  const underline = lines.pop() ?? "";
  const shown = lines.length === 0 ? quote(underline) : `${quote(lines.join("\n"))} over ${quote(underline.trim())}`;
  // In an article a picture's description names its heading; a bio's page leaves the picture out, which the author cannot guess.
  const none = bioPicture ? "shows none: a bio shows no pictures, so its picture is left out" : "shows none";
  return `a heading without words (${shown} ${none}) ${WHY}${also(skipped)}; replace it with the section's name, like ${quote(`${marks} Storing pearls`)}, or delete ${lines.length === 0 ? "the line" : "its lines"}`;
}

/**
 * The same mistake where the Markdown alone does not tell: `<h3></h3>` written in HTML, and
 * `## &#x20;`, `## <!-- -->` or `## [](/x)`, which the page shows as nothing. Asked of the page's
 * own pipeline (lib/content/unnamed-headings.ts), so a heading named by a picture's description
 * (`<h3><img alt="A ring"></h3>`, `## ![A ring](/ring.jpg)`) passes in an article; a bio drops
 * HTML and pictures, as its page does. `##` alone is left to checkEmptyHeadings.
 */
export async function checkUnnamedHeadings(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const suspects = pages.filter(maySuspect);
  if (suspects.length === 0) return [];
  const { pageTree, unnamedHeadings } = await renderers();
  const found = await Promise.all(
    suspects.map(async (page) => {
      const reported = new Set(page.references.headings.filter(marksAlone).map(({ line }) => line));
      const levels = skippedLevels(page);
      return unnamedHeadings(await pageTree(page.body.text, { bio: isBio(page) })).flatMap((heading): ContentIssue[] => {
        const line = page.body.line + heading.line - 1;
        // The same heading as the checks' own parser found it, which places it among the others.
        const index = page.references.headings.findIndex((found) => found.line === line && `h${found.level}` === heading.tagName);
        const last = line + heading.written.split("\n").length - 1;
        // A heading takes its whole lines, so a picture on them is in it, one in a link too (bio-pictures.ts leaves it to this message).
        const bioPicture = isBio(page) && page.references.images.some((image) => image.line >= line && image.line <= last);
        return reported.has(line) ? [] : [{ file: page.file, line, severity: "error", message: unnamedMessage(heading, levels[index], bioPicture) }];
      });
    }),
  );
  return found.flat();
}
