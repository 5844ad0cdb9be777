import { tagSlug } from "../../lib/tags";
import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

test("an article with three or more headings has a labelled table of contents whose links land on the headings", async ({ page }) => {
  const { articles } = await publishedContent();
  const long = articles.find((article) => (article.body.match(/^##\s/gm) ?? []).length >= 3);
  if (!long) throw new Error("needs an article with three headings");
  await page.goto(`/articles/${long.slug}`);
  const toc = page.getByRole("navigation", { name: "In this article" });
  const links = toc.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const first = links.first();
  const href = await first.getAttribute("href");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const heading = page.locator(`${href} `.trim());
  await expect(heading).toBeInViewport();
  await expect(heading.getByRole("link", { name: /Link to the section/ })).toHaveAttribute("href", href ?? "");
});

test("tags are links to a tag page listing its articles; /tags counts them", async ({ page }) => {
  const { articles } = await publishedContent();
  const article = articles.find((candidate) => candidate.tags.length > 0);
  const tag = article?.tags[0];
  if (!article || !tag) throw new Error("needs a tagged article");
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: tag }).click();
  await expect(page).toHaveURL(`/tags/${tagSlug(tag)}`);
  const tagged = articles.filter((candidate) => candidate.tags.some((t) => tagSlug(t) === tagSlug(tag)));
  await expect(page.locator("main article h2")).toHaveText(tagged.slice(0, 10).map((a) => a.title));

  await page.goto("/tags");
  await expect(page.getByRole("link", { name: new RegExp(`${tagged.length} articles?`) }).first()).toBeVisible();
});

test("related articles share tags and never include the article itself", async ({ page }) => {
  const { articles } = await publishedContent();
  const article = articles[0];
  if (!article) throw new Error("no articles");
  await page.goto(`/articles/${article.slug}`);
  const related = page.getByRole("region", { name: "Related articles" });
  const titles = await related.getByRole("link").allTextContents();
  expect(titles.length).toBeLessThanOrEqual(3);
  expect(titles).not.toContain(article.title);
  for (const title of titles) {
    const other = articles.find((candidate) => candidate.title === title);
    expect(other?.tags.some((t) => article.tags.map(tagSlug).includes(tagSlug(t))), title).toBe(true);
  }
});

test("the archive lists every published article under its year", async ({ page }) => {
  const { articles } = await publishedContent();
  await page.goto("/archive");
  for (const article of articles) {
    const year = article.date.day.slice(0, 4);
    await expect(page.getByRole("region", { name: year, exact: true }).getByRole("link", { name: article.title, exact: true })).toBeVisible();
  }
});

test("the about page is written in Markdown", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the studio");
  await expect(page.getByRole("heading", { level: 2, name: "Why a journal" })).toBeVisible();
});

test("search finds an article by a word from its body and links to it", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Search the journal").fill("hallmark");
  const results = page.getByRole("main").getByRole("listitem");
  await expect(page.getByRole("status")).toContainText(/\d+ articles? found for “hallmark”/);
  await expect(results.first()).toBeVisible();
  await results.getByRole("link", { name: /Hallmark/ }).first().click();
  await expect(page).toHaveURL(/\/articles\/how-to-read-a-hallmark/);
});

test("a search link with ?q= opens with its results", async ({ page }) => {
  await page.goto("/search?q=pearls");
  await expect(page.getByRole("status")).toContainText("found for “pearls”");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page says so and links the archive and tags", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText("needs JavaScript")).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "archive", exact: true })).toHaveAttribute("href", "/archive");
    await expect(main.getByRole("link", { name: "tags", exact: true })).toHaveAttribute("href", "/tags");
    await expect(main.getByRole("searchbox")).toHaveCount(0);
  });
});

test("the not-found page suggests the newest articles and the search", async ({ page }) => {
  const { articles } = await publishedContent();
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main").getByRole("link", { name: "search", exact: true })).toHaveAttribute("href", "/search");
  for (const article of articles.slice(0, 3)) await expect(page.getByRole("link", { name: article.title })).toBeVisible();
});

test("images in articles carry their size and load lazily; the first cover is a priority", async ({ page }) => {
  await page.goto("/articles/inside-our-lost-wax-casting-process");
  const bodyImage = page.locator(".prose-journal img").first();
  await expect(bodyImage).toHaveAttribute("width", /\d+/);
  await expect(bodyImage).toHaveAttribute("height", /\d+/);
  await expect(bodyImage).toHaveAttribute("loading", "lazy");
  await expect(bodyImage).toHaveAttribute("decoding", "async");
  await page.goto("/");
  await expect(page.locator("main img").first()).toHaveAttribute("fetchpriority", "high");
});
