import Parser from "rss-parser";
import { jsonFeedSchema } from "../helpers/json-feed";
import { expect, test } from "./site-fixtures";

/*
 * The oracle: the site built from tests/fixtures/oracle, checked against pages written out by
 * hand here. Nothing below is computed by lib/, so a wrong order, date or status in the loader
 * fails this spec instead of being expected by it. It runs against two builds, one with the server
 * in Los Angeles and one in Auckland (playwright.config.ts): the studio's clock is London's, so
 * both must show exactly this. tests/fixtures/oracle/README.md explains each article's date.
 */

type Expected = { slug: string; title: string; shown: string; datetime: string };

/** Every published article, newest first (same London day: by file name), as its card shows it. */
const ORDER: Expected[] = [
  { slug: "hallmarks-in-brief", title: "Hallmarks in Brief", shown: "November 29, 2025", datetime: "2025-11-29" },
  { slug: "same-day-update", title: "A Same-Day Update", shown: "October 2, 2025", datetime: "2025-10-02" },
  { slug: "opal-settings", title: "Opal Settings", shown: "September 20, 2025", datetime: "2025-09-20" },
  // 20:00 in Los Angeles is 04:00 the next morning in London.
  { slug: "pacific-evening-letter", title: "A Pacific Evening Letter", shown: "August 15, 2025", datetime: "2025-08-14T20:00:00-07:00" },
  { slug: "july-first-sketches", title: "July First Sketches", shown: "July 1, 2025", datetime: "2025-07-01" },
  // 00:30 BST on July 1 is 23:30 UTC on June 30: read in UTC it would be the day before, after june-end.
  { slug: "midsummer-bench-notes", title: "Midsummer Bench Notes", shown: "July 1, 2025", datetime: "2025-07-01T00:30:00+01:00" },
  { slug: "june-end-inventory", title: "June-End Inventory", shown: "June 30, 2025", datetime: "2025-06-30" },
  // 23:30 BST: already June 11 in Auckland.
  { slug: "late-evening-polish", title: "Late Evening Polish", shown: "June 10, 2025", datetime: "2025-06-10T22:30:00Z" },
  { slug: "amber-and-resin", title: "Amber and Resin", shown: "May 5, 2025", datetime: "2025-05-05" },
  { slug: "bronze-patinas", title: "Bronze Patinas", shown: "May 5, 2025", datetime: "2025-05-05" },
  { slug: "wax-carving-basics", title: "Wax Carving Basics", shown: "March 3, 2025", datetime: "2025-03-03" },
  { slug: "ring-sizing-notes", title: "Ring Sizing Notes", shown: "February 2, 2025", datetime: "2025-02-02" },
  // 23:30 GMT: London is on UTC in winter, Auckland is already on January 15.
  { slug: "winter-midnight-casting", title: "Winter Midnight Casting", shown: "January 14, 2025", datetime: "2025-01-14T23:30:00Z" },
  { slug: "first-light", title: "First Light", shown: "December 31, 2024", datetime: "2024-12-31" },
];

const titles = (list: readonly Expected[]) => list.map((article) => article.title);
const UNPUBLISHED = ["/articles/unfinished-draft", "/articles/next-century-collection", "/tags/secret-project"];

test("home lists the ten newest articles with their dates, and page 2 the other four", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator("main article");
  await expect(cards.locator("h2")).toHaveText(titles(ORDER.slice(0, 10)));
  await expect(cards.locator("time")).toHaveText(ORDER.slice(0, 10).map((article) => article.shown));
  expect(await cards.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")))).toEqual(ORDER.slice(0, 10).map((article) => article.datetime));

  await page.goto("/page/2");
  await expect(cards.locator("h2")).toHaveText(["Wax Carving Basics", "Ring Sizing Notes", "Winter Midnight Casting", "First Light"]);
  await expect(cards.locator("time")).toHaveText(["March 3, 2025", "February 2, 2025", "January 14, 2025", "December 31, 2024"]);
  expect((await page.goto("/page/3"))?.status()).toBe(404);
});

// One test per article: fourteen page loads in one test would be a wall-clock budget on a busy machine.
for (const [index, article] of ORDER.entries()) {
  test(`${article.slug}: previous is the next-older article, next the next-newer one`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    const pager = page.getByRole("navigation", { name: "Previous & next articles" });
    const older = ORDER[index + 1];
    const newer = ORDER[index - 1];
    const previous = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    if (older) await expect(previous).toHaveAttribute("href", `/articles/${older.slug}`);
    else await expect(previous).toHaveCount(0);
    if (newer) await expect(next).toHaveAttribute("href", `/articles/${newer.slug}`);
    else await expect(next).toHaveCount(0);
  });
}

