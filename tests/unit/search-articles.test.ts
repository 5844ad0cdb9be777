import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeSearchIndex } from "@/lib/build/search-index";
import { article } from "../helpers/content-folder";
import { journalPerFile } from "../helpers/journal-per-file";
import { searchBuiltIndex } from "../helpers/pagefind-search";

/* What the search page finds in a journal's published articles, from the index the build writes. */
journalPerFile({
  "content/articles/pearls.md": article({ title: '"Pearls and Their Lustre"', description: '"How the studio grades a strand by daylight."' }, "## Drilling\n\nEach bead is drilled halfway from both sides.\n"),
  "content/articles/casting.md": article({ title: '"Lost-Wax Casting"', description: '"From carved wax to silver in one afternoon."' }, "The flask is burnt out overnight.\n"),
});
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "search-articles-"));
  vi.stubEnv("JOURNAL_RENDER_CACHE", "off");
});

afterAll(() => rm(out, { recursive: true, force: true }));

describe("the search index of the journal's articles", { timeout: 60_000 }, () => {
  it("finds an article by its title, its description and its text, and lists it by its title at its address", async () => {
    const dir = path.join(out, "index");
    const index = await writeSearchIndex(dir);
    const found = async (query: string) => (await searchBuiltIndex(dir, index, query)).map((result) => [result.url, result.meta.title]);
    expect(await found("lustre")).toEqual([["/articles/pearls", "Pearls and Their Lustre"]]);
    expect(await found("daylight")).toEqual([["/articles/pearls", "Pearls and Their Lustre"]]);
    expect(await found("drilled")).toEqual([["/articles/pearls", "Pearls and Their Lustre"]]);
    expect(await found("overnight")).toEqual([["/articles/casting", "Lost-Wax Casting"]]);
    const [casting] = await searchBuiltIndex(dir, index, "overnight");
    expect(casting?.excerpt).toBe("Lost-Wax Casting. From carved wax to silver in one afternoon. The flask is burnt out <mark>overnight.</mark>");
  });
});
