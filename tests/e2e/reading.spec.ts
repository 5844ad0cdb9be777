import { expect, test } from "./fixtures";
import { HIDDEN, JONAH, PUBLISHED, sample, titles } from "./sample-journal";

test("the home page lists published articles newest first, ten a page, without drafts or scheduled ones", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main article h2")).toHaveText(titles(PUBLISHED.slice(0, 10)));
  for (const article of HIDDEN) await expect(page.getByText(article.title)).toHaveCount(0);

  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL("/page/2");
  await expect(page.locator("main article h2")).toHaveText([
    "Gemstone Hardness and Choosing Stones for Everyday Wear",
    "Gold Karats Explained: 9k, 14k, 18k and Beyond",
    "Why Silver Tarnishes and How to Keep It Bright",
  ]);
  await expect(page.locator('main [aria-current="page"]')).toHaveText(/2/);
  for (const article of HIDDEN) await expect(page.getByText(article.title)).toHaveCount(0);
});

test("page 1 of a list redirects to the list itself, and pages past the end are 404", async ({ request }) => {
  const first = await request.get("/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe("/");
  expect((await request.get("/page/99")).status()).toBe(404);
  expect((await request.get("/page/02")).status()).toBe(404);
});

test("a reader goes from home to an article, then Next, then Previous", async ({ page }) => {
  const newer = sample("why-we-repair-before-we-replace");
  const middle = sample("recycled-metals-and-ethical-sourcing");

  await page.goto("/");
  await page.getByRole("link", { name: middle.title, exact: true }).click();
  await expect(page).toHaveURL(`/articles/${middle.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(middle.title);

  const pager = page.getByRole("navigation", { name: "Previous & next articles" });
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(`/articles/${newer.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newer.title);
  // The newest article has nowhere newer to go.
  await expect(pager.getByRole("link", { name: /Next/ })).toHaveCount(0);

  await pager.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(`/articles/${middle.slug}`);
});

test("the oldest article has no Previous link", async ({ page }) => {
  await page.goto("/articles/why-silver-tarnishes");
  const pager = page.getByRole("navigation", { name: "Previous & next articles" });
  await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: /Next/ })).toHaveCount(1);
});

test("an article shows its byline, body and author card; a guest is marked and credited", async ({ page }) => {
  await page.goto("/articles/restringing-beads-at-home-or-with-a-professional");
  const article = page.locator("main article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("Guest Post: Restringing Beads at Home or With a Professional");
  await expect(article.getByRole("link", { name: "Jonah Petrakis" }).first()).toHaveAttribute("href", "/authors/jonah-petrakis");
  await expect(article.getByText("Guest author", { exact: true })).toBeVisible();
  await expect(article.locator('time[datetime="2026-02-19"]').first()).toHaveText("February 19, 2026");
  // About 930 words at 200 a minute.
  await expect(article.getByText("5 min read")).toBeVisible();
  const card = page.getByRole("complementary", { name: /Jonah Petrakis/ });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: /website/ })).toHaveAttribute("href", JONAH.website);
});

test("an author page shows the author and their published articles", async ({ page }) => {
  await page.goto("/authors/jonah-petrakis");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jonah Petrakis");
  await expect(page.locator("main article h3")).toHaveText([
    "Guest Post: Restringing Beads at Home or With a Professional",
    "Guest Post: Living With Pearls, a Restringer's Advice",
  ]);
});

test("unknown, draft and scheduled slugs answer 404 with a friendly page", async ({ page }) => {
  for (const path of ["/articles/no-such-article", "/authors/nobody", "/nothing-here", ...HIDDEN.map(({ slug }) => `/articles/${slug}`)]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be found");
    await expect(page.getByRole("link", { name: "list of articles" })).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the HTML holds the whole article", async ({ page, request }) => {
    // Words from the last paragraph prove the body is complete, not cut short or left to JavaScript.
    const article = sample("why-we-repair-before-we-replace");
    const html = await (await request.get(`/articles/${article.slug}`)).text();
    expect(html).toContain(article.lastWords);

    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("main article")).toContainText(article.lastWords);
  });
});
