import { XMLParser } from "fast-xml-parser";
import { AUTHORS, HIDDEN, PUBLISHED } from "./sample-journal";
import { expect, test } from "./site-fixtures";

type UrlEntry = { loc: string; lastmod?: string };

const xml = new XMLParser({ isArray: (name) => name === "url", parseTagValue: false });

test("the sitemap lists every published page with an absolute URL that answers 200, and nothing unpublished", async ({ request, absolute }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const parsed = xml.parse(await response.text()) as { urlset?: { url?: UrlEntry[] } };
  const entries = parsed.urlset?.url ?? [];
  const locs = entries.map((entry) => entry.loc);

  const expected = ["/", ...PUBLISHED.map((a) => `/articles/${a.slug}`), ...AUTHORS.map(({ id }) => `/authors/${id}`)];
  for (const path of expected) expect(locs, path).toContain(absolute(path));
  expect(new Set(locs).size, "no duplicates").toBe(locs.length);

  for (const loc of locs) {
    expect(URL.canParse(loc), `${loc} is absolute`).toBe(true);
    expect((await request.get(loc)).status(), loc).toBe(200);
  }

  for (const article of HIDDEN) expect(locs.filter((loc) => loc.includes(article.slug)), article.slug).toEqual([]);

  for (const article of PUBLISHED) {
    const entry = entries.find((candidate) => candidate.loc === absolute(`/articles/${article.slug}`));
    expect(entry?.lastmod, article.slug).toBe(article.updated ?? article.date);
  }
  // Spelled out once: the updated article's lastmod is its update, not its first date.
  expect(entries.find((entry) => entry.loc === absolute("/articles/inside-our-lost-wax-casting-process"))?.lastmod).toBe("2025-08-19");
});

test("robots.txt lets crawlers in and points at the sitemap", async ({ request, absolute }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).not.toContain("Disallow: /");
  const sitemaps = lines.filter((line) => line.startsWith("Sitemap:")).map((line) => line.slice("Sitemap:".length).trim());
  expect(sitemaps).toEqual([absolute("/sitemap.xml")]);
  expect((await request.get(sitemaps[0] ?? "")).status()).toBe(200);
});
