import { expect, test } from "./fixtures";
import { arriveLate, watchLayoutShift } from "./layout-shift";
import { PUBLISHED } from "./sample-journal";

/*
 * A first visit moves nothing (CLS 0, issue 17): the web fonts and the pictures arrive after the
 * text is on screen, as on a phone's network, and neither may push the text about. The fonts are
 * `font-display: optional` (app/fonts.ts): one that misses the first paint is not swapped in.
 */
const newest = PUBLISHED[0]?.slug ?? "";
const PAGES = ["/", `/articles/${newest}`, "/articles/making-a-bezel-set-ring"];

for (const phone of [
  { name: "Lighthouse's mobile phone (412×823 at 1.75x)", viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 },
  { name: "a 375×667 phone at 2x", viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 },
]) {
  test.describe(`first visits on ${phone.name}`, () => {
    test.use({ viewport: phone.viewport, screen: phone.viewport, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });

    for (const path of PAGES) {
      test(`${path} does not move while its fonts and pictures arrive`, async ({ page }) => {
        await arriveLate(page, "**/_next/static/media/*.woff2", 400);
        await arriveLate(page, "**/img/**", 400);
        const layoutShift = await watchLayoutShift(page);
        const fonts: string[] = [];
        page.on("requestfinished", (request) => {
          if (request.resourceType() === "font") fonts.push(request.url());
        });
        expect((await page.goto(path, { waitUntil: "load" }))?.status()).toBe(200);
        await page.waitForLoadState("networkidle");
        expect(fonts.length, "the web fonts were loaded").toBeGreaterThan(0);
        expect(await layoutShift(), "cumulative layout shift").toBe(0);
      });
    }
  });
}
