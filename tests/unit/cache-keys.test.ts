import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCacheDir, cacheKey, cacheKeyBuilder } from "@/lib/build/cache";
import { renderArticleCached } from "@/lib/build/markdown-cache";

describe("cache keys", () => {
  it("keep the parts apart: (\"ab\", \"c\") and (\"a\", \"bc\") are different entries", () => {
    expect(cacheKey("ab", "c")).not.toBe(cacheKey("a", "bc"));
    expect(cacheKey("a:b", "c")).not.toBe(cacheKey("a", "b:c"));
    expect(cacheKey("", "abc")).not.toBe(cacheKey("abc", ""));
    expect(cacheKey("abc")).not.toBe(cacheKey("abc", ""));
    expect(cacheKey(new Uint8Array([1, 2]), new Uint8Array([3]))).not.toBe(cacheKey(new Uint8Array([1]), new Uint8Array([2, 3])));
  });

  it("are the same for the same parts, however they arrive, and a SHA-256 in hex", () => {
    expect(cacheKey("ab", "c")).toBe(cacheKey("ab", "c"));
    expect(cacheKeyBuilder("ab").add("c").digest()).toBe(cacheKey("ab", "c"));
    expect(cacheKeyBuilder().add("ab", "c").digest()).toBe(cacheKey("ab", "c"));
    expect(cacheKey("ab", "c")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("where a build keeps its work for the next one", () => {
  beforeEach(() => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("JOURNAL_RENDER_CACHE", "");
    vi.stubEnv("NEXT_OUTPUT", "");
    vi.stubEnv("NEXT_DIST_DIR", "");
  });

  afterEach(() => vi.unstubAllEnvs());

  it("is .next/cache/journal/<kind> by default, beside Next.js's own cache", () => {
    expect(buildCacheDir("markdown")).toBe(path.join(process.cwd(), ".next", "cache", "journal", "markdown"));
  });

  it("follows NEXT_DIST_DIR for a server build", () => {
    vi.stubEnv("NEXT_DIST_DIR", "build-elsewhere");
    expect(buildCacheDir("social-images")).toBe(path.join(process.cwd(), "build-elsewhere", "cache", "journal", "social-images"));
  });

  it("stays in .next for the static copy, whose NEXT_DIST_DIR is emptied by the export", () => {
    vi.stubEnv("NEXT_OUTPUT", "export");
    vi.stubEnv("NEXT_DIST_DIR", "out");
    expect(buildCacheDir("markdown")).toBe(path.join(process.cwd(), ".next", "cache", "journal", "markdown"));
  });

  it("is off with JOURNAL_RENDER_CACHE=off, and under the test runner", () => {
    vi.stubEnv("JOURNAL_RENDER_CACHE", "off");
    expect(buildCacheDir("markdown")).toBeUndefined();
    vi.stubEnv("JOURNAL_RENDER_CACHE", "");
    vi.stubEnv("NODE_ENV", "test");
    expect(buildCacheDir("markdown")).toBeUndefined();
  });
});

describe("the render cache", () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "render-cache-keys-"));
    // Two public folders with a different picture at the same address.
    await mkdir(path.join(root, "wide"), { recursive: true });
    await mkdir(path.join(root, "narrow"), { recursive: true });
    await copyFile("public/images/covers/silver-care.jpg", path.join(root, "wide", "ring.jpg"));
    await copyFile("public/images/articles/wax-tree.jpg", path.join(root, "narrow", "ring.jpg"));
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  it("keeps apart the same Markdown rendered against two public folders, whose images differ", async () => {
    const cacheDir = path.join(root, "cache");
    const markdown = "![A ring](/ring.jpg)";
    const wide = await renderArticleCached(markdown, { publicDir: path.join(root, "wide"), cacheDir });
    const narrow = await renderArticleCached(markdown, { publicDir: path.join(root, "narrow"), cacheDir });
    expect(wide.html).toContain('width="1200"');
    expect(narrow.html).toContain('width="1000"');
    // And each is found again in the cache as it was.
    expect((await renderArticleCached(markdown, { publicDir: path.join(root, "wide"), cacheDir })).html).toBe(wide.html);
  });
});
