import { describe, expect, it } from "vitest";
import { atom } from "@/lib/feeds/atom";
import { buildFeed, type FeedEntry } from "@/lib/feeds/feed";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { rss } from "@/lib/feeds/rss";
import { sitemapXml } from "@/lib/seo/sitemap-xml";
import { absoluteUrl } from "@/lib/site";
import { jsonFeedSchema } from "../helpers/json-feed";
import { guestAuthor, makeArticle } from "../helpers/fixtures";
import { childText, elementsNamed, parseStrictXml, textOf, type XmlNode } from "../helpers/strict-xml";

/*
 * Issue 18, classes 3 and 4: one article must not break the feeds for every subscriber. Every
 * front-matter text here carries markup, entities and every character XML 1.0 forbids or
 * discourages; each feed must still parse with a strict XML parser, and each text must arrive as
 * the same text, never as markup.
 */

const MARKUP = `<b>bold</b> & <script>alert("x")</script> 'apos' ]]> <!-- c --> &amp; &nbsp; &#0; &#x1; $& $' $\``;

// Every C0 control, DEL, every C1 control, lone surrogates of both halves, U+FFFE, U+FFFF and a
// discouraged noncharacter; of all these only tab, line feed and carriage return are text.
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, offset) => String.fromCharCode(0x7f + offset)),
  // Low halves first: a high half followed by a low one would be a valid pair.
  "\uDC00",
  "\uDFFF",
  "\uD800",
  "\uDBFF",
  "\uFFFE",
  "\uFFFF",
  "\uFDD0",
].join("");

const HOSTILE = `${MARKUP}|${CONTROLS}|💍`;
/** What a reader must get from an element's text: the same, minus what XML cannot hold (CR reads as LF). */
const AS_TEXT = `${MARKUP}|\t\n\n|💍`;
/** In an attribute, a parser turns tab, line feed and carriage return into spaces. */
const AS_ATTRIBUTE = `${MARKUP}|   |💍`;
/** JSON keeps the carriage return. */
const AS_JSON = `${MARKUP}|\t\n\r|💍`;

const entries: FeedEntry[] = [
  {
    article: makeArticle({ slug: "hostile", title: HOSTILE, description: HOSTILE, tags: [HOSTILE, "silver"] }),
    author: { ...guestAuthor, name: HOSTILE },
    html: `<p>${CONTROLS}<a href="/articles/x?a=1&amp;b=2">link</a> &lt;b&gt;not bold&lt;/b&gt;</p>`,
  },
];
const feed = buildFeed(entries);

function only(nodes: XmlNode[]): XmlNode {
  expect(nodes).toHaveLength(1);
  const [node] = nodes;
  if (!node) throw new Error("no node");
  return node;
}

describe("RSS 2.0 with hostile texts", () => {
  const document = parseStrictXml(rss(feed));
  const item = only(elementsNamed(document, "item"));

  it("parses as XML and carries title, description, author and categories as the same text", () => {
    expect(childText(item, "title")).toBe(AS_TEXT);
    expect(childText(item, "description")).toBe(AS_TEXT);
    expect(childText(item, "dc:creator")).toBe(AS_TEXT);
    expect(elementsNamed(item, "category").map(textOf)).toEqual([AS_TEXT, "silver"]);
  });

  it("carries the body as escaped HTML, entities and all", () => {
    expect(childText(item, "content:encoded")).toBe(`<p>\t\n\n<a href="${absoluteUrl("/articles/x?a=1&#x26;b=2")}">link</a> &#x3C;b>not bold&#x3C;/b></p>`);
  });
});

describe("Atom 1.0 with hostile texts", () => {
  const document = parseStrictXml(atom(feed));
  const entry = only(elementsNamed(document, "entry"));

  it("parses as XML and marks titles and summaries as plain text, only the body as HTML", () => {
    const typed = (name: string) => entry.children.flatMap((child) => (typeof child !== "string" && child.name === name ? [child.attributes.type] : []));
    expect(typed("title")).toEqual(["text"]);
    expect(typed("summary")).toEqual(["text"]);
    expect(typed("content")).toEqual(["html"]);
    expect(elementsNamed(document, "title").map((title) => title.attributes.type)).toEqual(["text", "text"]);
  });

  it("carries every text as the same text, in elements and in attributes", () => {
    expect(childText(entry, "title")).toBe(AS_TEXT);
    expect(childText(entry, "summary")).toBe(AS_TEXT);
    expect(textOf(only(elementsNamed(entry, "name")))).toBe(AS_TEXT);
    expect(elementsNamed(entry, "category").map((category) => category.attributes)).toEqual([
      { term: "b-bold-b-and-script-alert-x-script-apos-c-and-amp-and-nbsp-and-0-and-x1-and", label: AS_ATTRIBUTE },
      { term: "silver", label: "silver" },
    ]);
  });
});

describe("JSON Feed with hostile texts", () => {
  const json = jsonFeedSchema.parse(JSON.parse(jsonFeed(feed)));
  const [item] = json.items;

  it("is JSON Feed 1.1 with the same texts, minus what no XML feed could carry", () => {
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect([item?.title, item?.summary, item?.authors?.[0]?.name, item?.tags?.[0]]).toEqual([AS_JSON, AS_JSON, AS_JSON, AS_JSON]);
  });
});

describe("the sitemap", () => {
  it("escapes what it writes and parses as XML", () => {
    const url = "https://journal.example/articles/x?a=1&b=<2>'\"";
    const document = parseStrictXml(sitemapXml([{ url, lastModified: "2025-11-29" }, { url: "https://journal.example/" }]));
    expect(elementsNamed(document, "url").map((entry) => [childText(entry, "loc"), childText(entry, "lastmod")])).toEqual([
      [url, "2025-11-29"],
      ["https://journal.example/", undefined],
    ]);
  });
});

describe("the strict parser the tests rely on", () => {
  // What the feed library this replaced (feed@6) wrote; a forgiving feed parser read all of it.
  it.each([
    ["a vertical tab in a title", "<rss><title>a\u000bb</title></rss>"],
    ["ESC in a body", "<rss><description>\u001b[31m</description></rss>"],
    ["markup in an Atom category label", '<feed><category label="<b>x</b>"/></feed>'],
    ["an HTML entity", "<rss><title>a&nbsp;b</title></rss>"],
  ])("refuses %s", (_, xml) => {
    expect(() => parseStrictXml(xml)).toThrow(/not well-formed XML/);
  });
});
