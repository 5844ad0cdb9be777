import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import markdownIt, { type Token } from "markdown-it";
import { visit } from "unist-util-visit";

/** A link in a Markdown body, with its words and the line of the file it starts on. */
export type MarkdownLink = { url: string; text: string; line: number };
/** An image in a Markdown body; `alt` is the text between the brackets. */
export type MarkdownImage = { src: string; alt: string; line: number };
/**
 * `[words](address)` or `![words](address)` that Markdown did not read as a link or a picture (an
 * address with a space, say), so the page shows it as written.
 */
export type UnreadLink = { written: string; image: boolean; words: string; address: string; line: number };
export type References = {
  links: MarkdownLink[];
  images: MarkdownImage[];
  /** `<a href>` written as HTML in the text: the page keeps them, so they must lead somewhere too. */
  htmlLinks: MarkdownLink[];
  unread: UnreadLink[];
};

/*
 * Pages are rendered with remark, but checking 1,000 articles must take under two seconds and
 * remark-parse alone needs about 4 ms per 1,200-word article on our 2-core machines; markdown-it
 * reads the same CommonMark (tables included) ten times faster. `html: true` keeps raw HTML
 * as HTML, so a link inside an HTML comment is no more a link than it is on the page.
 */
const parser = markdownIt({ html: true });
// markdown-it reads `[x](javascript:…)` as text; the page's sanitizer decides, and the checks say so.
parser.validateLink = () => true;

/** What looks like a link or a picture in plain text: no brackets or parentheses inside its parts. */
const LOOKS_LIKE_LINK = /(!?)\[([^[\]\n]*)\]\(([^()\n]*)\)/g;

/**
 * Text that Markdown did not turn into anything, one line of it at a time: `[x](y z)` in it is a
 * link that failed. `source` is the paragraph as written, so `\[x\](y z)`, escaped on purpose, is
 * not reported.
 */
function plainText(source: string, found: References) {
  let text = "";
  let line = 0;
  return {
    add(content: string, at: number) {
      if (text === "") line = at;
      text += content;
    },
    end() {
      for (const match of text.matchAll(LOOKS_LIKE_LINK)) {
        const [written, bang = "", words = "", address = ""] = match;
        if (source.includes(written)) found.unread.push({ written, image: bang === "!", words, address, line });
      }
      text = "";
    },
  };
}

/** The `<a href>` links of some HTML; `line` is the file line its first line is on. */
function htmlLinks(html: string, line: number, found: References) {
  if (!/<a\s/i.test(html)) return;
  visit(fromHtml(html, { fragment: true }), "element", (element: Element) => {
    const { href } = element.properties;
    if (element.tagName === "a" && typeof href === "string") found.htmlLinks.push({ url: href, text: "", line: line + (element.position?.start.line ?? 1) - 1 });
  });
}

/** Tokens that are only markup around text: `*x [a](b c)*` is still one run of plain text. */
const AROUND_TEXT = new Set(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"]);

function collect(tokens: readonly Token[], line: number, found: References, source: string): number {
  let current = line;
  let open: MarkdownLink | undefined;
  const plain = plainText(source, found);
  for (const token of tokens) {
    if (token.type === "text" && !open) {
      plain.add(token.content, current);
      continue;
    }
    if (!AROUND_TEXT.has(token.type)) plain.end();
    if (token.type === "html_inline") htmlLinks(token.content, current, found);
    if (token.type === "softbreak" || token.type === "hardbreak") {
      current += 1;
      if (open) open.text += " ";
    } else if (token.type === "link_open") {
      open = { url: String(token.attrGet("href") ?? ""), text: "", line: current };
      found.links.push(open);
    } else if (token.type === "link_close") {
      open = undefined;
    } else if (open && (token.type === "text" || token.type === "code_inline")) {
      open.text += token.content;
    } else if (token.type === "image") {
      if (open) open.text += token.content;
      found.images.push({ src: String(token.attrGet("src") ?? ""), alt: token.content.replace(/\s+/g, " ").trim(), line: current });
      // An image's description may run over several lines too.
      current = collect(token.children ?? [], current, found, "");
    }
  }
  plain.end();
  return current;
}

/**
 * Every link and image in `markdown`, in order. `firstLine` is the file line the body starts
 * on, so the lines returned are lines of the file.
 */
export function findReferences(markdown: string, firstLine: number): References {
  const found: References = { links: [], images: [], htmlLinks: [], unread: [] };
  let blockLine = firstLine;
  for (const block of parser.parse(markdown, {})) {
    if (block.map) blockLine = firstLine + block.map[0];
    if (block.type === "inline" && block.children) collect(block.children, blockLine, found, block.content);
    if (block.type === "html_block") htmlLinks(block.content, blockLine, found);
  }
  return found;
}
