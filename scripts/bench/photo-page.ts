import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { runBuild } from "./build";
import { photoLike } from "./large-photos";
import { startNext } from "./server";

const PHOTOS = 8;
const SLUG = "eight-photos";

export type PhotoPageRun = { dpr: number; firstViewBytes: number; firstViewImageBytes: number; scrolledImageBytes: number; largestImageBytes: number; cls: number };

/** An article with eight camera photos (4000×3000 JPEGs) in its text, a paragraph of prose between each. */
async function writeJournal(root: string): Promise<{ contentDir: string; publicDir: string }> {
  const contentDir = path.join(root, "content");
  const publicDir = path.join(root, "public");
  for (const folder of ["articles", "authors", "pages"]) await mkdir(path.join(contentDir, folder), { recursive: true });
  await mkdir(path.join(publicDir, "images", "authors"), { recursive: true });
  await copyFile("content/authors/isla-marrow.md", path.join(contentDir, "authors", "isla-marrow.md"));
  await copyFile("public/images/authors/isla-marrow.jpg", path.join(publicDir, "images", "authors", "isla-marrow.jpg"));
  await copyFile("content/pages/about.md", path.join(contentDir, "pages", "about.md"));
  const prose = "Each stone is measured, each bezel cut to fit it, and the wall pushed over a little at a time until it holds the stone all the way round. ".repeat(3);
  const body: string[] = [];
  for (let i = 1; i <= PHOTOS; i++) {
    await photoLike(path.join(publicDir, "images", "photos", `photo-${i}.jpg`), i);
    body.push(prose, `![A gold ring with a coloured stone on a workbench, view ${i}](/images/photos/photo-${i}.jpg "Step ${i} at the bench")`);
  }
  const frontmatter = ["---", 'title: "Eight Photographs from the Bench"', 'description: "A test article with eight full-size camera photographs in its text, for the page-weight budget."', 'date: "2025-01-01"', "author: isla-marrow", "tags:", "  - studio notes", "---"];
  await writeFile(path.join(contentDir, "articles", `${SLUG}.md`), `${[...frontmatter, ...body].join("\n\n").replace(/^---\n\n/, "---\n")}\n`);
  return { contentDir, publicDir };
}

/** What a phone of this pixel density downloads: as the page opens, and after scrolling to the end. */
async function measure(url: string, dpr: number): Promise<PhotoPageRun> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 }, deviceScaleFactor: dpr, isMobile: true, hasTouch: true });
    const loaded: { type: string; bytes: number }[] = [];
    page.on("requestfinished", async (request) => {
      if (request.url().startsWith("data:")) return;
      loaded.push({ type: request.resourceType(), bytes: (await request.sizes()).responseBodySize });
    });
    await page.addInitScript(() => {
      const shifts = { value: 0 };
      (window as unknown as { __cls: typeof shifts }).__cls = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.value += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const firstView = [...loaded];
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState("networkidle");
    const images = loaded.filter((entry) => entry.type === "image");
    const sum = (entries: { bytes: number }[]) => entries.reduce((total, entry) => total + entry.bytes, 0);
    return {
      dpr,
      firstViewBytes: sum(firstView),
      firstViewImageBytes: sum(firstView.filter((entry) => entry.type === "image")),
      scrolledImageBytes: sum(images),
      largestImageBytes: Math.max(0, ...images.map((entry) => entry.bytes)),
      cls: await page.evaluate(() => (window as unknown as { __cls: { value: number } }).__cls.value),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Builds a journal holding one article with eight 4000×3000 photos, serves it with `next start`
 * and loads it as a 375 px phone at 2x and 3x: bytes as the page opens (HTML, CSS, fonts, images),
 * image bytes after scrolling to the end, the largest image file, and the layout shift.
 */
export async function measurePhotoPage(port: number): Promise<{ url: string; runs: PhotoPageRun[] }> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-photo-page-"));
  const distDir = ".next-bench-photos";
  try {
    const { contentDir, publicDir } = await writeJournal(root);
    const env = { CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir, NEXT_DIST_DIR: distDir, SITE_URL: `http://127.0.0.1:${port}` };
    const build = await runBuild(env, path.join(root, "build.log"));
    if (!build.ok) throw new Error(`the photo article's build failed; see ${build.logFile}`);
    const server = await startNext(port, env, path.join(root, "next-start.log"));
    try {
      const url = `${server.origin}/articles/${SLUG}`;
      return { url, runs: [await measure(url, 2), await measure(url, 3)] };
    } finally {
      await server.stop();
    }
  } finally {
    await Promise.all([rm(root, { recursive: true, force: true }), rm(distDir, { recursive: true, force: true })]);
  }
}

/** The figures against the budgets of issue 17, as a Markdown table. */
export function photoPageTable({ runs }: { runs: PhotoPageRun[] }): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    `An article with ${PHOTOS} photos of 4000×3000 in its text, on a 375 px phone (budgets: first view < 250 KB, all images < 1,500 KB, no image > 250 KB, CLS 0):`,
    "",
    "| pixel density | first view (HTML, CSS, fonts, images) | of which images | images after scrolling to the end | largest image | CLS |",
    "| --- | --- | --- | --- | --- | --- |",
    ...runs.map((run) => `| ${run.dpr}x | ${kb(run.firstViewBytes)} | ${kb(run.firstViewImageBytes)} | ${kb(run.scrolledImageBytes)} | ${kb(run.largestImageBytes)} | ${run.cls.toFixed(3)} |`),
  ].join("\n");
}
