import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { builtIndexDir, readSearchFile, searchShardSize } from "@/lib/search";

/*
 * The /pagefind/ route serves the built search index through readSearchFile: only the files the
 * index lists, never another file of the build folder, whatever path a request names.
 */
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), "search-files-"));
  await mkdir(path.join(dist, "search-index", "fragment"), { recursive: true });
  await writeFile(path.join(dist, "search-index", "index.json"), JSON.stringify({ files: ["pagefind.js", "fragment/en_1.pf_fragment"], shards: [] }));
  await writeFile(path.join(dist, "search-index", "pagefind.js"), "export const search = 1;");
  await writeFile(path.join(dist, "search-index", "fragment", "en_1.pf_fragment"), "fragment");
  await writeFile(path.join(dist, "search-index", "unlisted.js"), "not part of the index");
  await writeFile(path.join(dist, "secret.txt"), "the build's own files");
  vi.stubEnv("NEXT_DIST_DIR", dist);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dist, { recursive: true, force: true });
});

describe("the search index's files", () => {
  it("are read from the build folder next.config.ts names", () => {
    expect(builtIndexDir()).toBe(path.join(dist, "search-index"));
    vi.stubEnv("NEXT_DIST_DIR", "");
    expect(builtIndexDir()).toBe(path.resolve(".next", "search-index"));
    vi.stubEnv("NEXT_DIST_DIR", dist);
  });

  it("are served when the index lists them, and no other file is", async () => {
    expect((await readSearchFile("pagefind.js"))?.toString()).toBe("export const search = 1;");
    expect((await readSearchFile("fragment/en_1.pf_fragment"))?.toString()).toBe("fragment");
    expect(await readSearchFile("unlisted.js")).toBeUndefined();
    expect(await readSearchFile("../secret.txt")).toBeUndefined();
    expect(await readSearchFile("index.json")).toBeUndefined();
  });

  it("come in shards of a thousand articles, fewer where a test asks", () => {
    vi.stubEnv("SEARCH_SHARD_SIZE", "");
    expect(searchShardSize()).toBe(1000);
    vi.stubEnv("SEARCH_SHARD_SIZE", "3");
    expect(searchShardSize()).toBe(3);
  });
});
