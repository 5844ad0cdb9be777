import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

/**
 * `[our guide][guide]` takes its address from a line `[guide]: https://…` elsewhere in the text;
 * without that line the page shows the brackets as typed. An error, with both ways to write it.
 */
export function checkUnreadReferences(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) =>
    page.references.unreadReferences.map(({ written, image, words, label, line }): ContentIssue => {
      const kind = image ? "picture" : "link";
      const address = image ? "/images/articles/ring.jpg" : "https://…";
      const inline = `${image ? "!" : ""}[${words}](${image ? address : "/articles/silver-care"})`;
      const message = `the ${kind} ${quote(written)} is shown as the text you typed: no line in the text gives the address of ${quote(`[${label}]`)}; add one on a line of its own at the end of the text, like ${quote(`[${label}]: ${address}`)}, or write the address in the ${kind} itself, like ${quote(inline)}`;
      return { file: page.file, line, severity: "error", message };
    }),
  );
}
