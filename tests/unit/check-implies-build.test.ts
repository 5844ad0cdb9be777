import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSocialImage } from "@/app/_og/render-social-image";
import { checkCollection } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import type { Article, Author, Collection } from "@/lib/content/types";
import { renderArticle, type RenderedArticle } from "@/lib/content/markdown";
import { atom } from "@/lib/feeds/atom";
import { buildFeed } from "@/lib/feeds/feed";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { rss } from "@/lib/feeds/rss";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";
import { articleRoutes } from "@/lib/seo/sitemap";
import { sitemapXml } from "@/lib/seo/sitemap-xml";
import { tagSlug } from "@/lib/tags";
import { makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { parseStrictXml } from "../helpers/strict-xml";

/*
 * Issue 16: "check green ⇒ build green". Many odd articles are generated (fast-check, fixed seed);
 * for each one the content check accepts, every build step that reads it must succeed: the
 * Markdown renderer, the page metadata and JSON-LD, the three feeds and the sitemap (parsed as
 * strict XML), the social card and the tag pages' addresses. Each one it refuses must be refused
 * with a message that names its file. Limits are what make the difference (issue 18), so the
 * pieces straddle every limit.
 */

const ODD_TEXT = [
  "<b>bold</b>",
  "</title><script>alert(1)</script>",
  "$&",
  "$'",
  "$`",
  "&amp;",
  "&nbsp;",
  "]]>",
  "\u000b",
  "\u001b[31m",
  "\u0000",
  "\u0085",
  "\u009f",
  "\uFFFE",
  "\uD800",
  "💍",
  "👩🏽‍🔧",
  "مرحبا",
  "%",
  "#",
  "\\",
  "`",
  "'",
  '"',
  "  ",
];

const piece = fc.oneof(fc.constantFrom(...ODD_TEXT), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("Silver", "gold", "ring"));
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));
// Titles and tags on both sides of their limits (200 and 50 characters).
const title = fc.oneof({ arbitrary: text, weight: 6 }, fc.integer({ min: 195, max: 205 }).map((length) => "T".repeat(length)), fc.integer({ min: 195, max: 205 }).map((length) => "💍".repeat(length)));
const tag = fc.oneof({ arbitrary: text, weight: 12 }, fc.constantFrom("💍", "!!!", "ß".repeat(50), "x".repeat(51), "<b>bold</b>", "guest post"));

const depth = (max: number) => fc.integer({ min: 1, max });
const block = fc.oneof(
  { arbitrary: text, weight: 12 },
  depth(20).map((levels) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")),
  depth(20).map((levels) => `${"> ".repeat(levels)}quoted`),
  depth(20).map((levels) => `${"1. ".repeat(levels)}ordered`),
  fc.tuple(depth(40), fc.constantFrom("div", "span", "b", "blockquote", "ul")).map(([levels, tag]) => `${`<${tag}>`.repeat(levels)}deep${`</${tag}>`.repeat(levels)}`),
  depth(40).map((levels) => `${"<span>".repeat(levels)}never closed`),
  depth(250).map((marks) => "a*".repeat(marks)),
  depth(250).map((marks) => "_a ".repeat(marks)),
  depth(250).map((brackets) => `${"[".repeat(brackets)}x${"](y)".repeat(brackets)}`),
  depth(70).map((columns) => `${"|a".repeat(columns)}|\n${"|-".repeat(columns)}|\n${"|b".repeat(columns)}|`),
  fc.constantFrom(
    "[the 50% section](#50%-off)",
    "[odd](#%E0%A4%A) and [bad](#%zz)",
    '<a href="#50%-off">raw</a> <a id="50%-off">target</a>',
    "Text[^1] and more[^note].\n\n[^1]: One.\n[^note]: Two.",
    '<span id="fn-1">x</span> <a id="user-content-fnref-1">y</a> <p id="main">z</p> <h2 id="footnote-label">h</h2>',
    "## Main\n\n## Next\n\n## User content fn 1\n\n## Footnote label\n\n## Main",
    "![ring](https:evil.example/x.png) ![ring](//images/x.png) ![ring](/images/../x.png)",
    "```\n" + "> ".repeat(40) + "\n```",
    "<details><summary>s</summary>" + "*".repeat(300) + "</details>",
  ),
  fc.integer({ min: 16, max: 21 }).map((n) => "word ".repeat(n * 1_000)),
);
const body = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => `${blocks.join("\n\n")}\n`);

