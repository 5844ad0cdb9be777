import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchDocument } from "@/lib/build/search-index";
import { shardPaths, shardPrefix, type SearchIndex } from "@/lib/search";

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

  it("has the bundles the search page names before the index is built", () => {
    expect(shardPaths(documents.length, 2)).toEqual(index.shards);
    expect(shardPaths(2, 2)).toEqual([]);
    expect(shardPaths(0, 2)).toEqual([]);
    expect(shardPaths(5, 2)).toEqual(["/pagefind/shard-1/", "/pagefind/shard-2/"]);
    // The first bundle is /pagefind/ itself, where the search page loads pagefind.js; the others are its folders.
    expect([shardPrefix(0), shardPrefix(1), shardPrefix(2)]).toEqual(["", "shard-1/", "shard-2/"]);
  });

  it("puts each article in exactly one bundle", async () => {
    const pageCount = async (prefix: string) => {
      const entry = JSON.parse(await readFile(path.join(root, "index", prefix, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    };
    expect([await pageCount(""), await pageCount("shard-1")]).toEqual([2, 1]);
  });

  it("writes the listed files and leaves no temporary folder behind", async () => {
    for (const file of index.files) await expect(readFile(path.join(root, "index", file))).resolves.toBeInstanceOf(Buffer);
    expect(await readdir(root)).toEqual(["index"]);
  });
});
