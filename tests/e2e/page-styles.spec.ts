import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * Each page carries only the rules of its stylesheet that it can match (lib/build/critical-css.mjs).
 * These are the rules the static HTML cannot show it needs: a dark screen, the keyboard's focus, a
 * pointer over a link, a photograph opened full size, paper. The colours are docs/design.md's.
 */
const ARTICLE = "/articles/why-we-repair-before-we-replace";
const PHOTO_ESSAY = "/articles/making-a-bezel-set-ring";
const LIGHT = { paper: "rgb(251, 248, 242)", ink: "rgb(35, 31, 26)", accent: "rgb(125, 90, 22)" };
const DARK = { paper: "rgb(27, 25, 22)", accent: "rgb(217, 181, 106)" };

const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test("an article keeps its dark-mode colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(ARTICLE);
  expect(await style(page, "html", "background-color")).toBe(DARK.paper);
  expect(await style(page, ".prose-journal a", "color")).toBe(DARK.accent);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await style(page, "html", "background-color")).toBe(LIGHT.paper);
});

test("an article keeps the keyboard's rules: the skip link shows on focus, and focus is an accent ring", async ({ page }) => {
  await page.goto(ARTICLE);
  const skip = page.getByRole("link", { name: "Skip to content" });
  const clip = () => skip.evaluate((element) => getComputedStyle(element).clipPath);
  expect(await clip(), "clipped away until focused").toBe("inset(50%)");
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  expect(await clip(), "shown when focused").toBe("none");
  expect((await skip.boundingBox())?.width ?? 0, "its words readable").toBeGreaterThan(60);
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineColor)).toBe(LIGHT.accent);
});

test("an article keeps its hover rules: a link's underline and a heading's anchor", async ({ page }) => {
  await page.goto(ARTICLE);
  const link = page.locator(".prose-journal p a").first();
  const underline = () => link.evaluate((element) => getComputedStyle(element).textDecorationColor);
  expect(await underline(), "the resting underline is a tint of the accent").not.toBe(LIGHT.accent);
  await link.hover();
  await expect.poll(underline).toBe(LIGHT.accent);

  const heading = page.locator(".prose-journal h2").first();
  const anchorOpacity = () => heading.locator(".heading-anchor").evaluate((element) => getComputedStyle(element).opacity);
  expect(await anchorOpacity()).toBe("0.35");
  await heading.hover();
  await expect.poll(anchorOpacity).toBe("1");
});

test("an article keeps its print rules: no navigation, links spelled out", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: "print" });
  expect(await style(page, "header nav", "display")).toBe("none");
  const after = await page.locator('.prose-journal a[href^="/"]').first().evaluate((element) => getComputedStyle(element, "::after").content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(\/[^"]*\)"$/);
  expect(await style(page, ".prose-journal", "color")).toBe("rgb(0, 0, 0)");
});

test("an article keeps its four font faces, the two it preloads and the two it loads when used", async ({ page }) => {
  await page.goto(ARTICLE);
  const faces = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.style.getPropertyValue("src")),
  );
  for (const file of ["cormorant_garamond_latin_600_normal", "source_serif_4_latin_400_normal", "source_serif_4_latin_400_italic", "source_serif_4_latin_600_normal"]) {
    expect(faces.filter((src) => src.includes(file)), file).toHaveLength(1);
  }
});

test("a photograph's full-size view keeps its rules: it fills the screen in the paper colour", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PHOTO_ESSAY);
  await page.locator(".photo-open").first().click();
  const view = page.locator(".photo-full:popover-open");
  await expect(view).toBeVisible();
  expect(await view.evaluate((element) => getComputedStyle(element).display)).toBe("flex");
  expect(await view.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(LIGHT.paper);
  const box = await view.boundingBox();
  expect(box?.width).toBe(390);
  expect(box?.height).toBe(844);
});
