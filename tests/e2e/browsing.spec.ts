import { expect, test } from "./fixtures";
import { PUBLISHED, titles } from "./sample-journal";

test("an article with three or more headings has a labelled table of contents whose links land on the headings", async ({ page }) => {
  // Four sections.
  await page.goto("/articles/why-we-repair-before-we-replace");
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
  await page.goto("/articles/why-we-repair-before-we-replace");
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "studio notes" }).click();
  await expect(page).toHaveURL("/tags/studio-notes");
  // Not "A Letter to the Future Studio": it is scheduled for 2099.
  await expect(page.locator("main article h2")).toHaveText([
    "Why We Repair Before We Replace",
    "Recycled Metals and Ethical Sourcing: Where Our Materials Come From",
    "Making a Bezel-Set Ring, in Pictures",
    "Inside Our Lost-Wax Casting Process, Step by Step",
    "Why Silver Tarnishes and How to Keep It Bright",
  ]);

  await page.goto("/tags");
  await expect(page.getByRole("link", { name: /studio notes/ })).toContainText("5 articles");
  await expect(page.getByRole("link", { name: /hallmarks/ })).toContainText("1 article");
});

test("related articles share tags and never include the article itself", async ({ page }) => {
  // Why We Repair… is tagged studio notes, metal care and recycled metals.
  await page.goto("/articles/why-we-repair-before-we-replace");
  const related = page.getByRole("region", { name: "Related articles" });
  const shown = await related.getByRole("link").allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(3);
  const sharing = [
    "Recycled Metals and Ethical Sourcing: Where Our Materials Come From",
    "Making a Bezel-Set Ring, in Pictures",
    "Inside Our Lost-Wax Casting Process, Step by Step",
    "Caring for Gold-Plated and Vermeil Jewelry",
    "Gold Karats Explained: 9k, 14k, 18k and Beyond",
    "Why Silver Tarnishes and How to Keep It Bright",
  ];
  for (const title of shown) expect(sharing, title).toContain(title.trim());
});

test("the archive lists every published article under its year", async ({ page }) => {
  await page.goto("/archive");
  for (const article of PUBLISHED) {
    const year = article.date.slice(0, 4);
    await expect(page.getByRole("region", { name: year, exact: true }).getByRole("link", { name: article.title, exact: true })).toBeVisible();
  }
  for (const year of ["2024", "2025", "2026"]) {
    const count = PUBLISHED.filter((article) => article.date.startsWith(year)).length;
    await expect(page.getByRole("region", { name: year, exact: true }).getByRole("link")).toHaveCount(count);
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
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main").getByRole("link", { name: "search", exact: true })).toHaveAttribute("href", "/search");
  for (const title of titles(PUBLISHED.slice(0, 3))) await expect(page.getByRole("link", { name: title })).toBeVisible();
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
