import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import cacache from "cacache";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderArticleCached } from "@/lib/build/markdown-cache";

let root: string;
let options: { publicDir: string; cacheDir: string };

/** The keys of the renders kept. */
const entries = async () => Object.keys(await cacache.ls(options.cacheDir));

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "render-cache-"));
  options = { publicDir: path.join(root, "public"), cacheDir: path.join(root, "cache") };
  await mkdir(options.publicDir, { recursive: true });
  await copyFile("public/images/articles/wax-tree.jpg", path.join(options.publicDir, "tree.jpg"));
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe("the render cache", () => {
  it("renders once and reuses the stored result for the same Markdown", async () => {
    const first = await renderArticleCached("## Hello\n\nWorld", options);
    expect(first.html).toContain('<h2 id="hello">');
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    // Replace the entry: if the next call returns this HTML, it came from the cache.
    const stored = JSON.parse((await cacache.get(options.cacheDir, entry)).data.toString("utf8"));
    await cacache.put(options.cacheDir, entry, JSON.stringify({ ...stored, html: "<p>from cache</p>" }));
    expect((await renderArticleCached("## Hello\n\nWorld", options)).html).toBe("<p>from cache</p>");
    expect((await renderArticleCached("## Hello\n\nWorld!", options)).html).toContain("World!");
    expect(await entries()).toHaveLength(2);
  });

  it("renders again when an image the article shows has changed", async () => {
    const markdown = "![A tree](/tree.jpg)";
    expect((await renderArticleCached(markdown, options)).html).toContain('width="1000"');
    await copyFile("public/images/covers/silver-care.jpg", path.join(options.publicDir, "tree.jpg"));
    await utimes(path.join(options.publicDir, "tree.jpg"), new Date(), new Date(Date.now() + 5000));
    expect((await renderArticleCached(markdown, options)).html).toContain('width="1200"');
  });

  it("survives an entry that is not JSON by rendering again", async () => {
    await renderArticleCached("Text", options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    await cacache.put(options.cacheDir, entry, "{ not json");
    expect((await renderArticleCached("Text", options)).html).toBe("<p>Text</p>");
  });

  it("survives an entry damaged on disk by rendering again", async () => {
    await renderArticleCached("Text", options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    const info = await cacache.get.info(options.cacheDir, entry);
    if (!info) throw new Error("no entry on disk");
    await writeFile(info.path, '{"html":"<p>damaged</p>","headings":[],"images":[]}');
    expect((await renderArticleCached("Text", options)).html).toBe("<p>Text</p>");
  });

  it("renders again when an entry is JSON of another shape", async () => {
    await renderArticleCached("Text", options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    await cacache.put(options.cacheDir, entry, JSON.stringify({ html: 42, headings: [], images: [] }));
    expect((await renderArticleCached("Text", options)).html).toBe("<p>Text</p>");
  });
});
