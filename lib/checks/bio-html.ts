import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { keepsLinkAddress } from "../content/sanitize-schema";
import { isBio, type CheckedPage } from "./pages";
import { wordsInBrackets } from "./raw-html";
import type { HtmlBlock, HtmlElement, HtmlLink } from "./references";

/*
 * A bio is rendered without HTML (lib/content/markdown.ts, `BIO_OPTIONS`): a block of HTML (`<div>`
 * at a line's start) is left out with its words, and a tag inside a sentence (`<b>`, `<a href>`,
 * `<br>`) is left out while its words stay, as plain text. Pictures are bio-pictures.ts's.
 */

const NO_HTML = "a bio shows no HTML, only Markdown";
/** Tags written for emphasis, which Markdown's `*` and `**` stand for. */
const EMPHASIS = new Set(["b", "strong", "i", "em", "u", "mark", "cite", "span"]);

/** The message for a block of HTML, unless it holds only pictures, which bio-pictures.ts names. */
function blockProblem(block: HtmlBlock): string | undefined {
  if (block.words === "" && block.tagNames.includes("img")) return undefined;
  const under = block.lastLine > block.line ? ` and the lines under it to line ${block.lastLine}` : "";
  if (block.words === "") return `the page leaves out ${quote(block.written)}${under}: ${NO_HTML}; delete ${under === "" ? "the line" : "those lines"}`;
  return `the page leaves out ${quote(block.written)}${under}, words and all: ${NO_HTML}; write its words as Markdown instead: ${quote(block.words)}`;
}

/** The message for an `<a href>`, which the page shows as plain text, or undefined when it has no words to keep. */
function linkProblem(link: HtmlLink): string | undefined {
  const words = link.text.replace(/\s+/g, " ").trim();
  if (words === "") return undefined;
  if (keepsLinkAddress(link.url)) return `the page shows ${quote(words)} as plain text, not as a link: ${NO_HTML}; write ${quote(`[${words}](${link.url})`)}`;
  // An address no link may have (`javascript:`) is not offered back as Markdown.
  return `the page shows ${quote(words)} as plain text, not as a link: ${NO_HTML}, and a link to ${quote(link.url)} would show as plain text too; remove the tag and keep its words: ${quote(words)}`;
}

/** The message for a tag inside a sentence; `link` is the `<a href>` it opens, with its words. */
function inlineProblem(element: HtmlElement, link: HtmlLink | undefined): string {
  const asLink = link === undefined ? undefined : linkProblem(link);
  if (asLink !== undefined) return asLink;
  const bracketed = wordsInBrackets(element);
  if (bracketed !== undefined) return bracketed;
  if (element.tagName === "br") return `the page leaves out ${quote(element.written)}, so the words on either side run on: ${NO_HTML}; to start a new line, end the line with \`\\\` and write the rest on the next one`;
  const instead = EMPHASIS.has(element.tagName) ? "for emphasis write `*words*` (italic) or `**words**` (bold), or remove the tag" : "remove the tag";
  return `the page leaves out ${quote(element.written)} and shows the words inside it as plain text: ${NO_HTML}; ${instead}`;
}

/**
 * HTML written in a bio, which its page leaves out: an error on its line saying what readers get
 * instead and the Markdown to write.
 */
export function checkBioHtml(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.filter(isBio).flatMap((page) => {
    const { htmlBlocks, htmlElements, htmlLinks } = page.references;
    const blocks = htmlBlocks.flatMap((block): ContentIssue[] => {
      const message = blockProblem(block);
      return message === undefined ? [] : [{ file: page.file, line: block.line, severity: "error", message }];
    });
    // Each `<a href>` is found as an element and as a link, in the same order.
    const links = new Map<string, HtmlLink[]>();
    for (const link of htmlLinks) {
      const key = `${link.line}:${link.written}`;
      const same = links.get(key) ?? [];
      same.push(link);
      links.set(key, same);
    }
    const inline = htmlElements
      .filter((element) => !element.block && element.tagName !== "img")
      .map((element): ContentIssue => {
        // Only an `<a href>`'s opening tag, as typed, is a link's key.
        const link = links.get(`${element.line}:${element.written}`)?.shift();
        return { file: page.file, line: element.line, severity: "error", message: inlineProblem(element, link) };
      });
    return [...blocks, ...inline];
  });
}