test("an article's byline shows its London publication day, and its update when it has one", async ({ page }) => {
  // The separators are spaced by CSS, so the text has none around them.
  const bylines: [string, RegExp][] = [
    ["midsummer-bench-notes", /^By Isla Marrow·Published July 1, 2025·1 min read$/],
    ["late-evening-polish", /^By Isla Marrow·Published June 10, 2025·1 min read$/],
    ["winter-midnight-casting", /^By Isla Marrow·Published January 14, 2025·1 min read$/],
    ["pacific-evening-letter", /^By Jonah Petrakis·Guest author·Published August 15, 2025·1 min read$/],
    ["hallmarks-in-brief", /^By Isla Marrow·Published November 29, 2025·Updated December 3, 2025·1 min read$/],
    // An update on the day of publication is valid, and shown as written.
    ["same-day-update", /^By Isla Marrow·Published October 2, 2025·Updated October 2, 2025·1 min read$/],
  ];
  for (const [slug, byline] of bylines) {
    await page.goto(`/articles/${slug}`);
    await expect(page.locator("main article p").filter({ hasText: "Published" }).first(), slug).toHaveText(byline);
  }
});

test("drafts and scheduled articles, and a tag only they use, do not exist", async ({ page, request }) => {
  for (const path of UNPUBLISHED) expect((await request.get(path)).status(), path).toBe(404);
  for (const path of ["/", "/page/2", "/archive", "/tags", "/authors/isla"]) {
    await page.goto(path);
    await expect(page.locator("main"), path).not.toContainText(/Unfinished Draft|Next Century|secret/i);
  }
});

test("the archive groups every article under its London year and month", async ({ page }) => {
  await page.goto("/archive");
  const year2025 = page.getByRole("region", { name: "2025", exact: true });
  await expect(year2025.locator("h3")).toHaveText(["November", "October", "September", "August", "July", "June", "May", "March", "February", "January"]);
  await expect(year2025.getByRole("link")).toHaveText(titles(ORDER.slice(0, 13)));
  const year2024 = page.getByRole("region", { name: "2024", exact: true });
  await expect(year2024.locator("h3")).toHaveText(["December"]);
  await expect(year2024.getByRole("link")).toHaveText(["First Light"]);
  // Midsummer Bench Notes sits under July, with July First Sketches.
  const july = year2025.locator("div").filter({ has: page.locator("h3", { hasText: "July" }) });
  await expect(july.getByRole("link")).toHaveText(["July First Sketches", "Midsummer Bench Notes"]);
});

test("/tags counts each tag's articles, most used first and equal counts by name", async ({ page }) => {
  await page.goto("/tags");
  const rows = page.locator("main li a");
  await expect(rows).toHaveText([
    /^silver\s*4 articles$/,
    /^casting\s*3 articles$/,
    /^stones\s*3 articles$/,
    /^studio\s*3 articles$/,
    /^guest post\s*1 article$/,
    /^hallmarks\s*1 article$/,
    /^sizing\s*1 article$/,
    /^summer\s*1 article$/,
  ]);
  await page.goto("/tags/silver");
  await expect(page.locator("main article h2")).toHaveText(["Hallmarks in Brief", "July First Sketches", "Midsummer Bench Notes", "Late Evening Polish"]);
  await page.goto("/tags/guest-post");
  await expect(page.locator("main article h2")).toHaveText(["A Pacific Evening Letter"]);
});

test("an author's page lists their articles only, newest first", async ({ page }) => {
  await page.goto("/authors/jonah");
  await expect(page.locator("main article").getByRole("heading")).toHaveText(["A Pacific Evening Letter", "Bronze Patinas"]);
  // Isla's twelve take two pages: the two oldest are on page 2.
  await page.goto("/authors/isla/page/2");
  await expect(page.locator("main article").getByRole("heading")).toHaveText(["Winter Midnight Casting", "First Light"]);
});

type FeedItem = { title?: string; link?: string; isoDate?: string; updated?: string };
const parser = new Parser<{ lastBuildDate?: string; updated?: string }, { updated?: string }>({ customFields: { feed: ["lastBuildDate", "updated"], item: ["updated"] } });

