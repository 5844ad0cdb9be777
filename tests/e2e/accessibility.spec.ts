import AxeBuilder from "@axe-core/playwright";
import { pageTypes } from "./page-types";
import { expect, test } from "./fixtures";

/** Every page type, by name, from the list the metadata and validity tests share. */
async function pagesToCheck(): Promise<Record<string, string>> {
  return Object.fromEntries((await pageTypes()).map((type) => [type.name, type.path]));
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("every page type has no axe violations", async ({ page }) => {
      // A dozen full-page audits: minutes, not seconds, on a busy two-core machine.
      test.setTimeout(600_000);
      for (const [name, path] of Object.entries(await pagesToCheck())) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
          `${name} (${path}) in ${colorScheme} mode`,
        ).toEqual([]);
      }
    });
  });
}

test("home and an article at 375 px and 1280 px (screenshots kept as artifacts)", async ({ page }, testInfo) => {
  const pages = await pagesToCheck();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const name of ["home", "article with a cover"]) {
      await page.goto(pages[name] ?? "/");
      await page.evaluate(() => document.fonts.ready);
      await testInfo.attach(`${name}-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    }
  }
});

test("the keyboard reaches the skip link first, then the navigation, and Enter on Next moves on", async ({ page }) => {
  await page.goto("/articles/recycled-metals-and-ethical-sourcing");

  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to content");
  await expect(page.locator(":focus")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/Marrow & Vale Journal/);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Articles");
  expect(await page.locator(":focus").evaluate((el) => el.closest("nav")?.getAttribute("aria-label"))).toBe("Main");

  // Skip link: Enter moves focus to the main content.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  const next = page.getByRole("navigation", { name: "Previous & next articles" }).getByRole("link", { name: /Next/ });
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/articles/why-we-repair-before-we-replace");
});

test("focus is visible as an accent outline", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.locator(":focus").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});
