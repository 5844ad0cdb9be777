import { copyFile, mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import cacache from "cacache";
import sharp from "sharp";
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

describe("the render cache and the photographs an article shows", () => {
  /** A picture of one colour, stored without compression, so that every picture of its size has the same number of bytes. */
  const drawPicture = (file: string, colour: string) =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png({ compressionLevel: 0 }).toFile(file);
  const at = (seconds: number, file: string) => utimes(file, seconds, seconds);

  it("reuses the stored render of an article with a photograph whose file has not changed", async () => {
    const markdown = "![A tree](/tree.jpg)";
    await renderArticleCached(markdown, options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    const stored = JSON.parse((await cacache.get(options.cacheDir, entry)).data.toString("utf8"));
    await cacache.put(options.cacheDir, entry, JSON.stringify({ ...stored, html: "<p>from cache</p>" }));
    expect((await renderArticleCached(markdown, options)).html).toBe("<p>from cache</p>");
  });

  it("renders again when a photograph is replaced by a larger file with the same modification time", async () => {
    const file = path.join(options.publicDir, "tree.jpg");
    await at(1_700_000_000, file);
    expect((await renderArticleCached("![A tree](/tree.jpg)", options)).html).toContain('width="1000"');
    await copyFile("public/images/covers/silver-care.jpg", file);
    await at(1_700_000_000, file);
    expect((await renderArticleCached("![A tree](/tree.jpg)", options)).html).toContain('width="1200"');
  });

  it("renders again when a photograph is replaced by another of the same number of bytes", async () => {
    const file = path.join(options.publicDir, "swatch.png");
    await drawPicture(file, "#ff0000");
    const bytes = (await stat(file)).size;
    await at(1_700_000_000, file);
    expect((await renderArticleCached("![A swatch](/swatch.png)", options)).html).toContain('style="background:#ff0000 url(');
    await drawPicture(file, "#0000ff");
    expect((await stat(file)).size).toBe(bytes);
    await at(1_700_000_060, file);
    expect((await renderArticleCached("![A swatch](/swatch.png)", options)).html).toContain('style="background:#0000ff url(');
  });
});
