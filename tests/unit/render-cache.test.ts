import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderArticleCached } from "@/lib/build/markdown-cache";

let root: string;
let options: { publicDir: string; cacheDir: string };

async function entries(): Promise<string[]> {
  const shards = await readdir(options.cacheDir).catch(() => []);
  const files = await Promise.all(shards.map(async (shard) => (await readdir(path.join(options.cacheDir, shard))).map((f) => path.join(options.cacheDir, shard, f))));
  return files.flat();
}

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
    // Tamper with the entry: if the next call returns the tampered HTML, it came from the cache.
    const stored = JSON.parse(await readFile(entry, "utf8"));
    await writeFile(entry, JSON.stringify({ ...stored, html: "<p>from cache</p>" }));
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

  it("survives a corrupt entry by rendering again", async () => {
    await renderArticleCached("Text", options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    await writeFile(entry, "{ not json");
    expect((await renderArticleCached("Text", options)).html).toBe("<p>Text</p>");
  });

  it("renders again when an entry is JSON of another shape", async () => {
    await renderArticleCached("Text", options);
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    await writeFile(entry, JSON.stringify({ html: 42, headings: [], images: [] }));
    expect((await renderArticleCached("Text", options)).html).toBe("<p>Text</p>");
  });
});
