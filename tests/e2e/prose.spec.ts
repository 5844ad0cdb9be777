import { expect, test } from "./fixtures";

test("a block quote shows the author's own quotation marks, none added by the stylesheet", async ({ page }) => {
  await page.goto("/articles/living-with-pearls");
  const quote = page.locator("main blockquote p").first();
  await expect(quote).toBeVisible();
  const generated = await quote.evaluate((p) => [getComputedStyle(p, "::before").content, getComputedStyle(p, "::after").content]);
  expect(generated).toEqual(["none", "none"]);
});

test("a wide table scrolls inside its own labelled box, which the keyboard can focus and scroll", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 720 });
  await page.goto("/articles/ring-sizing-and-buying-guide");
  const box = page.getByRole("region", { name: "Size conversion table" });
  await expect(box.locator("table")).toBeVisible();
  const widths = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(widths.scroll, "the sample table is wider than a phone, so it must scroll in its box").toBeGreaterThan(widths.client);
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
