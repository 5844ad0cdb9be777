import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
// Imported with the file, not inside a test: lib/search.ts loads it on the first search, and Stryker would otherwise take its module code as covered by that test alone (docs/testing.md).
import "@/lib/build/search-index";
import { readSearchFile } from "@/lib/search";

/* `next dev` runs no build adapter: its first search builds the index, outside the project. */
let folder: ContentFolder;
let temporary: string;

beforeAll(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/articles/pearls.md", article({ title: '"Pearls"' }));
  // The system's temporary folder, with another program's file in it.
  temporary = await mkdtemp(path.join(os.tmpdir(), "search-in-dev-"));
  await mkdir(path.join(temporary, "tmp"));
  await writeFile(path.join(temporary, "tmp", "another-program.txt"), "kept");
  vi.stubEnv("NODE_ENV", "development");
  vi.stubEnv("CONTENT_DIR", folder.contentDir);
  vi.stubEnv("PUBLIC_DIR", folder.publicDir);
  vi.stubEnv("TMPDIR", path.join(temporary, "tmp"));
  vi.stubEnv("JOURNAL_RENDER_CACHE", "off");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await folder.remove();
  await rm(temporary, { recursive: true, force: true });
});

describe("search in `next dev`", { timeout: 120_000 }, () => {
  it("builds the index on the first search, in a folder of its own in the system's temporary folder", async () => {
    expect((await readSearchFile("pagefind.js"))?.length).toBeGreaterThan(0);
    expect(await readSearchFile("index.json")).toBeUndefined();
    expect((await readdir(path.join(temporary, "tmp"))).sort()).toEqual(["another-program.txt", `journal-search-${process.pid}`]);
    expect(await readdir(path.join(temporary, "tmp", `journal-search-${process.pid}`))).toContain("pagefind.js");
  });
});
