import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/** `/img/<hash>/<width>/<file>.webp`, or `<file>.square.webp` for a portrait's square copies (the author's picture beside the article). */
const VARIANT = /^\/img\/[0-9a-f]{16}\/\d+\/[a-z0-9-]+(?:\.square)?\.webp$/;
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The sample journal's photo essay: eight photographs. */
async function photoEssay(): Promise<string> {
  return "/articles/making-a-bezel-set-ring";
}

async function fetchVariant(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/webp");
  return { bytes: (await response.body()).length, cacheControl: response.headers()["cache-control"] };
}

test("the photo essay's pictures are captioned figures over build-time variants, never the originals", async ({ page, request }) => {
  const path = await photoEssay();
  const html = await (await request.get(path)).text();
  expect(html, "no page references an original under /images/").not.toMatch(/(src|srcset|href)="\/images\//);

  await page.goto(path);
  const figures = page.locator("main .prose-journal figure.photo");
  expect(await figures.count()).toBeGreaterThanOrEqual(6);
  for (const figure of await figures.all()) {
    const image = figure.locator(".photo-open img");
    const [alt, width, height, sizes, srcset, style, loading] = await Promise.all(["alt", "width", "height", "sizes", "srcset", "style", "loading"].map((name) => image.getAttribute(name)));
    expect(alt?.length, "alt text describes the picture").toBeGreaterThan(20);
    expect(Number(width)).toBeGreaterThan(0);
    expect(Number(height)).toBeGreaterThan(0);
    // A picture as tall as it is wide, or taller, is shown at most 85% of the screen's height, and its `sizes` says so: the
    // essay's are 2:3 portraits, 85 × 2/3 = 56.67vh wide at most (setting.jpg alone, on-hand.jpg in the gallery).
    if (Number(height) >= Number(width)) {
      expect(`${width}×${height}`).toBe("800×1200");
      expect(["(min-width: 768px) min(684px, 56.67vh), min(calc(100vw - 45px), 56.67vh)", "(min-width: 768px) min(350px, 56.67vh), min(80vw, 56.67vh)"]).toContain(sizes);
    } else expect(sizes).toMatch(/^\(min-width: 768px\) (684px, calc\(100vw - 45px\)|350px, 80vw)$/);
    const candidates = (srcset ?? "").split(", ").map((candidate) => candidate.split(" "));
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const [url, descriptor] of candidates) {
      expect(url).toMatch(VARIANT);
      expect(descriptor).toMatch(/^\d+w$/);
    }
    // A blurred preview under the pictures that load at once, which a reader waits for; only the colour under later ones.
    if (loading === "eager") expect(style, "a placeholder colour and preview while it loads").toMatch(/^background:#[0-9a-f]{6} url\(data:image\/webp;base64,[A-Za-z0-9+/=]+\) 50% 50% \/ cover no-repeat$/);
    else expect(style, "a placeholder colour while it loads").toMatch(/^background:#[0-9a-f]{6}$/);
    // The caption is the Markdown title; the alt text stays the description.
    const caption = (await figure.locator("figcaption").textContent())?.trim() ?? "";
    expect(caption.length).toBeGreaterThan(3);
    expect(caption).not.toBe(alt);
  }
});

test("two or more pictures in a paragraph form a gallery: a swipeable row on phones, a grid on wide screens", async ({ page }) => {
  const path = await photoEssay();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(path);
  const gallery = page.getByRole("list", { name: /^Gallery of \d photographs$/ }).first();
  await expect(gallery.getByRole("listitem")).toHaveCount(await gallery.locator("figure").count());
  const row = await gallery.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, snap: getComputedStyle(element).scrollSnapType }));
  expect(row.scroll, "on a phone the pictures sit in a row wider than the screen").toBeGreaterThan(row.client);
  expect(row.snap).toBe("x mandatory");

  await page.setViewportSize({ width: 1280, height: 900 });
  const boxes = await gallery.locator("li").evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map(({ left, top }) => ({ left: Math.round(left), top: Math.round(top) })));
  expect(boxes[1]?.top, "on a wide screen the first two sit side by side").toBe(boxes[0]?.top);
  expect(boxes[1]?.left).toBeGreaterThan(boxes[0]?.left ?? 0);
});

