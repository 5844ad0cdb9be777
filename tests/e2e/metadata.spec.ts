import { expect, test } from "./site-fixtures";
import { metaValue, metaValues, readHead, type Head } from "./head";
import { pageTypes } from "./page-types";
import { ISLA, sample } from "./sample-journal";

const siteName = "Marrow & Vale Journal";

/** Absolute, and on the server under test. */
function expectOwnAbsoluteUrl(url: string | null | undefined, home: string, what: string) {
  expect(url, what).toBeTruthy();
  expect(URL.canParse(url ?? ""), `${what} is absolute: ${url}`).toBe(true);
  expect(new URL(url ?? "").origin, what).toBe(new URL(home).origin);
}

function expectFeedsAnnounced(head: Head, home: string) {
  expect(head.alternates.map((link) => link.type).sort()).toEqual(["application/atom+xml", "application/feed+json", "application/rss+xml"]);
  for (const link of head.alternates) {
    expectOwnAbsoluteUrl(link.href, home, `feed link ${link.type}`);
    expect(link.title, "feed link title").toContain(siteName);
  }
  expect(head.alternates.map((link) => new URL(link.href).pathname).sort()).toEqual(["/atom.xml", "/feed.json", "/feed.xml"]);
}

function expectSocialCard(head: Head, home: string) {
  expectOwnAbsoluteUrl(metaValue(head, "og:image"), home, "og:image");
  expect(metaValue(head, "og:image:width")).toBe("1200");
  expect(metaValue(head, "og:image:height")).toBe("630");
  expect(metaValue(head, "og:image:alt")?.length).toBeGreaterThan(10);
  expect(metaValue(head, "og:site_name")).toBe(siteName);
  expect(metaValue(head, "og:locale")).toBe("en_US");
  expect(metaValue(head, "twitter:card")).toBe("summary_large_image");
  expect(metaValue(head, "twitter:image")).toBe(metaValue(head, "og:image"));
}

test("every page type has a language, a title, a description, OpenGraph and Twitter cards and its feeds", async ({ page, absolute }) => {
  for (const { name, path, status } of await pageTypes()) {
    await test.step(name, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      const head = await readHead(page);
      expect(head.lang).toBe("en");
      expect(head.title === siteName || head.title.endsWith(` · ${siteName}`), `title "${head.title}"`).toBe(true);
      expect(head.description?.length, "meta description").toBeGreaterThan(20);
      expect(metaValue(head, "og:title")?.length).toBeGreaterThan(0);
      expect(metaValue(head, "og:description")).toBe(head.description);
      expectSocialCard(head, absolute("/"));
      expectFeedsAnnounced(head, absolute("/"));
      expect(head.h1, "exactly one h1").toBe(1);
      for (const landmark of ["header", "nav", "main", "footer"] as const) expect(head.landmarks[landmark], landmark).toBeGreaterThanOrEqual(1);
      expect(head.landmarks.main).toBe(1);
    });
  }
});

test("pages that exist name their absolute canonical URL, and og:url agrees", async ({ page, absolute }) => {
  for (const { name, path, status } of await pageTypes()) {
    if (status !== 200) continue;
    await test.step(name, async () => {
      await page.goto(path);
      const head = await readHead(page);
      expectOwnAbsoluteUrl(head.canonical, absolute("/"), "canonical");
      expect(new URL(head.canonical ?? "").href).toBe(absolute(path));
      expect(new URL(metaValue(head, "og:url") ?? "").href).toBe(absolute(path));
      expect(head.robots, "indexable").toBeNull();
    });
  }
});

test("the 404 page keeps the site's metadata but is neither canonical nor indexed", async ({ page, absolute }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  const head = await readHead(page);
  expect(head.title).toBe(siteName);
  expect(head.canonical).toBeNull();
  expect(head.robots).toContain("noindex");
  expectSocialCard(head, absolute("/"));
  expectFeedsAnnounced(head, absolute("/"));
});

test("an article is an OpenGraph article: title, dates, author and tags", async ({ page, absolute }) => {
  // The newest article, and one updated after it was published.
  for (const article of [sample("why-we-repair-before-we-replace"), sample("inside-our-lost-wax-casting-process")]) {
    await test.step(article.slug, async () => {
      await page.goto(`/articles/${article.slug}`);
      const head = await readHead(page);
      expect(head.title).toBe(`${article.title} · ${siteName}`);
      expect(head.description).toBe(article.description);
      expect(metaValue(head, "og:type")).toBe("article");
      expect(metaValue(head, "og:title")).toBe(article.title);
      expect(metaValue(head, "twitter:title")).toBe(article.title);
      expect(metaValue(head, "article:published_time")).toBe(article.date);
      expect(metaValue(head, "article:modified_time")).toBe(article.updated ?? article.date);
      expect(metaValues(head, "article:author")).toEqual([absolute(`/authors/${article.author.id}`)]);
      expect(metaValues(head, "article:tag")).toEqual(article.tags);
      expect(metaValue(head, "og:image:alt")).toContain(article.title);
      expect(metaValue(head, "og:image:alt")).toContain(article.author.name);
      expect(head.landmarks.article).toBeGreaterThanOrEqual(1);
    });
  }
});

test("home and author pages are OpenGraph websites titled for what they show", async ({ page }) => {
  await page.goto("/");
  const home = await readHead(page);
  expect(home.title).toBe(siteName);
  expect(metaValue(home, "og:type")).toBe("website");
  expect(metaValue(home, "og:title")).toBe(siteName);

  const author = ISLA;
  await page.goto("/authors/isla-marrow");
  const profile = await readHead(page);
  expect(profile.title).toBe(`${author.name} · ${siteName}`);
  expect(metaValue(profile, "og:type")).toBe("website");
  expect(metaValue(profile, "og:title")).toBe(author.name);
  expect(profile.description).toContain(author.name);
});
