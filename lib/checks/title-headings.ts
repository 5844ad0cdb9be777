import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

/**
 * The title the page already shows as its heading ("" when its fields have errors), or undefined
 * for an author's page, whose bio sits under headings of its own.
 */
function titleOf(page: CheckedPage): string | undefined {
  if (page.kind === "article") return page.article.title;
  if (page.kind === "page") return page.page.title ?? "";
  return page.kind === "broken" && page.broken.kind === "article" ? "" : undefined;
}

const same = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, " ") === b.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * An article's title, or the about page's, is its page's one top heading (`<h1>`): a `# Heading`
 * in the text would make a second one, which screen readers and search engines take for another
 * title. An error, with the `## ` line to write, or the line to delete when it only repeats the title.
 */
export function checkTitleHeadings(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    const title = titleOf(page);
    if (title === undefined) return [];
    return page.references.titleHeadings.map(({ text, line, written, underline }): ContentIssue => {
      const section = written === "<h1>" ? "start sections with `<h2>`: write `<h2>` and `</h2>` instead of `<h1>` and `</h1>`" : `start sections at ##: write ${quote(`## ${text}`)}`;
      // `Title` over `=====`: the `===` line goes too, or it would show as text under the new heading.
      const underlined = underline === undefined ? "" : ` and delete the \`===\` line under it (line ${underline})`;
      const repeated = underline === undefined ? "so this line shows it twice: delete it" : `so these lines show it twice: delete lines ${line} to ${underline}`;
      const fix = title !== "" && text !== "" && same(text, title) ? repeated : `${section}${underlined}`;
      return { file: page.file, line, severity: "error", message: `${text === "" ? "a heading" : `the heading ${quote(text)}`} is written as a title (${quote(written)}), but the title is already the page's heading; ${fix}` };
    });
  });
}
