import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, pruneSearchIndexes, type SearchDocument, type SearchIndex } from "@/lib/search-index";

let root: string;
let index: SearchIndex;

const documents: SearchDocument[] = ["pearls", "hallmarks", "casting"].map((word) => ({
  url: `/articles/${word}`,
  html: `<html lang="en"><body><h1 data-pagefind-meta="title">All about ${word}</h1><p>A note on ${word}.</p></body></html>`,
}));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "search-index-"));
  index = await buildSearchIndex(documents, path.join(root, "index"), 2);
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe("the search index", () => {
  it("splits the articles into Pagefind bundles of at most the shard size", () => {
    expect(index.shards).toEqual(["/pagefind/shard-1/"]);
    expect(index.files).toContain("pagefind.js");
    expect(index.files).toContain("pagefind-entry.json");
    expect(index.files).toContain("shard-1/pagefind-entry.json");
  });

  it("puts each article in exactly one bundle", async () => {
    const pageCount = async (prefix: string) => {
      const entry = JSON.parse(await readFile(path.join(index.dir, prefix, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    };
    expect([await pageCount(""), await pageCount("shard-1")]).toEqual([2, 1]);
  });

  it("writes the listed files and leaves no temporary folder behind", async () => {
    for (const file of index.files) await expect(readFile(path.join(index.dir, file))).resolves.toBeInstanceOf(Buffer);
    expect(await readdir(root)).toEqual(["index"]);
  });

  it("keeps only the newest index, and any another build process is still writing", async () => {
    const parent = path.join(root, "pruned");
    for (const name of ["old-key", "new-key", "new-key.4242.tmp"]) await mkdir(path.join(parent, name), { recursive: true });
    await pruneSearchIndexes(parent, "new-key");
    expect((await readdir(parent)).sort()).toEqual(["new-key", "new-key.4242.tmp"]);
  });
});
