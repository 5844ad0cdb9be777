import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * Issue 17's budgets for an article with eight 4000×3000 photos in its text
 * (tests/fixtures/hostile/articles/eight-large-photos.md; playwright.config.ts draws the photos
 * before the `hostile` build, which this spec runs against), on a 375 px phone.
 */
const ARTICLE = "/articles/eight-large-photos";
const ORIGINALS = "/images/large-photos/";
const PHOTOS = 8;

type PhotoBudget = { firstViewKB: number; scrolledImagesKB: number; imageFileKB: number; layoutShift: number; columnVariantMaxWidth: number; fullSizeMaxWidth: number };
const budget = (JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8")) as { largePhotoArticle: PhotoBudget }).largePhotoArticle;
const KB = 1024;

type Loaded = { url: string; type: string; status: number; bytes: number };

/** Every response the page receives, with the bytes its body took on the wire (gzipped where served so). */
function recordLoads(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.on("requestfinished", async (request) => {
    if (request.url().startsWith("data:")) return;
    const response = await request.response();
    loaded.push({ url: new URL(request.url()).pathname, type: request.resourceType(), status: response?.status() ?? 0, bytes: (await request.sizes()).responseBodySize });
  });
  return loaded;
}

/** Sums every layout shift not caused by input, from before the first paint on. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const shift = { total: 0 };
    Object.assign(window, { __layoutShift: shift });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shift.total += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __layoutShift: { total: number } }).__layoutShift.total);
}

const sum = (loads: Loaded[]) => loads.reduce((total, load) => total + load.bytes, 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Serves the page with its web fonts at `font-display: optional`, so none swaps in after the first
 * paint: the layout shift measured is then the page's own (pictures, placeholders), not the font
 * swap's, which every page has and `npm run bench:photos` reports on its own.
 */
async function withoutFontSwap(page: Page) {
  await page.route(ARTICLE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replaceAll("font-display:swap", "font-display:optional") });
  });
}

for (const phone of [
  { name: "a 375×667 phone at 2x", viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 },
  { name: "a 375×812 phone at 3x", viewport: { width: 375, height: 812 }, deviceScaleFactor: 3 },
]) {
  test.describe(`the eight-photo article on ${phone.name}`, () => {
    // A phone's screen is as wide as its viewport: left at the desktop preset's 1920 px, Chromium's
    // preload scanner picks the first picture for a screen that wide, then again for the phone.
    test.use({ viewport: phone.viewport, screen: phone.viewport, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });

    test("opens in under 250 KB: HTML, CSS, fonts and the pictures loaded before any scrolling", async ({ page }) => {
      const loaded = recordLoads(page);
      await page.goto(ARTICLE, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      expect(loaded.find((load) => load.type === "document")?.status).toBe(200);
      expect(loaded.filter((load) => load.type === "font").length, "the preloaded fonts are counted").toBeGreaterThan(0);
      expect(loaded.filter((load) => load.type === "image").length, "the first picture is counted").toBeGreaterThan(0);
      test.info().annotations.push({ type: "first view", description: `${kb(sum(loaded))}, of which pictures ${kb(sum(loaded.filter((load) => load.type === "image")))}` });
      expect(sum(loaded), `first view: ${loaded.map((load) => `${load.url} ${kb(load.bytes)}`).join(", ")}`).toBeLessThan(budget.firstViewKB * KB);
    });

    test("scrolled to the end: under 1.5 MB of pictures, none over 250 KB or wider than the column needs, nothing moves", async ({ page }) => {
      const loaded = recordLoads(page);
      await withoutFontSwap(page);
      // As on a phone's network, every picture arrives after the text is on screen: a picture
      // without its reserved space would push the text down as it lands.
      await page.route("**/img/**", async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      const layoutShift = await watchLayoutShift(page);
      await page.goto(ARTICLE, { waitUntil: "load" });
      // Down the page a picture at a time, each loaded before the next, as a reader would.
      for (const image of await page.locator("main figure.photo .photo-open img").all()) {
        await image.scrollIntoViewIfNeeded();
        await expect(image).toHaveJSProperty("complete", true);
      }
      await page.waitForLoadState("networkidle");
      const images = loaded.filter((load) => load.type === "image");
      expect(new Set(images.map((load) => load.url).filter((url) => /\/photo-\d\.webp$/.test(url)).map((url) => url.split("/")[2])).size, `every photo of the article loaded: ${images.map((load) => load.url).join(", ")}`).toBe(PHOTOS);
      expect(images.filter((load) => load.status !== 200)).toEqual([]);
      test.info().annotations.push({ type: "pictures after scrolling", description: `${kb(sum(images))} in ${images.length} files, the largest ${kb(Math.max(...images.map((load) => load.bytes)))}: ${images.map((load) => load.url).join(", ")}` });
      expect(sum(images), `pictures after scrolling to the end: ${images.map((load) => `${load.url} ${kb(load.bytes)}`).join(", ")}`).toBeLessThan(budget.scrolledImagesKB * KB);
      expect(images.filter((load) => load.bytes > budget.imageFileKB * KB)).toEqual([]);
      // The full-size views hold the largest files: they load only when opened.
      expect(images.filter((load) => Number(load.url.split("/")[3]) > budget.columnVariantMaxWidth)).toEqual([]);
      expect(await layoutShift(), "cumulative layout shift").toBeLessThanOrEqual(budget.layoutShift);
    });
  });
}

test("the eight-photo article references no original, and every file it offers the text column is under 250 KB", async ({ page, request }) => {
  const response = await request.get(ARTICLE);
  expect(response.status()).toBe(200);
  expect(await response.text(), "the 4000×3000 originals are never referenced").not.toContain(ORIGINALS);

  await page.goto(ARTICLE);
  // Every picture file the page names: what the column's pictures may load, and what only the full-size views open.
  const { column, fullSize } = await page.evaluate(() => {
    const candidates = (image: HTMLImageElement) => [image.getAttribute("src") ?? "", ...(image.getAttribute("srcset") ?? "").split(",").map((entry) => entry.trim().split(" ")[0] ?? "")].filter(Boolean);
    const images = [...document.querySelectorAll("img")];
    return {
      column: images.filter((image) => !image.closest(".photo-full")).flatMap(candidates),
      fullSize: [...images.filter((image) => image.closest(".photo-full")).flatMap(candidates), ...[...document.querySelectorAll("a[href^='/img/']")].map((link) => link.getAttribute("href") ?? "")],
    };
  });
  const widthOf = (url: string) => Number(url.split("/")[3]);
  const photos = column.filter((url) => /\/photo-\d\.webp$/.test(url));
  expect(new Set(photos.map((url) => url.split("/")[2])).size, "variants of each of the eight photos").toBe(PHOTOS);
  expect(fullSize.filter((url) => /\/photo-\d\.webp$/.test(url)).length, "a full-size view for each photo").toBeGreaterThanOrEqual(PHOTOS);
  expect([...column, ...fullSize].filter((url) => !url.startsWith("/img/")), "only build-time variants").toEqual([]);
  // The column is at most 684 px wide: 1440 px covers it at 2x. Only the full-size view, opened on demand, goes further.
  expect(column.filter((url) => widthOf(url) > budget.columnVariantMaxWidth)).toEqual([]);
  expect(fullSize.filter((url) => widthOf(url) > budget.fullSizeMaxWidth)).toEqual([]);

  for (const url of new Set(column)) {
    const file = await request.get(url);
    expect(file.status(), url).toBe(200);
    expect((await file.body()).length, `${url} is served for the text column`).toBeLessThan(budget.imageFileKB * KB);
  }
});
