import { expect, test } from "./fixtures";
import { ISLA } from "./sample-journal";

test("an author's bio reads on their page and in the card closing each of their articles", async ({ page }) => {
  await page.goto("/authors/isla-marrow");
  await expect(page.locator("main")).toContainText(ISLA.bioFirstSentence);

  await page.goto("/articles/why-we-repair-before-we-replace");
  await expect(page.getByRole("complementary", { name: /Isla Marrow/ })).toContainText(ISLA.bioFirstSentence);
});
