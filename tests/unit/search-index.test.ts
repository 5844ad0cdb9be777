import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchDocument } from "@/lib/build/search-index";
import { shardPaths, shardPrefix } from "@/lib/search";
import { searchBuiltIndex } from "../helpers/pagefind-search";

/*
 * Each test builds its index inside the test, not in a hook: Stryker names only the code a test
 * runs as covered by it (docs/testing.md, static mutants), so an index built in `beforeAll` killed none.
 */
let root: string;

const page = (word: string): SearchDocument => ({
  url: `/articles/${word}`,
  html: `<html><body><h1>All about ${word}</h1><p>A note on ${word}.</p></body></html>`,
});
const documents = ["pearls", "hallmarks", "casting"].map(page);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "search-index-"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

async function built(name: string, pages: readonly SearchDocument[], shardSize: number) {
  const dir = path.join(root, name);
  return { dir, index: await buildSearchIndex(pages, dir, shardSize) };
}

describe("the search index", { timeout: 60_000 }, () => {
  it("splits the articles into Pagefind bundles of at most the shard size", async () => {
    const { index } = await built("split", documents, 2);
    expect(index.shards).toEqual(["/pagefind/shard-1/"]);
    expect(index.files).toContain("pagefind.js");
    expect(index.files).toContain("pagefind-entry.json");
    expect(index.files).toContain("shard-1/pagefind-entry.json");
  });

  it("has the bundles the search page names before the index is built", async () => {
    const { index } = await built("named", documents, 2);
    expect(shardPaths(documents.length, 2)).toEqual(index.shards);
    expect(shardPaths(2, 2)).toEqual([]);
    expect(shardPaths(0, 2)).toEqual([]);
    expect(shardPaths(5, 2)).toEqual(["/pagefind/shard-1/", "/pagefind/shard-2/"]);
    // The first bundle is /pagefind/ itself, where the search page loads pagefind.js; the others are its folders.
    expect([shardPrefix(0), shardPrefix(1), shardPrefix(2)]).toEqual(["", "shard-1/", "shard-2/"]);
  });

  it("puts each article in exactly one bundle", async () => {
    const { dir } = await built("bundles", documents, 2);
    const pageCount = async (prefix: string) => {
      const entry = JSON.parse(await readFile(path.join(dir, prefix, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    };
    expect([await pageCount(""), await pageCount("shard-1")]).toEqual([2, 1]);
  });

  it("writes the listed files and leaves no temporary folder behind", async () => {
    const { dir, index } = await built("listed", documents, 2);
    for (const file of index.files) await expect(readFile(path.join(dir, file))).resolves.toBeInstanceOf(Buffer);
    expect((await readdir(root)).filter((name) => name.startsWith("listed"))).toEqual(["listed"]);
  });

  it("finds every article, whichever bundle it is in, once the search page has merged them", async () => {
    const { dir, index } = await built("found", documents, 2);
    expect((await searchBuiltIndex(dir, index, "pearls")).map((result) => result.url)).toEqual(["/articles/pearls"]);
    expect((await searchBuiltIndex(dir, index, "hallmarks")).map((result) => result.url)).toEqual(["/articles/hallmarks"]);
    expect((await searchBuiltIndex(dir, index, "casting")).map((result) => result.url)).toEqual(["/articles/casting"]);
    expect((await searchBuiltIndex(dir, index, "note")).map((result) => result.url).sort()).toEqual(["/articles/casting", "/articles/hallmarks", "/articles/pearls"]);
  });

  it("is searched in the journal's language, so `sizing` finds the article on how to size a ring", async () => {
    const ring = { url: "/articles/sizing", html: "<html><body><h1>How to size a ring</h1></body></html>" };
    const { dir, index } = await built("language", [ring], 2);
    expect((await searchBuiltIndex(dir, index, "sizing")).map((result) => result.url)).toEqual(["/articles/sizing"]);
  });

  it("replaces the index a previous build left in the folder", async () => {
    await built("rebuilt", [page("pearls")], 2);
    const { dir, index } = await built("rebuilt", [page("casting")], 2);
    expect(await searchBuiltIndex(dir, index, "pearls")).toEqual([]);
    expect((await searchBuiltIndex(dir, index, "casting")).map((result) => result.url)).toEqual(["/articles/casting"]);
  });

  it("is built after a build this process began and left unfinished", async () => {
    // The unfinished build's temporary folder, as a crash would leave it: a container's build often gets the same process id.
    const leftover = path.join(root, `unfinished.${process.pid}.tmp`);
    await mkdir(path.join(leftover, "fragment"), { recursive: true });
    await writeFile(path.join(leftover, "fragment", "old.pf_fragment"), "from the unfinished build");
    const { dir, index } = await built("unfinished", [page("pearls")], 2);
    expect((await searchBuiltIndex(dir, index, "pearls")).map((result) => result.url)).toEqual(["/articles/pearls"]);
    expect(await readdir(path.join(dir, "fragment"))).not.toContain("old.pf_fragment");
    expect((await readdir(root)).filter((name) => name.startsWith("unfinished"))).toEqual(["unfinished"]);
  });
});
