import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, buildSearchIndexOnce, pruneSearchIndexes, shardPaths, type SearchDocument, type SearchIndex } from "@/lib/build/search-index";

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
    for (const name of ["old-key", "new-key", "new-key.4242.tmp", "other-key"]) await mkdir(path.join(parent, name), { recursive: true });
    await writeFile(path.join(parent, "other-key.lock"), "4242");
    await pruneSearchIndexes(parent, "new-key");
    expect((await readdir(parent)).sort()).toEqual(["new-key", "new-key.4242.tmp", "other-key", "other-key.lock"]);
  });
});

describe("building the index once across build processes", () => {
  it("waits for the process already building it instead of building it again", async () => {
    const dir = path.join(root, "shared");
    await mkdir(root, { recursive: true });
    // This process's pid: a lock whose owner is alive, as another build worker's would be.
    await writeFile(`${dir}.lock`, String(process.pid));
    const waiting = buildSearchIndexOnce(documents.slice(0, 1), dir, 10);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const other = await buildSearchIndex(documents, dir, 10);
    await rm(`${dir}.lock`);
    // Built from one document, the index would have one page: it is the other process's three.
    const found = await waiting;
    expect(found).toEqual(other);
    const entry = JSON.parse(await readFile(path.join(dir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages)[0]?.page_count).toBe(3);
  }, 60_000);

  it("takes over a lock left by a build that has ended", async () => {
    const dir = path.join(root, "abandoned");
    const ended = spawnSync(process.execPath, ["-e", ""]);
    await writeFile(`${dir}.lock`, String(ended.pid));
    const index = await buildSearchIndexOnce(documents, dir, 10);
    expect(index.files).toContain("pagefind.js");
    expect(await readdir(root)).not.toContain("abandoned.lock");
  }, 60_000);
});
