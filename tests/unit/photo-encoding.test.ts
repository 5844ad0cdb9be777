import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeVariant } from "@/lib/images/encode-variant";
import { widthsFor } from "@/lib/images/variants";
import { photoLike } from "../../scripts/bench/large-photos";
import { strayBytesJpeg } from "../helpers/images";

/*
 * The files /img serves (app/img/[hash]/[width]/[file]/route.ts), encoded in process. The build
 * cache is off under test runners; tests/unit/photo-build-cache.test.ts switches it on.
 */

let folder: string;
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "encode-variant-"));
  // Stored 30 × 20 with the camera's flag saying "turn a quarter": upright, 20 wide and 30 high.
  await sharp({ create: { width: 30, height: 20, channels: 3, background: "#808080" } }).jpeg().withMetadata({ orientation: 6 }).toFile(file("turned.jpg"));
  await copyFile("public/images/articles/wax-tree.jpg", file("wax-tree.jpg"));
  await writeFile(file("camera.jpg"), await strayBytesJpeg());
  // A portrait 300×200: a red band 50 wide on the left, a blue one on the right, grey between.
  const band = (colour: string) => sharp({ create: { width: 50, height: 200, channels: 3, background: colour } }).png().toBuffer();
  await sharp({ create: { width: 300, height: 200, channels: 3, background: "#808080" } })
    .composite([{ input: await band("#ff0000"), left: 0, top: 0 }, { input: await band("#0000ff"), left: 250, top: 0 }])
    .png()
    .toFile(file("wide-portrait.png"));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe("a variant of a picture", () => {
  it("is the upright picture at the width asked, as WebP", async () => {
    const variant = await encodeVariant(file("turned.jpg"), "0123456789abcdef", 10);
    expect(await sharp(variant).metadata()).toMatchObject({ format: "webp", width: 10, height: 15 });
  });

  it("is made of a camera's JPEG with stray bytes that browsers ignore (photographs trial)", async () => {
    const variant = await encodeVariant(file("camera.jpg"), "0123456789abcdef", 480);
    expect(await sharp(variant).metadata()).toMatchObject({ format: "webp", width: 40, height: 30 });
  });

  it("is never wider than the picture itself", async () => {
    const variant = await encodeVariant(file("turned.jpg"), "0123456789abcdef", 480);
    expect(await sharp(variant).metadata()).toMatchObject({ width: 20, height: 30 });
  });

  it("is encoded below sharp's default WebP quality, for fewer bytes", async () => {
    const variant = await encodeVariant(file("wax-tree.jpg"), "0123456789abcdef", 480);
    const sameAtDefault = await sharp(file("wax-tree.jpg")).rotate().resize({ width: 480 }).webp().toBuffer();
    expect(variant.length).toBeLessThan(sameAtDefault.length);
  });
});

describe("the copies of a portrait 300×200, shown cropped to a circle", () => {
  /** A copy's size, and its colours at its left and right edges, half-way down. */
  const looks = async (copy: Buffer) => {
    const { data, info } = await sharp(copy).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number) => {
      const at = (Math.floor(info.height / 2) * info.width + x) * info.channels;
      return [...data.subarray(at, at + 3)];
    };
    return { size: `${info.width}×${info.height}`, left: pixel(0), right: pixel(info.width - 1) };
  };

  it("are squares of its middle, up to its shorter side, so each fills the circle at the size asked", async () => {
    const copies = await Promise.all(widthsFor({ width: 300, height: 200 }, "avatar").map((width) => encodeVariant(file("wide-portrait.png"), "0123456789abcdef", width, true)));
    const seen = await Promise.all(copies.map(looks));
    expect(seen.map(({ size }) => size)).toEqual(["96×96", "128×128", "192×192", "200×200"]);
    // Grey from edge to edge: the red and blue bands were cut off (a step or two off in WebP).
    for (const { left, right } of seen) for (const channel of [...left, ...right]) expect(Math.abs(channel - 128)).toBeLessThanOrEqual(4);
  });

  it("are its whole picture at the width asked when it is not a portrait", async () => {
    expect(await looks(await encodeVariant(file("wide-portrait.png"), "0123456789abcdef", 150))).toMatchObject({ size: "150×100" });
  });
});

describe("the copies of a very tall picture, 1000×6000 (a long necklace; photographs trial)", () => {
  it("are the full-size view's, 2400 pixels high, and the column's, each under the 250 KB a picture a page loads may weigh", async () => {
    // Drawn like a photograph (grain at three scales), so its copies weigh what a real photo's do.
    await photoLike(file("necklace.jpg"), 3, 1000, 6000);
    const copies = await Promise.all(widthsFor({ width: 1000, height: 6000 }, "text").map((width) => encodeVariant(file("necklace.jpg"), "0123456789abcdef", width)));
    const sizes = await Promise.all(copies.map(async (copy) => ({ ...(await sharp(copy).metadata()), bytes: copy.length })));
    expect(sizes.map(({ width, height }) => `${width}×${height}`)).toEqual(["400×2400", "480×2880", "720×4320"]);
    for (const { width, bytes } of sizes) expect(bytes, `the ${width} px copy`).toBeLessThan(250 * 1024);
  });
});
