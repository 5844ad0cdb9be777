import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

/** A label as Markdown matches it to its address line: `[Gold  Ring]` is `[gold ring]`. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * `[our guide][guide]` takes its address from a line `[guide]: https://…` elsewhere in the text;
 * without that line the page shows the brackets as typed. An error, with both ways to write it.
 */
export function checkUnreadReferences(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    // A line the page shows as text, `[ring]: </articles/gold\`, gives their address: broken-address-lines.ts tells that line.
    const given = new Set(page.references.brokenAddressLines.flatMap((broken) => (broken.shown ? [labelKey(broken.label)] : [])));
    return page.references.unreadReferences.filter(({ label }) => !given.has(labelKey(label))).map(({ written, image, words, label, line }): ContentIssue => {
      const kind = image ? "picture" : "link";
      const address = image ? "/images/articles/ring.jpg" : "https://…";
      const inline = `${image ? "!" : ""}[${words}](${image ? address : "/articles/silver-care"})`;
      const message = `the ${kind} ${quote(written)} is shown as the text you typed: no line in the text gives the address of ${quote(`[${label}]`)}; add one on a line of its own at the end of the text, like ${quote(`[${label}]: ${address}`)}, or write the address in the ${kind} itself, like ${quote(inline)}`;
      return { file: page.file, line, severity: "error", message };
    });
  });
}
