import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderSocialImage } from "@/app/_og/render-social-image";

let cacheDir: string;

async function entries(): Promise<string[]> {
  const shards = await readdir(cacheDir).catch(() => []);
  const files = await Promise.all(shards.map(async (shard) => (await readdir(path.join(cacheDir, shard))).map((f) => path.join(cacheDir, shard, f))));
  return files.flat();
}

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
const card = { title: "Why We Repair Before We Replace", kicker: "Marrow & Vale Journal", footer: "By Isla Marrow" };

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "social-cache-"));
});

afterEach(() => rm(cacheDir, { recursive: true, force: true }));

describe("the social image cache", () => {
  it("draws a card once and serves the stored PNG for the same text", async () => {
    const first = await renderSocialImage(card, { cacheDir });
    expect(first.headers.get("content-type")).toBe("image/png");
    expect((await bytes(first)).subarray(1, 4).toString()).toBe("PNG");
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    // Tamper with the entry: if the next call returns these bytes, they came from the cache.
    await writeFile(entry, "from cache");
    expect((await bytes(await renderSocialImage(card, { cacheDir }))).toString()).toBe("from cache");
  }, 30_000);

  it("draws a new card when the text changes, and keeps the old one", async () => {
    await renderSocialImage(card, { cacheDir });
    const retitled = await bytes(await renderSocialImage({ ...card, title: "Why We Mend" }, { cacheDir }));
    expect(retitled.subarray(1, 4).toString()).toBe("PNG");
    expect(await entries()).toHaveLength(2);
  }, 30_000);

  it("draws without a cache folder, as under test runners", async () => {
    expect((await bytes(await renderSocialImage(card))).subarray(1, 4).toString()).toBe("PNG");
  }, 30_000);
});