const oddArticle = fc.record({ title, description: text, tags: fc.array(tag, { maxLength: 21 }), body });
type OddArticle = typeof oddArticle extends fc.Arbitrary<infer T> ? T : never;

const ARTICLES = 60;
const AUTHOR = "---\nname: Isla Marrow\n---\nIsla makes rings.[^1]\n\n[^1]: And mends them.\n";

function file({ title, description, tags, body }: OddArticle): string {
  // JSON strings are YAML double-quoted strings: every character survives as an escape.
  const frontmatter = [`title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, "date: 2025-11-29", "author: isla", `tags: ${JSON.stringify(tags)}`];
  return `---\n${frontmatter.join("\n")}\n---\n\n${body}`;
}

let folder: ContentFolder;
let collection: Collection;
let checked: string[];
let author: Author;

beforeAll(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", AUTHOR);
  const generated = fc.sample(oddArticle, { numRuns: ARTICLES, seed: 16 });
  await Promise.all(generated.map((odd, i) => folder.write(`content/articles/odd-${i}.md`, file(odd))));
  collection = await folder.load();
  const extra = await checkCollection(collection, { publicDir: folder.publicDir, dev: false });
  checked = [...collection.issues, ...extra].filter((issue) => issue.severity === "error").map((issue) => issue.file);
  const found = collection.authors.get("isla");
  if (!found) throw new Error(`the author did not load: ${collection.issues.map(formatIssue).join("; ")}`);
  author = found;
}, 120_000);

afterAll(() => folder.remove());

const green = (): Article[] => collection.articles.filter((article) => !checked.includes(article.file));

describe(`check green ⇒ build green, on ${ARTICLES} generated odd articles`, { timeout: 120_000 }, () => {
  it("generates both articles the check accepts and articles it refuses", () => {
    expect(green().length).toBeGreaterThan(5);
    expect(new Set(checked).size).toBeGreaterThan(5);
  });

  it("refuses an article only with messages that name its file", () => {
    const files = Array.from({ length: ARTICLES }, (_, i) => `content/articles/odd-${i}.md`);
    const loaded = new Set(collection.allArticles.map((article) => article.file));
    for (const refused of files.filter((name) => !loaded.has(name))) expect(checked, refused).toContain(refused);
  });

  let rendered: Map<string, RenderedArticle>;

  it("renders every accepted body, with unique ids none of which is the page's", async () => {
    rendered = new Map();
    for (const article of green()) {
      const result = await renderArticle(article.body, { publicDir: folder.publicDir });
      rendered.set(article.slug, result);
      const ids = [...result.html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
      expect(new Set(ids).size, `${article.file}: duplicate ids ${ids.join(" ")}`).toBe(ids.length);
      expect(ids.filter((id) => id === "main" || id === "about-the-author" || id === "toc-heading"), article.file).toEqual([]);
    }
  });

  it("gives every accepted article metadata and JSON-LD that parses", () => {
    for (const article of green()) {
      const metadata = articleMetadata(article, author);
      expect(metadata.title, article.file).toEqual({ absolute: `${article.title} · Marrow & Vale Journal` });
      expect(() => JSON.parse(serializeJsonLd(articleJsonLd(article, author, new Map()))), article.file).not.toThrow();
    }
  });

  it("writes feeds and a sitemap of the accepted articles that parse as strict XML and JSON", () => {
    const entries = green().map((article) => ({ article, author, html: rendered.get(article.slug)?.html ?? "" }));
    for (let start = 0; start < entries.length; start += 20) {
      const feed = buildFeed(entries.slice(start, start + 20));
      expect(() => parseStrictXml(rss(feed))).not.toThrow();
      expect(() => parseStrictXml(atom(feed))).not.toThrow();
      expect(() => JSON.parse(jsonFeed(feed))).not.toThrow();
    }
    expect(() => parseStrictXml(sitemapXml(articleRoutes(green())))).not.toThrow();
  });

  it("gives every tag of an accepted article an address that can be a file name", () => {
    for (const tag of green().flatMap((article) => article.tags)) {
      expect(tagSlug(tag), JSON.stringify(tag)).toMatch(/^[a-z0-9-]{1,100}$/);
    }
  });

  it("draws every accepted article's social card", async () => {
    for (const article of green()) {
      const response = await renderSocialImage({ kicker: "Marrow & Vale Journal", title: article.title, footer: `By ${author.name}` }, { cacheDir: undefined, budgetMs: null });
      expect(Buffer.from(await response.arrayBuffer()).subarray(1, 4).toString(), article.file).toBe("PNG");
    }
  });
});
