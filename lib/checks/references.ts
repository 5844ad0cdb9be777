import type { Element, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import markdownIt, { type Env, type Token } from "markdown-it";
import { visit } from "unist-util-visit";
import { CREDIT_DASH } from "../content/rehype-quote-attribution";
import { endAddressesWhereThePageDoes } from "./address-ends";
import { brokenAddressLines, keepAddressLines, type BrokenAddressLine } from "./address-lines";
import { CHECKBOX } from "./checklist-slips";
import { readFootnotes } from "./footnote-syntax";
import { codeAsWritten, linesOf, offsetOf, placeInlineTokens } from "./inline-places";
import { tableShapes, type TableShapes } from "./table-shapes";

/**
 * The pictures a Markdown link holds (`[![A ring](/images/ring.jpg)](/rings)`): how many, whether
 * words stand beside them, and what is between the link's brackets as written, on one line.
 */
export type LinkedPictures = { count: number; words: boolean; written: string };
/** A link in a Markdown body, with its words, the pictures it holds if any, and the line of the file it starts on. */
export type MarkdownLink = { url: string; text: string; line: number; pictures?: LinkedPictures };
/** `<a href>` written as HTML, with its opening tag as typed (`<a href="">`), which names it in a message. */
export type HtmlLink = MarkdownLink & { written: string };
/**
 * Where a Markdown picture stands, which decides how the page shows it (lib/content/rehype-photos.ts):
 * `alone` in its paragraph, it becomes a figure with its caption and full-size view; anywhere else
 * it stays a plain picture.
 */
export type ImagePlace = "alone" | "with-text" | "marks" | "link" | "list" | "table" | "quote" | "heading" | "footnote";
/** Where a block of the text stands: in a list, a table, a quote, a heading, a footnote, or on its own. */
type BlockPlace = Exclude<ImagePlace, "with-text" | "marks" | "link">;
/** An image in a Markdown body; `alt` is the text between the brackets, `title` the caption in quotes after the path. */
export type MarkdownImage = { src: string; alt: string; title?: string; line: number; place: ImagePlace };
/**
 * `[words](address)` or `![words](address)` that Markdown did not read as a link or a picture (an
 * address with a space, say), so the page shows it as written; with `addressLine`, a line
 * `[label]: address` read as text, its label as `words`, because its address holds a space, it
 * is right under a line of text (`glued`), or both.
 */
export type UnreadLink = { written: string; image: boolean; words: string; address: string; line: number; addressLine?: "spaced" | "glued" | "spaced-glued" };
/**
 * `[words][label]` or `[words][]` (a link whose address is given on a line of its own, `[label]:
 * https://…`) that Markdown left as text because no such line exists.
 */
export type UnreadReference = { written: string; image: boolean; words: string; label: string; line: number };
/**
 * An element written as HTML in the text (`<img src=…>`, `<iframe>`), with its attributes as a
 * browser reads them, and its opening tag as typed (`<Stone Name>`).
 */
export type HtmlElement = { tagName: string; properties: Properties; line: number; written: string; block: boolean };
/**
 * A block of HTML (a line starting `<div>`, up to a blank line) holding elements: its first and
 * last lines, its first tag as typed, its elements' names and its words, one space between them.
 */
export type HtmlBlock = { line: number; lastLine: number; written: string; tagNames: string[]; words: string };
/**
 * A `# Title` (or a title underlined with `===`) in the text: a second top heading on the page.
 * `underline` is the line of the `===` under an underlined one.
 */
export type TitleHeading = { text: string; line: number; written: "#" | "===" | "<h1>"; underline?: number };
/**
 * A heading below the title (`##` to `######`, or `<h2>` to `<h6>` written as HTML), with its
 * words and how it was written (`###`, `<h3>`).
 */
export type SectionHeading = { level: number; text: string; line: number; written: string; underline?: number };
/**
 * `- Isla Marrow` written as a quote's credit, which Markdown reads as a list of one item; or
 * `-- Isla Marrow` on a line of its own under the quote, a blank line between (`under`: its dash,
 * the quote's `>` as typed and the blank lines' first and last), which the page shows after it.
 */
export type ListedCredit = { name: string; line: number; inQuote: boolean; under?: { dash: string; marks: string; blank: [number, number] } };
export type References = {
  links: MarkdownLink[];
  images: MarkdownImage[];
  /** `<a href>` written as HTML in the text: the page keeps them, so they must lead somewhere too. */
  htmlLinks: HtmlLink[];
  /** Every element written as HTML, `<a>` included. */
  htmlElements: HtmlElement[];
  /** Every block of HTML with an element in it. */
  htmlBlocks: HtmlBlock[];
  unread: UnreadLink[];
  unreadReferences: UnreadReference[];
  brokenAddressLines: BrokenAddressLine[];
  titleHeadings: TitleHeading[];
  headings: SectionHeading[];
  listedCredits: ListedCredit[];
  tables: TableShapes;
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
placeInlineTokens(parser);
endAddressesWhereThePageDoes(parser);
// An escaped character or an entity (`\*`, `&amp;`) stays a token of its own, with its markup as typed, so a run of text is read as written.
parser.core.ruler.disable("text_join");
// `[^1]: Hallmarked.` is a footnote on the page, not a link's address line.
readFootnotes(parser);
keepAddressLines(parser);

/** What looks like a link or a picture in plain text: no brackets or parentheses inside its parts, which may span lines as Markdown's do. */
const LOOKS_LIKE_LINK = /(!?)\[([^[\]]*)\]\(([^()]*)\)/g;
/** What looks like a reference link (`[words][label]`, `[words][]`) in plain text. */
const LOOKS_LIKE_REFERENCE = /(!?)\[([^[\]]+)\]\[([^[\]^]*)\]/g;

/** Whether `source` holds `written` with no backslash before it (`\[not][a link]` is escaped on purpose). */
function typedAsIs(source: string, written: string): boolean {
  for (let at = source.indexOf(written); at !== -1; at = source.indexOf(written, at + 1)) if (source[at - 1] !== "\\") return true;
  return false;
}

/**
 * A link or a reference found in the run with its code blanked, `[words](address)` or
 * `[words][label]`, read back from the run as typed (blanking keeps every length): `last` is the
 * address or the label.
 */
function asTyped(text: string, match: RegExpExecArray): { written: string; image: boolean; words: string; last: string } {
  // Stryker disable next-line StringLiteral: the patterns' groups always match, if only an empty text, so no fallback runs
  const [all, bang = "", words = "", last = ""] = match;
  // `[` and the two brackets between the parts: `](` or `][`.
  const wordsAt = match.index + bang.length + 1;
  const lastAt = wordsAt + words.length + 2;
  return { written: text.slice(match.index, match.index + all.length), image: bang === "!", words: text.slice(wordsAt, wordsAt + words.length), last: text.slice(lastAt, lastAt + last.length) };
}

/** A line break as the page shows it, a space, so a link is quoted, and written back, on one line. */
const oneLine = (text: string) => text.replaceAll("\n", " ");

/**
 * Text with no spaces around its line breaks and no `\\` before them, as markdown-it drops both from
 * a run of text (a code span keeps them), so a line kept apart (`\\` or two spaces) reads as any line break.
 */
const flat = (text: string) => text.replace(/[ \t]*\\?\n[ \t]*/g, "\n");

/**
 * Text that Markdown did not turn into anything, up to a link or a tag: `[x](y z)` in it is a link
 * that failed, its words or address broken over lines too, as an editor re-wraps them, or at a line
 * kept apart. `source` is the paragraph as written, so `\[x\](y z)`, escaped on
 * purpose, is not reported. A code span joins the run as typed, for a link's words may hold one
 * (`` [Rose `gold`](/rings rose) ``), but its inside, line breaks and all, is blanked where links
 * are looked for: what code holds is shown as typed on purpose.
 */
function plainText(source: string, found: References) {
  const typed = flat(source);
  let text = "";
  // `text`, each code span's inside blanked: a link can start and end only outside code.
  let searched = "";
  let first = 0;
  // Every line break of a run is one of the paragraph's, in its code or between its lines.
  const lineOf = (offset: number) => first + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  return {
    add(content: string, at: number) {
      if (text === "") first = at;
      text += content;
      searched += content;
    },
    /** An escaped character, an entity or a footnote mark as typed (`\*`, `[^1]`), blanked where links are looked for: it is never a link's bracket. */
    addEscaped(written: string, at: number) {
      if (text === "") first = at;
      text += written;
      searched += "x".repeat(written.length);
    },
    addCode(written: string, markup: string, at: number) {
      if (text === "") first = at;
      text += written;
      searched += `${markup}${"x".repeat(written.length - 2 * markup.length)}${markup}`;
    },
    /** A line break between two lines of the paragraph, kept apart or not; one before any text starts no run. */
    addBreak() {
      if (text === "") return;
      text += "\n";
      searched += "\n";
    },
    end() {
      for (const match of searched.matchAll(LOOKS_LIKE_LINK)) {
        const { written, image, words, last: address } = asTyped(text, match);
        if (typed.includes(flat(written))) found.unread.push({ written: oneLine(written), image, words: oneLine(words), address: oneLine(address), line: lineOf(match.index) });
      }
      for (const match of searched.matchAll(LOOKS_LIKE_REFERENCE)) {
        const { written, image, words, last: label } = asTyped(text, match);
        if (typedAsIs(typed, flat(written))) found.unreadReferences.push({ written: oneLine(written), image, words: oneLine(words), label: oneLine(label === "" ? words : label), line: lineOf(match.index) });
      }
      text = "";
      searched = "";
    },
  };
}

/**
 * The pictures an `<a>` that HTML's parser read whole holds (`<p><a href=""><img …></a></p>`), as
 * `picturesIn` tells them of a Markdown link: what is between its tags as typed, in `html`.
 */
function picturesInElement(link: Element, html: string): { pictures?: LinkedPictures } {
  let count = 0;
  visit(link, "element", (element: Element) => {
    if (element.tagName === "img") count += 1;
  });
  if (count === 0) return {};
  const tags = link.data?.position;
  const inside = html.slice(tags?.opening?.end?.offset, tags?.closing?.start?.offset ?? link.position?.end?.offset);
  return { pictures: { count, words: toString(link).trim() !== "", written: inside.replace(/\s+/g, " ").trim() } };
}

/**
 * The elements of some HTML, and its `<a href>` links, which it returns with how many pictures it
 * holds; `line` is the file line its first line is on, `lastLine` that of its last line for a block
 * of HTML (undefined for a tag inside a sentence).
 */
function htmlElements(html: string, line: number, found: References, lastLine?: number): { links: HtmlLink[]; pictures: number } {
  const links: HtmlLink[] = [];
  // Stryker disable next-line ConditionalExpression: only a shortcut: without a `<` and a letter, HTML's parser finds no element either
  if (!/<[a-z]/i.test(html)) return { links, pictures: 0 };
  // `verbose` gives each element its opening tag's place, where the tag ends as a browser reads it (a `>` in a value in quotes does not end it).
  const tree = fromHtml(html, { fragment: true, verbose: true });
  const elements: HtmlElement[] = [];
  const seen = new Set<number>();
  visit(tree, "element", (element: Element) => {
    const place = element.position?.start;
    // HTML's parser adds elements of its own, a `<tbody>` (no place) or a tag cut in two by misnested ones opened again (no place, or the first's): each tag typed is read once.
    if (place?.offset === undefined || seen.has(place.offset)) return;
    seen.add(place.offset);
    const at = line + place.line - 1;
    const { href } = element.properties;
    const written = html.slice(place.offset, element.data?.position.opening?.end?.offset);
    elements.push({ tagName: element.tagName, properties: element.properties, line: at, written, block: lastLine !== undefined });
    if (element.tagName === "h1") found.titleHeadings.push({ text: toString(element).trim(), line: at, written: "<h1>" });
    if (/^h[2-6]$/.test(element.tagName)) found.headings.push({ level: Number(element.tagName.slice(1)), text: toString(element).trim(), line: at, written: `<${element.tagName}>` });
    // A browser drops the spaces around an address; those it keeps are spaced-html-addresses.ts's.
    if (element.tagName === "a" && typeof href === "string") links.push({ url: href.trim(), text: toString(element), line: at, written, ...picturesInElement(element, html) });
  });
  found.htmlElements.push(...elements);
  const [first] = elements;
  if (lastLine !== undefined && first !== undefined) {
    found.htmlBlocks.push({ line: first.line, lastLine, written: first.written, tagNames: elements.map((element) => element.tagName), words: toString(tree).replace(/\s+/g, " ").trim() });
  }
  found.htmlLinks.push(...links);
  return { links, pictures: elements.filter((element) => element.tagName === "img").length };
}

/**
 * Whether an inline HTML token is `</a>`, which ends the words of an `<a href>` opened before it:
 * markdown-it gives each inline tag a token of its own, and HTML's parser makes nothing of an end
 * tag alone.
 */
const endsHtmlLink = (token: Token) => token.content.replace(/\s/g, "").toLowerCase() === "</a>";

/** Whether a token is words: plain text, or an escaped character or an entity (markdown-it's `text_special`). */
const isText = (token: Token) => token.type === "text" || token.type === "text_special";

/** Tokens that are only markup around text: `*x [a](b c)*` is still one run of plain text. */
const AROUND_TEXT = new Set(["em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"]);

/** A link's or a picture's address; markdown-it gives each one, if only an empty text. */
// Stryker disable next-line StringLiteral: markdown-it sets `href` on every link and `src` on every picture, so the fallback never runs
const addressOf = (token: Token, name: "href" | "src") => String(token.attrGet(name) ?? "");

/**
 * The pictures in a link whose tokens are `inside`, or undefined when it holds none; `from` and
 * `to` are where its words start and end in the paragraph's text, `source`.
 */
function picturesIn(inside: readonly Token[], source: string, from: number, to: number): LinkedPictures | undefined {
  const count = inside.filter((token) => token.type === "image").length;
  if (count === 0) return undefined;
  const words = inside.some((token) => (isText(token) || token.type === "code_inline") && token.content.trim() !== "");
  return { count, words, written: source.slice(from, to).replace(/\s+/g, " ").trim() };
}

/** Whether a token is a picture, a line break or spaces: what a paragraph the page makes figures of holds (rehype-photos.ts). */
const pictureOrBreak = (token: Token) =>
  token.type === "image" || token.type === "softbreak" || token.type === "hardbreak" || (isText(token) && token.content.trim() === "");

function collect(tokens: readonly Token[], line: number, found: References, source: string, block: BlockPlace): void {
  const alone = tokens.every(pictureOrBreak);
  // Pictures in bold or italics (`**![…](…)**`) with no words beside them, which the page shows small, as in a sentence.
  const marked = tokens.every((token) => pictureOrBreak(token) || AROUND_TEXT.has(token.type));
  const lineAt = linesOf(source);
  let open: MarkdownLink | undefined;
  // Where the open link's words start: the index of its `link_open` token, and its offset in the paragraph's text.
  let opened = { index: 0, at: 0 };
  // `<a href="…">words</a>` inline: the words are the tokens between the two tags, which start at `at` in the paragraph's text and may hold pictures.
  let openHtml: HtmlLink | undefined;
  let openedHtml = { at: 0, pictures: 0 };
  const plain = plainText(source, found);
  for (const [index, token] of tokens.entries()) {
    // Counted from the text, not from the line breaks before it: a code span or a tag keeps none of its own.
    const current = line + lineAt(offsetOf(token));
    if (openHtml && (isText(token) || token.type === "code_inline")) openHtml.text += token.content;
    if (token.type === "text" && !open) {
      plain.add(token.content, current);
      continue;
    }
    if ((token.type === "text_special" || token.type === "footnote_ref") && !open) {
      plain.addEscaped(token.markup, current);
      continue;
    }
    if (token.type === "code_inline" && !open) {
      plain.addCode(codeAsWritten(source, token), token.markup, current);
      continue;
    }
    // `[Rose *gold*](/rings rose)`: the marks join the run as written, so it is found in the source.
    if ((token.type === "softbreak" || token.type === "hardbreak") && !open) plain.addBreak();
    else if (!AROUND_TEXT.has(token.type)) plain.end();
    else if (!open) plain.add(token.markup, current);
    if (token.type === "html_inline") {
      const { links, pictures } = htmlElements(token.content, current, found);
      const opening = links.at(-1);
      if (opening) openedHtml = { at: offsetOf(token) + token.content.length, pictures: 0 };
      else openedHtml.pictures += pictures;
      if (openHtml && !opening && endsHtmlLink(token) && openedHtml.pictures > 0) {
        const written = source.slice(openedHtml.at, offsetOf(token)).replace(/\s+/g, " ").trim();
        openHtml.pictures = { count: openedHtml.pictures, words: openHtml.text.trim() !== "", written };
      }
      openHtml = opening ?? (endsHtmlLink(token) ? undefined : openHtml);
    }
    if (token.type === "softbreak" || token.type === "hardbreak") {
      if (open) open.text += " ";
      if (openHtml) openHtml.text += " ";
    } else if (token.type === "link_open") {
      open = { url: addressOf(token, "href"), text: "", line: current };
      opened = { index, at: offsetOf(token) };
      found.links.push(open);
    } else if (token.type === "link_close") {
      // markdown-it makes `link_open` where the link's words start and `link_close` where they end.
      const pictures = picturesIn(tokens.slice(opened.index + 1, index), source, opened.at, offsetOf(token));
      if (open && pictures) open.pictures = pictures;
      open = undefined;
    } else if (open && (isText(token) || token.type === "code_inline")) {
      open.text += token.content;
    } else if (open && token.type === "footnote_ref") {
      // A line to write with the link's words keeps their mark, or the note would lose it.
      open.text += token.markup;
    } else if (token.type === "image") {
      if (open) open.text += token.content;
      if (openHtml) openedHtml.pictures += 1;
      const title = token.attrGet("title");
      const place = open ? "link" : block !== "alone" ? block : alone ? "alone" : marked ? "marks" : "with-text";
      found.images.push({ src: addressOf(token, "src"), alt: token.content.replace(/\s+/g, " ").trim(), ...(title ? { title: String(title) } : {}), line: current, place });
    }
  }
  plain.end();
}

/**
 * The index of the token that closes the one opened at `open`: the first after it at its level, as
 * markdown-it puts what a block holds one level deeper and closes every block it opens.
 */
function closing(blocks: readonly Token[], open: number): number {
  // Stryker disable next-line OptionalChaining: `open` is always the index of a token of `blocks`; the test is for the type checker
  const level = blocks[open]?.level;
  return blocks.findIndex((token, index) => index > open && token.level === level);
}

/**
 * A credit names someone (`Mrs Penrose`, `Isla Marrow, at the bench`): it starts with a capital and
 * ends no sentence, so a one-item list of a word or a sentence (`patience`, `Measure twice.`) is a
 * list the author meant.
 */
const NAMED = /^\p{Lu}.*(?<![.?!:;…])$/u;

/**
 * `- Isla Marrow` under a quote: a dash list of one item, of one line, that is the quote's last
 * part (`> - Isla Marrow`) or follows it with no blank line between (`- Isla Marrow`).
 */
function listedCredit(blocks: readonly Token[], opener: Token, firstLine: number, inQuote: boolean): ListedCredit | undefined {
  const list = blocks.indexOf(opener);
  const inside = blocks.slice(list + 1, closing(blocks, list));
  // One item holding one paragraph, and nothing else: no second item, not even an empty one.
  const oneParagraph = inside.map((token) => token.type).join(" ") === "list_item_open paragraph_open inline paragraph_close list_item_close";
  const inline = inside[2];
  // Stryker disable next-line OptionalChaining: with that shape the third token is the paragraph's inline token, never missing; the `?.` is for the type checker
  if (opener.markup !== "-" || !oneParagraph || !inline?.map || inline.content.includes("\n")) return undefined;
  // `> - [ ] Polish the clasp` is a checklist (or a slip of one, checklist-slips.ts), not a credit.
  if (CHECKBOX.test(inline.content)) return undefined;
  // A non-breaking space at the end (a Mac's Option-Space) is kept by markdown-it, and belongs in no credit.
  const name = inline.content.trim();
  return NAMED.test(name) ? { name, line: firstLine + inline.map[0], inQuote } : undefined;
}

/**
 * The parts of the quote opened at `index`, in order: the opening token of each block one level
 * inside it, or the block itself when it is one token (an HTML block such as `</details>`, a fence).
 */
function quoteParts(blocks: readonly Token[], index: number, end: number): Token[] {
  const level = (blocks[index]?.level ?? 0) + 1;
  return blocks.slice(index + 1, end).filter((inner) => inner.level === level && inner.nesting !== -1);
}

/** A paragraph whose words end with a colon (`Bring to the bench:`), which introduces the list after it. */
function introducesAList(blocks: readonly Token[], part: Token | undefined): boolean {
  const words = part?.type === "paragraph_open" ? blocks[blocks.indexOf(part) + 1]?.content : undefined;
  return words?.trimEnd().endsWith(":") ?? false;
}

/** A line starting as a quote's credit does (rehype-quote-attribution.ts): two hyphens, an em dash or a horizontal bar, or an en dash and a space; with the words after it. */
const DASHED = new RegExp(`^(${CREDIT_DASH.source})\\s*(.*)$`);

/** Whether the block at `index` is inside a quote: more quotes opened than closed before it. */
function inAQuote(blocks: readonly Token[], index: number): boolean {
  const opened = blocks.slice(0, index).filter((token) => token.type === "blockquote_open").length;
  return opened > blocks.slice(0, index).filter((token) => token.type === "blockquote_close").length;
}

/**
 * `-- Isla Marrow` under the quote opened at `index` (and closed at `end`), a blank line between: a
 * paragraph of one line naming someone, after a quote that is not inside another (whose credit it
 * would be) and whose last paragraph has no credit; `lines` are the body's.
 */
function dashedCredit(blocks: readonly Token[], index: number, end: number, lines: readonly string[], firstLine: number): ListedCredit | undefined {
  // The quote's last paragraph (its inline token before `paragraph_close`), and the paragraph after the quote.
  const [quoted, said, saidEnd, after, inline] = [blocks[index], blocks[end - 2], blocks[end - 1], blocks[end + 1], blocks[end + 2]];
  if (saidEnd?.type !== "paragraph_close" || after?.type !== "paragraph_open" || !after.map || !quoted?.map || !inline || inline.content.includes("\n")) return undefined;
  const match = DASHED.exec(inline.content.trim());
  const [, dash = "", name = ""] = match ?? [];
  const credited = DASHED.test(said?.content.split("\n").at(-1)?.trim() ?? "");
  if (match === null || credited || !NAMED.test(name.trim()) || inAQuote(blocks, index)) return undefined;
  // The quote's `>` as typed on its first line (`> `, `  > ` in a list), for the line to write.
  const marks = `${(/^[ \t]*(?:>[ \t]?)*>/.exec(lines[quoted.map[0]] ?? "")?.[0] ?? ">")} `;
  return { name: name.trim(), line: firstLine + after.map[0], inQuote: false, under: { dash, marks, blank: [firstLine + quoted.map[1], firstLine + after.map[0] - 1] } };
}

/** The credits written as a list under a quote, or after it with a blank line between, found among the blocks of a body. */
function listedCredits(blocks: readonly Token[], markdown: string, firstLine: number, found: References) {
  const lines = markdown.split("\n");
  blocks.forEach((token, index) => {
    if (token.type !== "blockquote_open") return;
    const end = closing(blocks, index);
    const parts = quoteParts(blocks, index, end);
    // The page credits a quote only from its last line, and only when something is said before it.
    const last = parts.at(-1);
    const said = parts.at(last?.type === "bullet_list_open" ? -2 : -1);
    if (said === undefined || introducesAList(blocks, said)) return;
    const after = blocks[end + 1];
    // A list right under the quote, with no blank line between.
    const below =
      after?.type === "bullet_list_open" &&
      // Stryker disable next-line OptionalChaining: markdown-it gives every opening block token its lines; the `?.` is for the type checker
      after.map?.[0] === token.map?.[1]
        ? after
        : undefined;
    const credit = last?.type === "bullet_list_open" ? listedCredit(blocks, last, firstLine, true) : below ? listedCredit(blocks, below, firstLine, false) : dashedCredit(blocks, index, end, lines, firstLine);
    if (credit) found.listedCredits.push(credit);
  });
}

/** `[guide]: /articles/silver-care` in a paragraph: a label (not a footnote's, `[^1]`), and an address starting as one does. */
const ADDRESS_LINE = /^\[(?!\^)((?:[^\]\\]|\\.)+)\]:[ \t]*((?:\/|#|https?:\/\/|www\.|mailto:|tel:)\S*(?:[ \t]+\S.*)?)$/i;
/** An address alone or followed by its caption, which Markdown reads: such a line is text only when right under another. */
const READABLE = /^\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;

/**
 * The address lines a paragraph shows as text: `[guide]: /articles/silver care`, whose address
 * holds a space, and the first of those right under a line of text, which an address line cannot
 * follow (`glued`); `line` is the file line the paragraph starts on.
 */
function unreadAddressLines(content: string, line: number): UnreadLink[] {
  const lines = content.split("\n");
  return lines.flatMap((text, index): UnreadLink[] => {
    const match = ADDRESS_LINE.exec(text);
    if (match === null) return [];
    const [written, label = "", address = ""] = match;
    const glued = index > 0 && !ADDRESS_LINE.test(lines[index - 1] ?? "");
    if (READABLE.test(address) && !glued) return [];
    return [{ written, image: false, words: label, address, line: line + index, addressLine: READABLE.test(address) ? "glued" : glued ? "spaced-glued" : "spaced" }];
  });
}

/** The words of the heading opened at `index`, without the spaces around them (a non-breaking one too, which markdown-it keeps). */
function headingText(blocks: readonly Token[], index: number): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: markdown-it always follows a heading's opening token with its inline token, so the fallback never runs
  return blocks[index + 1]?.content.trim() ?? "";
}

/** A `# Title`, or a title underlined with `===` (markdown-it's markup `=`), with the underline's line. */
function titleHeading(open: Token, text: string, line: number, firstLine: number): TitleHeading {
  if (open.markup !== "=" || !open.map) return { text, line, written: "#" };
  return { text: text.replace(/\s*\n\s*/g, " "), line, written: "===", underline: firstLine + open.map[1] - 1 };
}

/** A `##` heading, or one underlined with `---`, with the line of its dashes. */
function sectionHeading(open: Token, text: string, line: number, firstLine: number): SectionHeading {
  const heading = { level: Number(open.tag.slice(1)), text, line, written: open.markup };
  return open.markup === "-" && open.map ? { ...heading, underline: firstLine + open.map[1] - 1 } : heading;
}

const CONTAINERS: Record<string, BlockPlace> = { list_item_open: "list", td_open: "table", th_open: "table", blockquote_open: "quote", heading_open: "heading", footnote_open: "footnote" };

/** The innermost list, table, quote, heading or footnote the open blocks are in; `alone` for a paragraph of the text itself. */
function placeOf(open: readonly string[]): BlockPlace {
  return open.map((type) => CONTAINERS[type]).findLast((place) => place !== undefined) ?? "alone";
}

/**
 * Every link, image, element written as HTML, heading, credit written as a list and table mistake in
 * `markdown`, in order. `firstLine` is the file line the body starts on, so the lines returned
 * are lines of the file.
 */
export function findReferences(markdown: string, firstLine: number): References {
  const env: Env = {};
  const blocks = parser.parse(markdown, env);
  const found: References = { links: [], images: [], htmlLinks: [], htmlElements: [], htmlBlocks: [], unread: [], unreadReferences: [], brokenAddressLines: [], titleHeadings: [], headings: [], listedCredits: [], tables: tableShapes(blocks, markdown, firstLine) };
  let blockLine = firstLine;
  // The types of the blocks open around the current one.
  // Stryker disable next-line ArrayDeclaration: opening and closing tokens pair up, so an entry at its bottom is never popped, and placeOf passes over a type that is no container's
  const open: string[] = [];
  blocks.forEach((block, index) => {
    if (block.map) blockLine = firstLine + block.map[0];
    if (block.nesting === 1) open.push(block.type);
    if (block.nesting === -1) open.pop();
    // Among the blocks only an inline token (the text of a paragraph, a heading or a cell) has children.
    if (block.children) collect(block.children, blockLine, found, block.content, placeOf(open));
    if (block.type === "inline" && open.at(-1) === "paragraph_open") found.unread.push(...unreadAddressLines(block.content, blockLine));
    if (block.type === "html_block") htmlElements(block.content, blockLine, found, firstLine + (block.map?.[1] ?? 1) - 1);
    if (block.type === "heading_open" && block.tag === "h1") found.titleHeadings.push(titleHeading(block, headingText(blocks, index), blockLine, firstLine));
    else if (block.type === "heading_open") found.headings.push(sectionHeading(block, headingText(blocks, index), blockLine, firstLine));
  });
  listedCredits(blocks, markdown, firstLine, found);
  found.brokenAddressLines.push(...brokenAddressLines(env, markdown, firstLine));
  return found;
}
