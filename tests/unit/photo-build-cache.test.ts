import { mkdir, mkdtemp, rm, utimes } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import cacache from "cacache";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describePhoto } from "@/lib/images/describe-photo";
import { encodeVariant } from "@/lib/images/encode-variant";

/*
 * What one build keeps for the next in `<distDir>/cache/journal` (lib/build/cache.ts): each
 * picture's placeholder and each variant file. The cache is off under test runners, so this file
 * runs as a build does. A picture is described once per process; giving the file a new time makes
 * it read again, as the next build would.
 */

let root: string;
let dist: string;
let publicDir: string;
const picture = (name: string) => path.join(publicDir, "images", name);
const cacheOf = (kind: string) => path.join(dist, "cache", "journal", kind);
const keys = async (kind: string) => Object.keys(await cacache.ls(cacheOf(kind)));
let seconds = 0;

/** The picture as the next build reads it: same bytes, a new file time. */
async function nextBuild(name: string) {
  seconds += 60;
  const time = new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
  await utimes(picture(name), time, time);
  return describePhoto(publicDir, `/images/${name}`);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "photo-cache-"));
  dist = path.join(root, ".next");
  publicDir = path.join(root, "public");
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("JOURNAL_RENDER_CACHE", "");
  vi.stubEnv("NEXT_OUTPUT", "");
  vi.stubEnv("NEXT_DIST_DIR", dist);
  await mkdir(path.join(publicDir, "images"), { recursive: true });
  const plain = (background: { r: number; g: number; b: number; alpha?: number }) => sharp({ create: { width: 30, height: 20, channels: 4, background } });
  await plain({ r: 200, g: 100, b: 50 }).removeAlpha().png().toFile(picture("rust.png"));
  await plain({ r: 96, g: 96, b: 96 }).removeAlpha().png().toFile(picture("grey.png"));
  await plain({ r: 10, g: 20, b: 30, alpha: 0.5 }).png().toFile(picture("glass.png"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe("a picture's placeholder in the build cache", () => {
  it("is kept for the next build, which draws it from there", async () => {
    expect((await nextBuild("rust.png"))?.placeholder?.colour).toBe("#c86432");
    expect((await nextBuild("rust.png"))?.placeholder?.colour).toBe("#c86432");
    const [key, ...others] = await keys("photo-placeholders");
    expect(others).toEqual([]);
    if (!key) throw new Error("no placeholder kept");
    // Replace the entry: if the next build shows this colour, it came from the cache.
    const kept = { colour: "#123456", preview: "data:image/webp;base64,AAAA" };
    await cacache.put(cacheOf("photo-placeholders"), key, JSON.stringify(kept));
    expect((await nextBuild("rust.png"))?.placeholder).toEqual(kept);
  });

  it("is kept for each picture apart", async () => {
    await nextBuild("rust.png");
    expect((await nextBuild("grey.png"))?.placeholder?.colour).toBe("#606060");
    expect(await keys("photo-placeholders")).toHaveLength(2);
  });

  it("is kept as none for a picture with transparency", async () => {
    expect(await nextBuild("glass.png")).not.toHaveProperty("placeholder");
    expect(await nextBuild("glass.png")).not.toHaveProperty("placeholder");
    const texts = await Promise.all((await keys("photo-placeholders")).map(async (key) => (await cacache.get(cacheOf("photo-placeholders"), key)).data.toString("utf8")));
    expect(texts).toContain("null");
  });

  it("is drawn again when its entry is damaged", async () => {
    await nextBuild("rust.png");
    for (const key of await keys("photo-placeholders")) await cacache.put(cacheOf("photo-placeholders"), key, "{ not json");
    expect((await nextBuild("rust.png"))?.placeholder?.colour).toBe("#c86432");
  });
});

describe("a variant in the build cache", () => {
  it("is kept for the next build, which serves it from there", async () => {
    const variant = await encodeVariant(picture("rust.png"), "0123456789abcdef", 10);
    expect(await sharp(variant).metadata()).toMatchObject({ format: "webp", width: 10 });
    const [key, ...others] = await keys("photo-variants");
    expect(others).toEqual([]);
    if (!key) throw new Error("no variant kept");
    await cacache.put(cacheOf("photo-variants"), key, "kept");
    expect((await encodeVariant(picture("rust.png"), "0123456789abcdef", 10)).toString("utf8")).toBe("kept");
  });

  it("is kept for each width apart", async () => {
    await encodeVariant(picture("rust.png"), "0123456789abcdef", 10);
    expect(await sharp(await encodeVariant(picture("rust.png"), "0123456789abcdef", 12)).metadata()).toMatchObject({ width: 12 });
  });

  it("is kept apart from a portrait's square copy of the same width", async () => {
    await encodeVariant(picture("rust.png"), "0123456789abcdef", 14);
    expect(await sharp(await encodeVariant(picture("rust.png"), "0123456789abcdef", 14, true)).metadata()).toMatchObject({ width: 14, height: 14 });
  });
});