/** The items' titles and publication instants, newest first, as every feed must carry them. */
const FEED_ITEMS: [string, string][] = [
  ["Hallmarks in Brief", "2025-11-29T00:00:00.000Z"],
  ["A Same-Day Update", "2025-10-02T00:00:00.000Z"],
  ["Opal Settings", "2025-09-20T00:00:00.000Z"],
  ["A Pacific Evening Letter", "2025-08-15T03:00:00.000Z"],
  ["July First Sketches", "2025-07-01T00:00:00.000Z"],
  ["Midsummer Bench Notes", "2025-06-30T23:30:00.000Z"],
  ["June-End Inventory", "2025-06-30T00:00:00.000Z"],
  ["Late Evening Polish", "2025-06-10T22:30:00.000Z"],
  ["Amber and Resin", "2025-05-05T00:00:00.000Z"],
  ["Bronze Patinas", "2025-05-05T00:00:00.000Z"],
  ["Wax Carving Basics", "2025-03-03T00:00:00.000Z"],
  ["Ring Sizing Notes", "2025-02-02T00:00:00.000Z"],
  ["Winter Midnight Casting", "2025-01-14T23:30:00.000Z"],
  ["First Light", "2024-12-31T00:00:00.000Z"],
];

test("RSS carries every published article in order, with its instant, and is dated by the latest update", async ({ request, absolute }) => {
  const feed = await parser.parseString(await (await request.get("/feed.xml")).text());
  expect(feed.items.map((item: FeedItem) => [item.title, item.isoDate])).toEqual(FEED_ITEMS);
  expect(feed.items.map((item: FeedItem) => item.link)).toEqual(ORDER.map((article) => absolute(`/articles/${article.slug}`)));
  // Hallmarks in Brief was updated on December 3, after everything else was published.
  expect(new Date(feed.lastBuildDate ?? "").toISOString()).toBe("2025-12-03T00:00:00.000Z");
});

test("Atom dates each entry's update, and the feed by the latest one", async ({ request }) => {
  const feed = await parser.parseString(await (await request.get("/atom.xml")).text());
  const updated = feed.items.map((item: FeedItem) => [item.title, item.updated && new Date(item.updated).toISOString()]);
  expect(updated.slice(0, 2)).toEqual([
    ["Hallmarks in Brief", "2025-12-03T00:00:00.000Z"],
    ["A Same-Day Update", "2025-10-02T00:00:00.000Z"],
  ]);
  expect(updated[5]).toEqual(["Midsummer Bench Notes", "2025-06-30T23:30:00.000Z"]);
  expect(new Date(feed.updated ?? "").toISOString()).toBe("2025-12-03T00:00:00.000Z");
});

test("the JSON Feed carries the same items, published and modified", async ({ request }) => {
  const feed = jsonFeedSchema.parse(await (await request.get("/feed.json")).json());
  expect(feed.items.map((item) => [item.title, item.date_published && new Date(item.date_published).toISOString()])).toEqual(FEED_ITEMS);
  expect(feed.items[0]?.date_modified && new Date(feed.items[0].date_modified).toISOString()).toBe("2025-12-03T00:00:00.000Z");
});

test("the sitemap lists exactly the published pages, each article dated by its last change", async ({ request, absolute }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [match[1], match[2]] as const);
  const paths = [
    "/",
    "/page/2",
    "/archive",
    "/tags",
    "/authors",
    "/about",
    "/search",
    ...ORDER.map((article) => `/articles/${article.slug}`),
    "/authors/isla",
    "/authors/isla/page/2",
    "/authors/jonah",
    ...["silver", "casting", "stones", "studio", "guest-post", "hallmarks", "sizing", "summer"].map((tag) => `/tags/${tag}`),
  ];
  expect(entries.map(([loc]) => loc).sort()).toEqual(paths.map(absolute).sort());
  const lastmod = new Map(entries);
  expect(lastmod.get(absolute("/articles/hallmarks-in-brief"))).toBe("2025-12-03");
  expect(lastmod.get(absolute("/articles/midsummer-bench-notes"))).toBe("2025-07-01T00:30:00+01:00");
  expect(lastmod.get(absolute("/"))).toBe("2025-12-03");
  expect(lastmod.get(absolute("/page/2"))).toBe("2025-03-03");
  expect(lastmod.get(absolute("/authors/jonah"))).toBe("2025-08-14T20:00:00-07:00");
  expect(lastmod.get(absolute("/authors/isla/page/2"))).toBe("2025-01-14T23:30:00Z");
  expect(lastmod.get(absolute("/tags/casting"))).toBe("2025-05-05");
});
