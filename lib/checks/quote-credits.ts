import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

/**
 * `> - Isla Marrow` is a bulleted list inside the quote, and `- Isla Marrow` right under a quote a
 * list after it: neither is the quote's credit, which starts with `--` or `—` (see
 * rehype-quote-attribution.ts). Inside the quote it is an error; under it, where a list of one
 * item may be meant, a warning. So is `-- Isla Marrow` after the quote with a blank line between,
 * a line of its own (an article's signature may be meant). All give the line to write.
 */
export function checkQuoteCredits(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) =>
    page.references.listedCredits.map(({ name, line, inQuote, under }): ContentIssue => {
      if (under !== undefined) {
        const [from, to] = under.blank;
        const [between, blank] = from === to ? ["a blank line stands", `the blank line above it (line ${from})`] : ["blank lines stand", `the blank lines above it (lines ${from} to ${to})`];
        const message = `the line ${quote(`${under.dash} ${name}`)} under the quote is shown as a line of text after it, not as the quote's credit, because ${between} between them; write it as the quote's last line, ${quote(`${under.marks}${under.dash} ${name}`)}, and delete ${blank}`;
        return { file: page.file, line, severity: "warning", message };
      }
      const write = quote(`> -- ${name}`);
      const message = inQuote
        ? `the line ${quote(`> - ${name}`)} is shown as a bulleted list inside the quote, not as its credit; start the credit with two hyphens: write ${write}`
        : `the line ${quote(`- ${name}`)} under the quote is shown as a bulleted list, not as the quote's credit; write it as the quote's last line, with two hyphens: ${write}`;
      return { file: page.file, line, severity: inQuote ? "error" : "warning", message };
    }),
  );
}
