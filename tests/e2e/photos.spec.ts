import type { APIRequestContext } from "@playwright/test";
import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

const VARIANT = /^\/img\/[0-9a-f]{16}\/\d+\/[a-z0-9-]+\.webp$/;
const IMMUTABLE = "public, max-age=31536000, immutable";

async function photoEssay(): Promise<string> {
  const { articles } = await publishedContent();
  const essay = articles.find((article) => (article.body.match(/!\[[^\]]+\]\(\/images\//g) ?? []).length >= 6);
  if (!essay) throw new Error("the sample content needs a photo essay: an article with six or more photographs");
  return `/articles/${essay.slug}`;
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
    const image = figure.locator("img");
    const [alt, width, height, sizes, srcset, style] = await Promise.all(["alt", "width", "height", "sizes", "srcset", "style"].map((name) => image.getAttribute(name)));
    expect(alt?.length, "alt text describes the picture").toBeGreaterThan(20);
    expect(Number(width)).toBeGreaterThan(0);
    expect(Number(height)).toBeGreaterThan(0);
    expect(sizes).toMatch(/^\(min-width: 768px\) (684px, calc\(100vw - 45px\)|350px, 80vw)$/);
    const candidates = (srcset ?? "").split(", ").map((candidate) => candidate.split(" "));
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const [url, descriptor] of candidates) {
      expect(url).toMatch(VARIANT);
      expect(descriptor).toMatch(/^\d+w$/);
    }
    expect(style, "a placeholder colour and preview while it loads").toMatch(/^background:\s*(#[0-9a-f]{6}|rgb\([^)]+\)) url\("?data:image\/webp;base64,/);
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

test("every picture opens at full size from the keyboard, and every file it loads is a cached variant under 250 KB", async ({ page, request }) => {
  const path = await photoEssay();
  const loaded: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "image" && !response.url().startsWith("data:")) loaded.push(new URL(response.url()).pathname);
  });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(path);
  // Scroll to the end so that every lazy picture loads.
  for (const figure of await page.locator("main figure.photo img").all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  expect(loaded.length).toBeGreaterThanOrEqual(6);
  for (const url of new Set(loaded)) {
    expect(url).toMatch(VARIANT);
    const { bytes, cacheControl } = await fetchVariant(request, url);
    expect(bytes, `${url} is ${bytes} bytes`).toBeLessThanOrEqual(250 * 1024);
    expect(cacheControl).toBe(IMMUTABLE);
  }

  const opener = page.locator("main figure.photo a.photo-open").first();
  const alt = await opener.locator("img").getAttribute("alt");
  await opener.focus();
  await expect(page.getByRole("link", { name: `${alt} (full size)` })).toBeFocused();
  const href = (await opener.getAttribute("href")) ?? "";
  expect(href).toMatch(VARIANT);
  const srcsetWidths = ((await opener.locator("img").getAttribute("srcset")) ?? "").split(", ").map((candidate) => Number(candidate.split(" ")[1]?.replace("w", "")));
  expect(Number(href.split("/")[3]), "the full-size file is at least as large as any in the srcset").toBeGreaterThanOrEqual(Math.max(...srcsetWidths));
  await fetchVariant(request, href);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("covers on the home page have variants, their size and a placeholder; only the first loads at once", async ({ page }) => {
  await page.goto("/");
  const covers = page.locator("main article img");
  expect(await covers.count()).toBeGreaterThan(1);
  for (const [index, cover] of (await covers.all()).entries()) {
    expect(await cover.getAttribute("srcset")).toMatch(/^\/img\/[0-9a-f]{16}\/480\/[a-z0-9-]+\.webp 480w, /);
    expect(Number(await cover.getAttribute("width"))).toBeGreaterThan(0);
    expect(await cover.getAttribute("style")).toMatch(/^background:/);
    expect(await cover.getAttribute("loading")).toBe(index === 0 ? "eager" : "lazy");
  }
});
