import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { arriveLate, watchLayoutShift } from "./layout-shift";

/*
 * Issue 17's budgets for an article with eight photos in its text, on a 375 px phone: the eight
 * 4000×3000 camera photos of the hostile build (photo-budget.spec.ts, `next start`) and the sample
 * journal's photo essay (photo-essay-budget.spec.ts, on `next start` and on the static copy).
 */
type PhotoBudget = { firstViewKB: number; scrolledImagesKB: number; imageFileKB: number; layoutShift: number; columnVariantMaxWidth: number; fullSizeMaxWidth: number };
const budget = (JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8")) as { largePhotoArticle: PhotoBudget }).largePhotoArticle;
const KB = 1024;

/** An article under the budget: its path, how many photos its text shows, and where their originals live. */
export type PhotoArticle = { name: string; path: string; photos: number; originals: string };

type Loaded = { url: string; type: string; status: number; bytes: number };

/**
 * Every response the page receives, with the bytes its body took on the wire (gzipped where served
 * so), once each finished request's status and sizes have been asked of the browser: on a loaded
 * machine those answers can come after the page is idle, so `loads()` waits for all of them.
 */
function recordLoads(page: Page): { loads: () => Promise<Loaded[]> } {
  const pending: Promise<Loaded>[] = [];
  page.on("requestfinished", (request) => {
    if (request.url().startsWith("data:")) return;
    pending.push(
      (async () => {
        const response = await request.response();
        return { url: new URL(request.url()).pathname, type: request.resourceType(), status: response?.status() ?? 0, bytes: (await request.sizes()).responseBodySize };
      })(),
    );
  });
  return { loads: () => Promise.all(pending) };
}

const sum = (loads: Loaded[]) => loads.reduce((total, load) => total + load.bytes, 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
/** `/img/<hash>/<width>/<file>.webp`: the content hash names the photo, the width the variant. */
const hashOf = (url: string) => url.split("/")[2] ?? "";
const widthOf = (url: string) => Number(url.split("/")[3]);

/** The content hashes of the photos in the article's text, read from the page. */
function textPhotoHashes(page: Page): Promise<string[]> {
  return page.locator("main figure.photo .photo-open img").evaluateAll((images) => images.map((image) => (image.getAttribute("src") ?? "").split("/")[2] ?? ""));
}

export function describePhotoBudget(article: PhotoArticle): void {
  for (const phone of [
    { name: "a 375×667 phone at 2x", viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 },
    { name: "a 375×812 phone at 3x", viewport: { width: 375, height: 812 }, deviceScaleFactor: 3 },
  ]) {
    test.describe(`${article.name} on ${phone.name}`, () => {
      // A phone's screen is as wide as its viewport: left at the desktop preset's 1920 px, Chromium's
      // preload scanner picks the first picture for a screen that wide, then again for the phone.
      test.use({ viewport: phone.viewport, screen: phone.viewport, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });

      test("opens in under 250 KB: HTML, CSS, fonts and the pictures loaded before any scrolling", async ({ page }) => {
        const recorded = recordLoads(page);
        await page.goto(article.path, { waitUntil: "load" });
        await page.waitForLoadState("networkidle");
        const loaded = await recorded.loads();
        expect(loaded.find((load) => load.type === "document")?.status).toBe(200);
        expect(loaded.filter((load) => load.type === "font").length, "the preloaded fonts are counted").toBeGreaterThan(0);
        expect(loaded.filter((load) => load.type === "image").length, "the first picture is counted").toBeGreaterThan(0);
        test.info().annotations.push({ type: "first view", description: `${kb(sum(loaded))}, of which pictures ${kb(sum(loaded.filter((load) => load.type === "image")))}` });
        expect(sum(loaded), `first view: ${loaded.map((load) => `${load.url} ${kb(load.bytes)}`).join(", ")}`).toBeLessThan(budget.firstViewKB * KB);
      });

      test("scrolled to the end: under 1.5 MB of pictures, none over 250 KB or wider than the column needs, nothing moves", async ({ page }) => {
        const recorded = recordLoads(page);
        // As on a phone's network, every picture and font arrives after the text is on screen: a
        // picture without its reserved space would push the text down as it lands.
        await arriveLate(page, "**/img/**", 400);
        await arriveLate(page, "**/_next/static/media/*.woff2", 400);
        const layoutShift = await watchLayoutShift(page);
        await page.goto(article.path, { waitUntil: "load" });
        // Down the page a picture at a time, each loaded before the next, as a reader would.
        for (const image of await page.locator("main figure.photo .photo-open img").all()) {
          await image.scrollIntoViewIfNeeded();
          await expect(image).toHaveJSProperty("complete", true);
        }
        await page.waitForLoadState("networkidle");
        const loaded = await recorded.loads();
        const photos = new Set(await textPhotoHashes(page));
        expect(photos.size, "the article's photos").toBe(article.photos);
        const images = loaded.filter((load) => load.type === "image");
        expect(new Set(images.map((load) => hashOf(load.url)).filter((hash) => photos.has(hash))).size, `every photo of the article loaded: ${images.map((load) => load.url).join(", ")}`).toBe(article.photos);
        expect(images.filter((load) => load.status !== 200)).toEqual([]);
        test.info().annotations.push({ type: "pictures after scrolling", description: `${kb(sum(images))} in ${images.length} files, the largest ${kb(Math.max(...images.map((load) => load.bytes)))}: ${images.map((load) => load.url).join(", ")}` });
        expect(sum(images), `pictures after scrolling to the end: ${images.map((load) => `${load.url} ${kb(load.bytes)}`).join(", ")}`).toBeLessThan(budget.scrolledImagesKB * KB);
        expect(images.filter((load) => load.bytes > budget.imageFileKB * KB)).toEqual([]);
        // The full-size views hold the largest files: they load only when opened.
        expect(images.filter((load) => widthOf(load.url) > budget.columnVariantMaxWidth)).toEqual([]);
        expect(await layoutShift(), "cumulative layout shift").toBeLessThanOrEqual(budget.layoutShift);
      });
    });
  }

  test(`${article.name} references no original, and every file it offers the text column is under 250 KB`, async ({ page, request }) => {
    const response = await request.get(article.path);
    expect(response.status()).toBe(200);
    // No attribute that loads or links a file names an original (structured data may name the cover's, for search engines).
    const fileAttributes = [...(await response.text()).matchAll(/(?:src|srcset|href)="([^"]*)"/g)].map((match) => match[1] ?? "");
    expect(fileAttributes.filter((value) => value.includes(article.originals)), "the originals are never referenced").toEqual([]);

    await page.goto(article.path);
    // Every picture file the page names: what the column's pictures may load, and what only the full-size views open.
    const { column, fullSize } = await page.evaluate(() => {
      const candidates = (image: HTMLImageElement) => [image.getAttribute("src") ?? "", ...(image.getAttribute("srcset") ?? "").split(",").map((entry) => entry.trim().split(" ")[0] ?? "")].filter(Boolean);
      const images = [...document.querySelectorAll("img")];
      return {
        column: images.filter((image) => !image.closest(".photo-full")).flatMap(candidates),
        fullSize: [...images.filter((image) => image.closest(".photo-full")).flatMap(candidates), ...[...document.querySelectorAll("a[href^='/img/']")].map((link) => link.getAttribute("href") ?? "")],
      };
    });
    const photos = new Set(await textPhotoHashes(page));
    expect(new Set(column.map(hashOf).filter((hash) => photos.has(hash))).size, "variants of each photo").toBe(article.photos);
    expect(new Set(fullSize.map(hashOf).filter((hash) => photos.has(hash))).size, "a full-size view for each photo").toBe(article.photos);
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
}
