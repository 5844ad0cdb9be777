import { XMLParser } from "fast-xml-parser";
import type { Page } from "@playwright/test";
import { pageTypes } from "./page-types";
import { expect, test } from "./fixtures";

/*
 * The page-type list alone once missed a table that pushed its article 65 px wider than a phone:
 * none of the pages it names had a table. So this test walks every page the sitemap lists, plus
 * the page types the sitemap leaves out (search, not found), and checks that it met the content
 * that overflows most easily.
 */
async function everyPage(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const sitemap = new XMLParser().parse(await (await request.get("/sitemap.xml")).text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
  const listed = [sitemap.urlset.url].flat().map(({ loc }) => new URL(loc).pathname);
  return [...new Set([...listed, ...(await pageTypes()).map((type) => type.path)])];
}

/**
 * How far the page scrolls sideways, and every element that sticks out past the right edge
 * without a scroll box of its own to hold it (one that `overflow: hidden` on the page would cut off).
 */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const root = document.documentElement;
    const clippedByOwnBox = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body && parent !== root; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clippedByOwnBox(element))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.split(" ").join(".")}` : ""} ends at ${Math.round(element.getBoundingClientRect().right)}px`);
    return { scrollWidth: root.scrollWidth, innerWidth: width, sticking };
  });
}

test("no page of the site scrolls sideways on a 320 px or 375 px phone, in light or dark", async ({ page, request }) => {
  // Every page twice, each measured in both themes: minutes on a busy two-core machine.
  test.setTimeout(600_000);
  const paths = await everyPage(request);
  expect(paths.length, "the sitemap should list the whole sample site").toBeGreaterThan(20);
  const seen = { tables: 0, quotes: 0 };
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 720 });
    for (const path of paths) {
      await page.goto(path);
      if (width === 320) {
        seen.tables += await page.locator("main table").count();
        seen.quotes += await page.locator("main blockquote").count();
      }
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const { scrollWidth, innerWidth, sticking } = await overflowOf(page);
        expect.soft(scrollWidth, `${path} at ${width} px, ${colorScheme}: the page is ${scrollWidth - innerWidth}px wider than the screen`).toBeLessThanOrEqual(innerWidth);
        expect.soft(sticking, `${path} at ${width} px, ${colorScheme}: elements past the right edge`).toEqual([]);
      }
    }
  }
  // The pages walked must hold what overflows most easily, or passing proves nothing.
  expect(seen.tables, "tables on the pages walked").toBeGreaterThan(0);
  expect(seen.quotes, "block quotes on the pages walked").toBeGreaterThan(0);
});
