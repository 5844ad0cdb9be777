import type { ContentIssue } from "../content/issues";
import { asWritten, quote } from "../content/printable";
import { keepsLinkAddress } from "../content/sanitize-schema";
import type { HtmlLink, MarkdownLink } from "./references";
import { linksWritten, type CheckedPage } from "./pages";

const KINDS = "`https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number)";

/** The link's words as the page shows them: spaces and line breaks between them read as one space. */
const wordsOf = (link: MarkdownLink) => link.text.replace(/\s+/g, " ").trim();
/** The words quoted, or "its words" when none were found (an `<a href>` alone on its line, its words further down). */
const shown = (words: string) => (words === "" ? "its words" : quote(words));
const keepWords = (words: string) => (words === "" ? "remove the link and keep its words" : `remove the link and keep its words: ${quote(words)}`);

/** How to mend a link with no address, as it was written: `[words]()` or `<a href="">`. */
function noAddress(link: MarkdownLink | HtmlLink, words: string): string {
  if ("written" in link) {
    return `the link ${quote(link.written)} has no address, so the page shows ${shown(words)} as plain text; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or ${keepWords(words)}`;
  }
  return `the link ${quote(`[${words}]()`)} has no address, so the page shows ${quote(words)} as plain text; write the address between the round brackets, like ${quote(`[${words}](/articles/silver-care)`)}, or remove the brackets: ${quote(words)}`;
}

/**
 * What is wrong with a link the page would show as plain text, and what to write; undefined for a
 * working link. Markdown's `[words](address)` and HTML's `<a href>` get the same rules.
 */
export function deadLinkProblem(link: MarkdownLink | HtmlLink): string | undefined {
  if (keepsLinkAddress(link.url)) return undefined;
  const url = asWritten(link.url);
  const words = wordsOf(link);
  if (url === "") return noAddress(link, words);
  const colon = link.url.indexOf(":") + 1;
  const scheme = asWritten(link.url.slice(0, colon));
  const lowercase = `${link.url.slice(0, colon).toLowerCase()}${link.url.slice(colon)}`;
  if (keepsLinkAddress(lowercase)) {
    return `the link to ${quote(url)} does not work (its start ${quote(scheme)} must be in small letters), so the page shows ${shown(words)} as plain text; write ${quote(asWritten(lowercase))}`;
  }
  return `the link to ${quote(url)} does not work (an address may not start with ${quote(scheme)}), so the page shows ${shown(words)} as plain text; write an address that starts with ${KINDS}, or ${keepWords(words)}`;
}

/** A link the page keeps but no browser can open (`https://shop.example.com:44o/rings`); undefined for one that opens. */
function unreadableProblem(link: MarkdownLink): string | undefined {
  // Any origin will do: a relative address always reads against one, so only a full address can fail.
  if (URL.canParse(link.url, "https://journal.invalid/")) return undefined;
  const words = wordsOf(link);
  return `the link to ${quote(asWritten(link.url))} leads nowhere: no browser can read its address, so readers who click ${words === "" ? "it" : quote(words)} stay where they are; look for a mistyped character in the website's name or in the port after its \`:\``;
}

/**
 * A link whose address the page's sanitizer drops (`javascript:`, `data:`, `file:`, an empty
 * address) is shown as plain text, so readers find no link where the author put one: an error, like
 * a link to an article that does not exist. So is one whose address no browser can read. Markdown
 * links and `<a href>` written as HTML alike (not a bio's, whose HTML the page drops).
 */
export function checkLinkAddresses(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) =>
    linksWritten(page).flatMap((link): ContentIssue[] => {
      const message = deadLinkProblem(link) ?? unreadableProblem(link);
      return message === undefined ? [] : [{ file: page.file, line: link.line, severity: "error", message }];
    }),
  );
}
