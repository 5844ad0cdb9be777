import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { atom } from "@/lib/feeds/atom";
import { buildFeed, feedArticles, type FeedEntry } from "@/lib/feeds/feed";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { rss } from "@/lib/feeds/rss";
import { absoluteUrl } from "@/lib/site";
import { jsonFeedSchema } from "../helpers/json-feed";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

const entries: FeedEntry[] = [
  {
    article: makeArticle({ slug: "living-with-pearls", title: "Living With Pearls", date: "2025-10-16", author: guestAuthor.id, tags: ["guest post", "Pearls"] }),
    author: guestAuthor,
    html: '<p>Read <a href="/articles/why-silver-tarnishes">why silver tarnishes</a>.<sup><a href="#user-content-fn-1">1</a></sup></p><img src="/images/pearls.jpg" alt="Pearls">',
  },
  {
    article: makeArticle({ slug: "lost-wax", title: "Lost Wax & Fire", date: "2025-01-28", updated: "2025-08-19T10:00:00+01:00", tags: ["process"] }),
    author: makeAuthor(),
    html: "<p>Carving <em>wax</em>.</p>",
  },
];

const feed = buildFeed(entries);
type RssFields = { updated: string; "content:encoded": string };
const parser = new Parser<{ lastBuildDate: string }, RssFields>({ customFields: { feed: ["lastBuildDate"], item: ["updated", "content:encoded"] } });

describe("feedArticles", () => {
  it("keeps the newest 20 of a newest-first list", () => {
    const articles = Array.from({ length: 25 }, (_, i) => makeArticle({ slug: `article-${i + 1}` }));
    const kept = feedArticles(articles).map((a) => a.slug);
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe("article-1");
    expect(kept.at(-1)).toBe("article-20");
  });

  it("keeps every article of a shorter list", () => {
    expect(feedArticles([makeArticle({ slug: "only" })]).map((a) => a.slug)).toEqual(["only"]);
  });
});

describe("buildFeed", () => {
  it("writes RSS 2.0 that a feed parser reads back: titles, links, dates, authors, full content, categories", async () => {
    const parsed = await parser.parseString(rss(feed));
    expect(parsed.title).toBe("Marrow & Vale Journal");
    expect(parsed.items.map((item) => item.title)).toEqual(["Living With Pearls", "Lost Wax & Fire"]);
    const [pearls, wax] = parsed.items;
    expect(pearls?.link).toBe(absoluteUrl("/articles/living-with-pearls"));
    expect(pearls?.isoDate).toBe("2025-10-16T00:00:00.000Z");
    expect(pearls?.creator).toBe("Jonah Petrakis");
    expect(pearls?.categories).toEqual(["guest post", "Pearls"]);
    expect(pearls?.["content:encoded"]).toContain(`<a href="${absoluteUrl("/articles/why-silver-tarnishes")}">`);
    expect(wax?.["content:encoded"]).toContain("<em>wax</em>");
  });

  it("writes Atom with published and updated dates and absolute URLs inside the content", async () => {
    const parsed = await parser.parseString(atom(feed));
    const wax = parsed.items[1];
    expect(wax?.link).toBe(absoluteUrl("/articles/lost-wax"));
    expect(wax?.pubDate).toBe("2025-01-28T00:00:00.000Z");
    expect(wax?.updated).toBe("2025-08-19T09:00:00.000Z");
    const pearls = parsed.items[0];
    expect(pearls?.content).toContain(`src="${absoluteUrl("/images/pearls.jpg")}"`);
    expect(pearls?.content).toContain(`href="${absoluteUrl("/articles/living-with-pearls")}#user-content-fn-1"`);
  });

  it("writes a JSON Feed 1.1 with authors that matches the JSON Feed schema", () => {
    const json = jsonFeedSchema.parse(JSON.parse(jsonFeed(feed)));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe(absoluteUrl("/feed.json"));
    expect(json.authors).toEqual([{ name: "Marrow & Vale", url: absoluteUrl("/") }]);
    expect(json.items.map((item) => [item.url, item.date_published, item.authors?.map((author) => author.name), item.tags])).toEqual([
      [absoluteUrl("/articles/living-with-pearls"), "2025-10-16T00:00:00.000Z", ["Jonah Petrakis"], ["guest post", "Pearls"]],
      [absoluteUrl("/articles/lost-wax"), "2025-01-28T00:00:00.000Z", ["Isla Marrow"], ["process"]],
    ]);
  });

  it("dates the feed by its latest change, so the same content gives the same file", async () => {
    expect(rss(buildFeed(entries))).toBe(rss(feed));
    expect((await parser.parseString(rss(feed))).lastBuildDate).toBe("Thu, 16 Oct 2025 00:00:00 GMT");
  });

  it("counts an update as the feed's latest change, and dates the updated entry by it", async () => {
    const [pearls, wax] = entries;
    if (!pearls || !wax) throw new Error("two entries");
    // Published in January, updated in November: newer than the October article above it.
    const revised = { ...wax, article: makeArticle({ slug: "lost-wax", title: "Lost Wax & Fire", date: "2025-01-28", updated: "2025-11-02T23:30:00Z" }) };
    const updatedFeed = buildFeed([pearls, revised]);
    expect((await parser.parseString(rss(updatedFeed))).lastBuildDate).toBe("Sun, 02 Nov 2025 23:30:00 GMT");
    const atomFeed = await parser.parseString(atom(updatedFeed));
    expect(atomFeed.items.map((item) => item.updated)).toEqual(["2025-10-16T00:00:00.000Z", "2025-11-02T23:30:00.000Z"]);
    const json = jsonFeedSchema.parse(JSON.parse(jsonFeed(updatedFeed)));
    expect(json.items.map((item) => [item.date_published, item.date_modified])).toEqual([
      ["2025-10-16T00:00:00.000Z", "2025-10-16T00:00:00.000Z"],
      ["2025-01-28T00:00:00.000Z", "2025-11-02T23:30:00.000Z"],
    ]);
  });
});
