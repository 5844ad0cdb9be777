import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

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
        message: `a heading without words (${quote(written)} alone on its line) would show readers an empty section title, and screen readers announce it as a heading with no name; write the section's name after it, like ${quote(`${written} Storing pearls`)}, or delete the line`,
      })),
  );
}
