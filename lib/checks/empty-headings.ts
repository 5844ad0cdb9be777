import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { Renderers } from "./renderers";

/** What a screen reader makes of a heading without words. */
const WHY = "would show readers an empty section title, and screen readers announce it as a heading with no name";

/**
 * `##` with nothing after it is a heading without words: the page would show an empty section
 * title, which screen readers announce as a heading with no name. An error, with the line to write
 * or the line to delete. (An empty `#` is a title heading, reported by title-headings.ts.)
 */
export function checkEmptyHeadings(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) =>
    page.references.headings
      // Stryker disable next-line MethodExpression: a `#` heading's markup is its marks alone, so it starts and ends with `#`; an HTML heading's is `<h2>`
      .filter(({ text, written }) => text === "" && written.startsWith("#"))
      .map(({ line, written }): ContentIssue => ({
        file: page.file,
        line,
        severity: "error",
        message: `a heading without words (${quote(written)} alone on its line) ${WHY}; write the section's name after it, like ${quote(`${written} Storing pearls`)}, or delete the line`,
      })),
  );
}

/** A heading written in HTML, `<h2>` to `<h6>`: only a text holding one is rendered. */
const MAY_HOLD_HTML_HEADING = /<h[2-6]/i;

/**
 * `<h3></h3>`: the same mistake written in HTML, asked of the page's own pipeline
 * (lib/content/unnamed-headings.ts), so a heading named by a picture's description
 * (`<h3><img alt="A ring"></h3>`) passes. Bios drop HTML, so theirs are never shown.
 */
export async function checkEmptyHtmlHeadings(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const suspects = pages.filter((page) => !isBio(page) && MAY_HOLD_HTML_HEADING.test(page.body.text));
  if (suspects.length === 0) return [];
  const { unnamedHeadings } = await renderers();
  const found = await Promise.all(
    suspects.map(async (page) =>
      (await unnamedHeadings(page.body.text)).map(({ line, tagName }): ContentIssue => ({
        file: page.file,
        line: page.body.line + line - 1,
        severity: "error",
        message: `a heading without words (${quote(`<${tagName}></${tagName}>`)}) ${WHY}; write the section's name between its tags, like ${quote(`<${tagName}>Storing pearls</${tagName}>`)}, or delete it`,
      })),
    ),
  );
  return found.flat();
}
