import type { APIRequestContext } from "@playwright/test";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import Parser from "rss-parser";
import { visit } from "unist-util-visit";
import { jsonFeedSchema } from "../helpers/json-feed";
import { publishedContent } from "./content";
import { expect, test } from "./site-fixtures";

/** What every feed item must carry, whatever the format. */
type Item = { title?: string; link?: string; date?: string; author?: string; content?: string; categories?: string[] };

type AtomCategory = { $: { term: string; label?: string } };
const parser = new Parser<object, { "content:encoded": string; atomCategories?: AtomCategory[] }>({
  customFields: { item: ["content:encoded", ["category", "atomCategories", { keepArray: true }]] },
});

async function fetchFeed(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain(contentType);
  return response.text();
}

async function rssItems(request: APIRequestContext): Promise<Item[]> {
  const feed = await parser.parseString(await fetchFeed(request, "/feed.xml", "application/rss+xml"));
  return feed.items.map((item) => ({ title: item.title, link: item.link, date: item.isoDate, author: item.creator, content: item["content:encoded"], categories: item.categories }));
}

async function atomItems(request: APIRequestContext): Promise<Item[]> {
  const feed = await parser.parseString(await fetchFeed(request, "/atom.xml", "application/atom+xml"));
  // rss-parser reads an Atom entry's author name into `author`, which its types do not declare.
  return feed.items.map((item) => ({
    title: item.title,
    link: item.link,
    date: item.isoDate,
    author: (item as { author?: string }).author,
    content: item.content,
    categories: item.atomCategories?.map((category) => category.$.label ?? category.$.term),
  }));
}

async function jsonItems(request: APIRequestContext): Promise<Item[]> {
  const feed = jsonFeedSchema.parse(JSON.parse(await fetchFeed(request, "/feed.json", "application/feed+json")));
  return feed.items.map((item) => ({ title: item.title, link: item.url, date: item.date_published, author: item.authors?.[0]?.name, content: item.content_html, categories: item.tags }));
}

/** Every URL in an item's HTML (links, images, quotations' sources). */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (element: Element) => {
    for (const key of ["href", "src", "cite"]) {
      const value = element.properties[key];
      if (typeof value === "string") urls.push(value);
    }
  });
  return urls;
}

const formats = { "RSS 2.0": rssItems, Atom: atomItems, "JSON Feed": jsonItems };

for (const [format, read] of Object.entries(formats)) {
  test(`${format}: the newest 20 published articles, each with title, link, date, author and full content`, async ({ request, absolute }) => {
    const { articles, allArticles, authors } = await publishedContent();
    const items = await read(request);
    const expected = articles.slice(0, 20);
    expect(items.map((item) => item.link)).toEqual(expected.map((article) => absolute(`/articles/${article.slug}`)));
    for (const [index, item] of items.entries()) {
      const article = expected[index];
      if (!article) throw new Error("more items than articles");
      expect(item.title).toBe(article.title);
      expect(item.date && Date.parse(item.date)).toBe(article.date.instant);
      expect(item.author).toBe(authors.get(article.author)?.name);
      expect(item.content?.length, `${article.slug} content`).toBeGreaterThan(article.body.length / 2);
      expect(item.categories).toEqual(article.tags);
      for (const url of urlsIn(item.content ?? "")) expect(URL.canParse(url), `${article.slug}: ${url} is absolute`).toBe(true);
    }
    const hidden = allArticles.filter((article) => article.status !== "published");
    expect(hidden.length).toBeGreaterThan(0);
    for (const article of hidden) expect(items.some((item) => item.link?.includes(article.slug))).toBe(false);
  });
}

test("every link in the feeds answers 200: items, and the site's own links and images inside the content", async ({ request, absolute }) => {
  const own = new URL(absolute("/")).origin;
  const links = new Set<string>();
  for (const read of Object.values(formats)) {
    for (const item of await read(request)) {
      if (item.link) links.add(item.link);
      for (const url of urlsIn(item.content ?? "")) if (new URL(url).origin === own) links.add(url.replace(/#.*$/, ""));
    }
  }
  expect([...links].some((link) => /\/(img|images)\//.test(link)), "an image inside the content").toBe(true);
  expect([...links].some((link) => link.includes("/authors/")), "a link to an author inside the content").toBe(true);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
});

test("the JSON Feed names itself and the site with absolute URLs that answer 200", async ({ request }) => {
  const feed = jsonFeedSchema.parse(JSON.parse(await fetchFeed(request, "/feed.json", "application/feed+json")));
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  for (const url of [feed.home_page_url, feed.feed_url, feed.icon, ...feed.items.map((item) => item.authors?.[0]?.url)]) {
    if (!url) throw new Error("a feed URL is missing");
    expect((await request.get(url)).status(), url).toBe(200);
  }
});