test("every file the photo essay loads while scrolling is a cached variant under 250 KB", async ({ page, request }) => {
  const path = await photoEssay();
  const loaded: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "image" && !response.url().startsWith("data:")) loaded.push(new URL(response.url()).pathname);
  });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(path);
  // Scroll to the end so that every lazy picture loads.
  for (const figure of await page.locator("main figure.photo .photo-open img").all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  expect(loaded.length).toBeGreaterThanOrEqual(6);
  for (const url of new Set(loaded)) {
    expect(url).toMatch(VARIANT);
    const { bytes, cacheControl } = await fetchVariant(request, url);
    expect(bytes, `${url} is ${bytes} bytes`).toBeLessThanOrEqual(250 * 1024);
    expect(cacheControl).toBe(IMMUTABLE);
  }
  expect(loaded.filter((url) => url.split("/")[3] === "2400"), "full-size files load only when a view is opened").toEqual([]);
});

test("the full-size view opens from the keyboard without JavaScript, shows the largest file and gives focus back", async ({ browser, request, baseURL }) => {
  const path = await photoEssay();
  // Scripts off: the view is HTML's popover, not code.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(path);
    const figure = page.locator("main figure.photo").first();
    const alt = (await figure.locator(".photo-open img").getAttribute("alt")) ?? "";
    const opener = page.getByRole("button", { name: `${alt} (full size)` });
    const view = page.getByRole("dialog", { name: `${alt} (full size)` });
    await expect(view).toBeHidden();

    await opener.focus();
    await page.keyboard.press("Enter");
    await expect(view).toBeVisible();
    const large = view.getByRole("img", { name: alt });
    await expect(large).toHaveJSProperty("complete", true);
    const src = (await large.getAttribute("src")) ?? "";
    expect(src).toMatch(VARIANT);
    const srcsetWidths = ((await figure.locator(".photo-open img").getAttribute("srcset")) ?? "").split(", ").map((candidate) => Number(candidate.split(" ")[1]?.replace("w", "")));
    expect(Number(src.split("/")[3]), "the full-size file is at least as large as any in the srcset").toBeGreaterThanOrEqual(Math.max(...srcsetWidths));
    expect(await large.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(Number(src.split("/")[3]));
    const box = await large.boundingBox();
    expect(box?.width, "the picture fills the phone's width").toBeGreaterThan(300);
    await expect(view.getByRole("link", { name: "Open the file" })).toHaveAttribute("href", src);
    await fetchVariant(request, src);

    // Focus moves into the view after its button; Escape closes it and focus is back on the picture.
    await page.keyboard.press("Tab");
    await expect(view.getByRole("link", { name: "Open the file" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(view).toBeHidden();
    await expect(opener).toBeFocused();

    // Close works from the keyboard too.
    await page.keyboard.press("Enter");
    await expect(view).toBeVisible();
    await view.getByRole("button", { name: "Close" }).focus();
    await page.keyboard.press("Enter");
    await expect(view).toBeHidden();
  } finally {
    await context.close();
  }
});

test("covers on the home page have variants, their size and a placeholder; only the first loads at once", async ({ page }) => {
  await page.goto("/");
  const covers = page.locator("main article img");
  expect(await covers.count()).toBeGreaterThan(1);
  for (const [index, cover] of (await covers.all()).entries()) {
    expect(await cover.getAttribute("srcset")).toMatch(/^\/img\/[0-9a-f]{16}\/480\/[a-z0-9-]+\.webp 480w, /);
    expect(Number(await cover.getAttribute("width"))).toBeGreaterThan(0);
    expect(await cover.getAttribute("loading")).toBe(index === 0 ? "eager" : "lazy");
    // The sample journal's covers are 3:2: the first, which a reader waits for, has its blurred preview; later ones their colour.
    if (index === 0) expect(await cover.getAttribute("style")).toMatch(/^background:#[0-9a-f]{6} url\(data:image\/webp;base64,[A-Za-z0-9+/=]+\) 50% 50% \/ cover no-repeat$/);
    else expect(await cover.getAttribute("style")).toMatch(/^background:#[0-9a-f]{6}$/);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`the photo essay in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("at 375 px and 1280 px: screenshots kept as artifacts, every picture inside the column and the screen", async ({ page }, testInfo) => {
      const path = await photoEssay();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        for (const image of await page.locator("main figure.photo .photo-open img").all()) {
          await image.scrollIntoViewIfNeeded();
          await expect(image).toHaveJSProperty("complete", true);
        }
        await page.evaluate(() => document.fonts.ready);
        await testInfo.attach(`photo-essay-${colorScheme}-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

        const layout = await page.evaluate(() => {
          const column = document.querySelector("main .prose-journal")?.getBoundingClientRect();
          const pictures = [...document.querySelectorAll<HTMLImageElement>("main figure.photo .photo-open img")].map((image) => {
            const box = image.getBoundingClientRect();
            const caption = image.closest("figure")?.querySelector("figcaption")?.getBoundingClientRect();
            const inGallery = image.closest(".gallery") !== null;
            const captionAligned = caption ? Math.abs(caption.left - box.left) < 0.5 && Math.abs(caption.right - box.right) < 0.5 : true;
            return { left: box.left, right: box.right, width: box.width, height: box.height, ratio: box.width / box.height, natural: image.naturalWidth / image.naturalHeight, captionBelow: caption ? caption.top >= box.bottom : true, captionAligned, inGallery };
          });
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, innerHeight: window.innerHeight, column: column && { left: column.left, right: column.right }, pictures };
        });
        expect(layout.scrollWidth, "the page never scrolls sideways").toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.pictures.length).toBeGreaterThanOrEqual(6);
        for (const picture of layout.pictures) {
          // A gallery's row scrolls inside its own box on a phone; a figure of its own sits in the column.
          if (!picture.inGallery) {
            expect(picture.left).toBeGreaterThanOrEqual((layout.column?.left ?? 0) - 0.5);
            expect(picture.right).toBeLessThanOrEqual((layout.column?.right ?? 0) + 0.5);
          }
          expect(Math.abs(picture.ratio - picture.natural), "shown at its own shape, never cropped or stretched").toBeLessThan(0.02);
          expect(picture.captionBelow, "the caption sits under its picture").toBe(true);
          expect(picture.captionAligned, "the caption is as wide as its picture, edge to edge").toBe(true);
          expect(picture.height, "the whole picture fits on the screen").toBeLessThanOrEqual(layout.innerHeight * 0.85 + 1);
        }
      }
    });

    test("has no axe violations, with its first full-size view closed and open", async ({ page }) => {
      const path = await photoEssay();
      await page.goto(path);
      const audit = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze()).violations;
      const describe = (violations: Awaited<ReturnType<typeof audit>>) => violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(describe(await audit()), "closed").toEqual([]);
      await page.locator("main figure.photo .photo-open").first().click();
      await expect(page.locator(".photo-full:popover-open img")).toHaveJSProperty("complete", true);
      expect(describe(await audit()), "open").toEqual([]);
    });
  });
}

test("the full-size view at 375 px and 1280 px: the whole picture on screen, its actions under it (screenshots kept)", async ({ page }, testInfo) => {
  const path = await photoEssay();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await page.locator("main figure.photo .photo-open").first().click();
    const view = page.locator(".photo-full:popover-open");
    await expect(view).toHaveCount(1);
    const large = view.locator("img");
    await expect(large).toHaveJSProperty("complete", true);
    await testInfo.attach(`full-size-view-${width}.png`, { body: await page.screenshot(), contentType: "image/png" });
    const [picture, close] = await Promise.all([large.boundingBox(), view.getByRole("button", { name: "Close" }).boundingBox()]);
    expect(picture?.x).toBeGreaterThanOrEqual(0);
    expect(picture?.y).toBeGreaterThanOrEqual(0);
    expect((picture?.x ?? 0) + (picture?.width ?? 0)).toBeLessThanOrEqual(width);
    expect((close?.y ?? 0) + (close?.height ?? 0), "Close is on screen").toBeLessThanOrEqual(800);
    expect(close?.y ?? 0).toBeGreaterThanOrEqual((picture?.y ?? 0) + (picture?.height ?? 0));
    await page.keyboard.press("Escape");
    await expect(view).toHaveCount(0);
  }
});
