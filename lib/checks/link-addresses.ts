import type { ContentIssue } from "../content/issues";
import { asWritten, quote } from "../content/printable";
import { keepsLinkAddress } from "../content/sanitize-schema";
import type { HtmlLink, LinkedPictures, MarkdownLink } from "./references";
import { linksWritten, type CheckedPage } from "./pages";

const KINDS = "`https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number)";

/** The link's words as the page shows them: spaces and line breaks between them read as one space. */
const wordsOf = (link: MarkdownLink) => link.text.replace(/\s+/g, " ").trim();
/** The words quoted, or "its words" when none were found (an `<a href>` alone on its line, its words further down). */
const shown = (words: string) => (words === "" ? "its words" : quote(words));
const keepWords = (words: string) => (words === "" ? "remove the link and keep its words" : `remove the link and keep its words: ${quote(words)}`);

/** What a link holding pictures holds, as a reader sees it: `the picture`, `the pictures and the words`. */
const held = (pictures: LinkedPictures) => `the ${pictures.count === 1 ? "picture" : "pictures"}${pictures.words ? " and the words" : ""}`;
/** What the page shows of a link whose address it drops: its words as plain text, or what it holds with its pictures, without a link. */
const shownWithout = (link: MarkdownLink, words: string) => (link.pictures ? `${held(link.pictures)} without a link` : `${shown(words)} as plain text`);
/** How to keep what a link holds without it: its words, or its pictures as written. */
const keepHeld = (link: MarkdownLink, words: string) => (link.pictures ? `remove the link and keep ${held(link.pictures)}: ${quote(link.pictures.written)}` : keepWords(words));

/** How to mend a link with no address, as it was written: `[words]()`, `[![A ring](/images/ring.jpg)]()` or `<a href="">`. */
function noAddress(link: MarkdownLink | HtmlLink, words: string): string {
  if ("written" in link) {
    return `the link ${quote(link.written)} has no address, so the page shows ${shownWithout(link, words)}; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or ${keepHeld(link, words)}`;
  }
  if (link.pictures) {
    const { written } = link.pictures;
    return `the link ${quote(`[${written}]()`)} has no address, so the page shows ${shownWithout(link, words)}; write the address between the round brackets, like ${quote(`[${written}](/articles/silver-care)`)}, or ${keepHeld(link, words)}`;
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
    return `the link to ${quote(url)} does not work (its start ${quote(scheme)} must be in small letters), so the page shows ${shownWithout(link, words)}; write ${quote(asWritten(lowercase))}`;
  }
  return `the link to ${quote(url)} does not work (an address may not start with ${quote(scheme)}), so the page shows ${shownWithout(link, words)}; write an address that starts with ${KINDS}, or ${keepHeld(link, words)}`;
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
