import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import cacache from "cacache";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderSocialImage } from "@/app/_og/render-social-image";

let cacheDir: string;
/** No time budget, as in a build: on a loaded machine a request's budget gives the plain card, which is never kept. */
const options = () => ({ cacheDir, budgetMs: null });

/** The keys of the cards kept. */
const entries = async () => Object.keys(await cacache.ls(cacheDir));

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
const card = { title: "Why We Repair Before We Replace", kicker: "Marrow & Vale Journal", footer: "By Isla Marrow" };

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "social-cache-"));
});

afterEach(() => rm(cacheDir, { recursive: true, force: true }));

describe("the social image cache", () => {
  it("draws a card once and serves the stored PNG for the same text", async () => {
    const first = await renderSocialImage(card, options());
    expect(first.headers.get("content-type")).toBe("image/png");
    expect((await bytes(first)).subarray(1, 4).toString()).toBe("PNG");
    const [entry] = await entries();
    if (!entry) throw new Error("nothing cached");
    // Replace the entry: if the next call returns these bytes, they came from the cache.
    await cacache.put(cacheDir, entry, "from cache");
    expect((await bytes(await renderSocialImage(card, options()))).toString()).toBe("from cache");
  }, 120_000);

  it("draws a new card when the text changes, and keeps the old one", async () => {
    await renderSocialImage(card, options());
    const retitled = await bytes(await renderSocialImage({ ...card, title: "Why We Mend" }, options()));
    expect(retitled.subarray(1, 4).toString()).toBe("PNG");
    expect(await entries()).toHaveLength(2);
  }, 120_000);

  it("draws without a cache folder, as under test runners", async () => {
    expect((await bytes(await renderSocialImage(card))).subarray(1, 4).toString()).toBe("PNG");
  }, 120_000);
});
