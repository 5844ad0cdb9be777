import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

test("an author's bio reads on their page and in the card closing each of their articles", async ({ page }) => {
  const { articles, authors } = await publishedContent();
  const article = articles.find((candidate) => authors.get(candidate.author)?.body.trim());
  const author = article && authors.get(article.author);
  if (!article || !author) throw new Error("the sample content needs an author with a bio");
  // The bio's first sentence, as plain text: Markdown marks are rendered away.
  const sentence = author.body.trim().split(/(?<=\.)\s/)[0]?.replace(/[*_`]/g, "") ?? "";

  await page.goto(`/authors/${author.id}`);
  await expect(page.locator("main")).toContainText(sentence);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("complementary", { name: new RegExp(author.name) })).toContainText(sentence);
});
