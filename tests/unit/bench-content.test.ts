import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { loadCollection } from "@/lib/content/load";
import { writeBenchContent } from "../../scripts/bench-content";

const COUNT = 40;
let parent: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "bench-content-test-"));
});

afterAll(() => rm(parent, { recursive: true, force: true }));

/** Every file under `dir` with its text, in a stable order. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = await Promise.all(names.map(async (entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(dir, file), await readFile(file, "utf8")] as const;
  }));
  return new Map(files.sort(([a], [b]) => a.localeCompare(b)));
}

const write = (name: string, seed: number) => writeBenchContent(COUNT, path.resolve("public"), { seed, root: path.join(parent, name) });

describe("the benchmark's generated journal", () => {
  it("is the same for the same seed and differs for another", async () => {
    const [first, again, other] = await Promise.all([write("a", 7), write("b", 7), write("c", 8)]);
    const content = await snapshot(path.join(first, "content"));
    expect(content.size).toBe(COUNT + 6 + 1);
    expect(await snapshot(path.join(again, "content"))).toEqual(content);
    expect(await snapshot(path.join(other, "content"))).not.toEqual(content);
  });

  it("passes the loader and the content checks without a single error", async () => {
    const root = await write("checked", 20251129);
    const options = { contentDir: path.join(root, "content"), publicDir: path.join(root, "public") };
    const collection = await loadCollection({ ...options, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false });
    expect(collection.issues).toEqual([]);
    expect(collection.allArticles).toHaveLength(COUNT);
    // The newest 1% are drafts, as in a real journal.
    expect(collection.articles).toHaveLength(COUNT - 1);
    expect([...collection.authors.values()].filter((author) => author.guest).length).toBeGreaterThan(0);
    const errors = (await checkCollection(collection, { ...options, dev: false })).filter((issue) => issue.severity === "error");
    expect(errors).toEqual([]);
  });

  it("writes articles of about 1,200 words with headings, a list, a table and links", async () => {
    const root = await write("shape", 20251129);
    const text = await readFile(path.join(root, "content/articles/journal-entry-12.md"), "utf8");
    const words = text.split(/^---$/m)[2]?.split(/\s+/).filter(Boolean).length ?? 0;
    expect(words).toBeGreaterThan(1_100);
    expect(words).toBeLessThan(1_500);
    expect(text).toMatch(/^## /m);
    expect(text).toMatch(/^- /m);
    expect(text).toMatch(/^\| --- \| --- \| --- \|$/m);
    expect(text).toMatch(/\]\(\/articles\/journal-entry-\d+\)/);
  });
});
