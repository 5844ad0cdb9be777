import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { location, type Location } from "vfile-location";
import type { ContentIssue } from "../content/issues";
import { invisibleName } from "../content/invisible";
import { quote } from "../content/printable";
import { keepsLinkAddress } from "../content/sanitize-schema";
import { lineToWrite } from "./markdown-source";
import { isBio, type CheckedPage } from "./pages";
import type { HtmlElement } from "./references";
import { readTag, tagToWrite } from "./typed-tags";

/*
 * `<a href=" /about">`, `<img src=" /images/ring.jpg">`: a space inside the quotes, before or after
 * the address. A browser drops the spaces HTML knows around a link's address, so `/about` works,
 * but not a non-breaking space pasted from a word processor (the address becomes `%C2%A0/about`,
 * as Markdown's does, lib/checks/spaced-addresses.ts); the page's sanitizer takes ` https:` for a
 * scheme it does not allow and shows the link's words as plain text; and a picture's path with
 * any space is no file of the journal's, so the page shows it without its smaller copies, or not
 * at all. The other checks judge the address without the spaces (references.ts, images.ts).
 */

/** The spaces HTML knows, which a browser drops around an address. */
const HTML_SPACES = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;
/** A character of a value as typed: a character reference (`&nbsp;`, `&#13;`) or one character. */
const TYPED_CHAR = /&#?\w+;|[^]/gu;

/** What a space at the edge of `value` is called, and what it looks like when it is not one HTML knows. */
function spaceAt(value: string, start: boolean): { name: string; looks?: string } {
  const char = start ? value.charAt(0) : value.charAt(value.length - 1);
  if (char === " ") return { name: "a space" };
  if (char === "\n" || char === "\r") return { name: "a line break" };
  if (char === "\t") return { name: "a tab" };
  const { name, looks } = invisibleName(char);
  return { name: `${name} (${quote(char)})`, looks };
}

/** What the page makes of `value`, or undefined when a reader gets what was meant. */
function outcome(element: HtmlElement, value: string): { what: string; part: string; result: string } | undefined {
  const meant = value.trim();
  const browserReads = value.replace(HTML_SPACES, "");
  // Spaces alone are no address: images.ts and link-addresses.ts ask for one.
  if (meant === "") return undefined;
  if (element.tagName === "img") {
    const result = browserReads === meant ? "the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones" : "the page cannot show it";
    return { what: "the picture", part: "path", result };
  }
  // An address the page drops without its spaces too (`javascript:`) is link-addresses.ts's to name.
  if (!keepsLinkAddress(meant)) return undefined;
  if (!keepsLinkAddress(value)) return { what: "the link", part: "address", result: "the page shows its words as plain text" };
  return browserReads === meant ? undefined : { what: "the link", part: "address", result: "it leads nowhere" };
}

/** The address of an `<a href>` or an `<img src>`, as the browser's parser read it. */
function addressOf(element: HtmlElement): HtmlElement["properties"][string] {
  return element.tagName === "a" ? element.properties.href : element.tagName === "img" ? element.properties.src : undefined;
}

/** Whether a character as typed is a space that `trim` drops, read as the browser's parser reads it (`&Tab;`, `&#x2007;`). */
const isSpace = (typedChar: string) => toString(fromHtml(typedChar)).trim() === "";

/** A value as typed without the spaces around it, typed as characters or as character references. */
function withoutSpaces(text: string): string {
  const chars = Array.from(text.matchAll(TYPED_CHAR), ([char]) => char);
  return chars.slice(chars.findIndex((char) => !isSpace(char)), chars.findLastIndex((char) => !isSpace(char)) + 1).join("");
}

/** The tag to write: `written` with the spaces around its address gone, its values in double quotes. */
function tagWithout(written: string, attribute: string): string {
  const tag = readTag(written, 0, written.length);
  // Stryker disable next-line ConditionalExpression: `written` is a tag the browser's parser read, from its `<` to its `>`
  if (tag === undefined) return written;
  const attributes = tag.attributes.map((each) => (each.name.toLowerCase() === attribute && each.value ? { ...each, value: { ...each.value, text: withoutSpaces(each.value.text) } } : each));
  return tagToWrite({ ...tag, attributes });
}

/** The message for one element, if its address has a space at an edge that the page keeps; `place` finds the body's lines. */
function problem(page: CheckedPage, element: HtmlElement, place: Location): ContentIssue | undefined {
  const value = addressOf(element);
  if (typeof value !== "string" || value === value.trim()) return undefined;
  const found = outcome(element, value);
  if (found === undefined) return undefined;
  const { what, part, result } = found;
  const start = value !== value.trimStart();
  const { name, looks } = spaceAt(value, start);
  const tag = tagWithout(element.written, element.tagName === "a" ? "href" : "src");
  // The tag on its line of the body, to give the whole line when it fits in a message.
  const line = element.line - page.body.line + 1;
  const at = page.body.text.indexOf(element.written, place.toOffset({ line, column: 1 }) ?? 0);
  const onItsLine = at !== -1 && at < (place.toOffset({ line: line + 1, column: 1 }) ?? page.body.text.length);
  const write = onItsLine ? lineToWrite(page.body.text, at, at + element.written.length, tag) : tag;
  const kept = looks === undefined ? "which the page keeps as part of the" : `which ${looks}, and the page keeps it as part of the`;
  return {
    file: page.file,
    line: element.line,
    severity: "error",
    message: `${what} ${quote(element.written)} does not work as meant: its ${part} ${start ? "starts" : "ends"} with ${name}, ${kept} ${part}, so ${result}; write ${quote(write)}`,
  };
}

/**
 * `<a href>` and `<img src>` written as HTML whose address starts or ends with a space the page
 * keeps: an error on its line, with the line to write without it. Bios, which drop HTML, are left out.
 */
export function checkSpacedHtmlAddresses(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    if (isBio(page)) return [];
    const place = location(page.body.text);
    return page.references.htmlElements.flatMap((element) => problem(page, element, place) ?? []);
  });
}
