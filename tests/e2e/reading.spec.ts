import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

test("the home page lists published articles newest first, ten a page, without drafts or scheduled ones", async ({ page }) => {
  const { articles, allArticles } = await publishedContent();
  expect(articles.length, "the sample content should fill more than one page").toBeGreaterThan(10);
  const hidden = allArticles.filter((article) => article.status !== "published");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main article h2")).toHaveText(articles.slice(0, 10).map((article) => article.title));
  for (const article of hidden) await expect(page.getByText(article.title)).toHaveCount(0);

  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL("/page/2");
  await expect(page.locator("main article h2")).toHaveText(articles.slice(10, 20).map((article) => article.title));
  await expect(page.locator('main [aria-current="page"]')).toHaveText(/2/);
  for (const article of hidden) await expect(page.getByText(article.title)).toHaveCount(0);
});

test("page 1 of a list redirects to the list itself, and pages past the end are 404", async ({ request }) => {
  const first = await request.get("/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe("/");
  expect((await request.get("/page/99")).status()).toBe(404);
  expect((await request.get("/page/02")).status()).toBe(404);
});

test("a reader goes from home to an article, then Next, then Previous", async ({ page }) => {
  const { articles } = await publishedContent();
  const middle = articles[1];
  const newer = articles[0];
  if (!middle || !newer) throw new Error("the sample content needs at least two published articles");

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
  const { articles } = await publishedContent();
  const oldest = articles.at(-1);
  if (!oldest) throw new Error("no articles");
  await page.goto(`/articles/${oldest.slug}`);
  const pager = page.getByRole("navigation", { name: "Previous & next articles" });
  await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: /Next/ })).toHaveCount(1);
});

test("an article shows its byline, body and author card; a guest is marked and credited", async ({ page }) => {
  const { articles, authors } = await publishedContent();
  const guestArticle = articles.find((article) => authors.get(article.author)?.guest);
  const author = guestArticle && authors.get(guestArticle.author);
  if (!guestArticle || !author) throw new Error("the sample content needs a guest post");

  await page.goto(`/articles/${guestArticle.slug}`);
  const article = page.locator("main article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(guestArticle.title);
  await expect(article.getByRole("link", { name: author.name }).first()).toHaveAttribute("href", `/authors/${author.id}`);
  await expect(article.getByText("Guest author", { exact: true })).toBeVisible();
  await expect(article.locator(`time[datetime="${guestArticle.date.raw}"]`).first()).toBeVisible();
  await expect(article.getByText(`${guestArticle.readingMinutes} min read`)).toBeVisible();
  const card = page.getByRole("complementary", { name: new RegExp(author.name) });
  await expect(card).toBeVisible();
  if (author.website) await expect(card.getByRole("link", { name: /website/ })).toHaveAttribute("href", author.website);
});

test("an author page shows the author and their published articles", async ({ page }) => {
  const { articles, authors } = await publishedContent();
  const author = [...authors.values()][0];
  if (!author) throw new Error("no authors");
  await page.goto(`/authors/${author.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.name);
  const theirs = articles.filter((article) => article.author === author.id);
  for (const article of theirs) await expect(page.getByRole("link", { name: article.title, exact: true })).toBeVisible();
});

test("unknown, draft and scheduled slugs answer 404 with a friendly page", async ({ page }) => {
  const { allArticles } = await publishedContent();
  const hidden = allArticles.filter((article) => article.status !== "published").map((article) => article.slug);
  for (const path of ["/articles/no-such-article", "/authors/nobody", "/nothing-here", ...hidden.map((slug) => `/articles/${slug}`)]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be found");
    await expect(page.getByRole("link", { name: "list of articles" })).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the HTML holds the whole article", async ({ page, request }) => {
    const { articles } = await publishedContent();
    const article = articles[0];
    if (!article) throw new Error("no articles");
    // Words from the last paragraph prove the body is complete, not cut short or left to JavaScript.
    const lastParagraph = article.body.trim().split(/\n{2,}/).filter((p) => !p.startsWith("[^")).at(-1) ?? "";
    const words = [...lastParagraph.matchAll(/[A-Za-z ]{25,}/g)].map((m) => m[0].trim()).sort((a, b) => b.length - a.length)[0];
    if (!words) throw new Error(`no plain words in the last paragraph of ${article.slug}`);

    const html = await (await request.get(`/articles/${article.slug}`)).text();
    expect(html).toContain(words);

    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("main article")).toContainText(words);
  });
});
