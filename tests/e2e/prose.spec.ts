import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

async function articleWith(pattern: RegExp): Promise<string> {
  const { articles } = await publishedContent();
  const article = articles.find((candidate) => pattern.test(candidate.body));
  if (!article) throw new Error(`no sample article matches ${pattern}`);
  return `/articles/${article.slug}`;
}

test("a block quote shows the author's own quotation marks, none added by the stylesheet", async ({ page }) => {
  await page.goto(await articleWith(/^> /m));
  const quote = page.locator("main blockquote p").first();
  await expect(quote).toBeVisible();
  const generated = await quote.evaluate((p) => [getComputedStyle(p, "::before").content, getComputedStyle(p, "::after").content]);
  expect(generated).toEqual(["none", "none"]);
});

test("a wide table scrolls inside its own labelled box, which the keyboard can focus and scroll", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 720 });
  await page.goto(await articleWith(/^\|.+\|\s*$/m));
  const box = page.getByRole("region", { name: "Size conversion table" });
  await expect(box.locator("table")).toBeVisible();
  const widths = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(widths.scroll, "the sample table is wider than a phone, so it must scroll in its box").toBeGreaterThan(widths.client);
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
