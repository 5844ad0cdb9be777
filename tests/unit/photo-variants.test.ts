import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describePhoto } from "@/lib/images/describe-photo";
import { fillsCoverFrame, placeholderBackground, variantName, widthsFor, type Photo } from "@/lib/images/variants";

const photo = (width: number, height = 100): Photo => ({ src: "/images/a.jpg", hash: "0123456789abcdef", width, height });

describe("the widths a photograph is made in", () => {
  it("stop at the file's own width, for each use", () => {
    expect(widthsFor(photo(1000), "cover")).toEqual([480, 720, 960, 1000]);
    expect(widthsFor(photo(1000), "text")).toEqual([480, 720, 960, 1000]);
    expect(widthsFor(photo(200), "avatar")).toEqual([96, 128, 192, 200]);
  });

  it("add the full-size view's file to a picture in the text, not to a cover or an avatar", () => {
    expect(widthsFor(photo(3000), "text")).toEqual([480, 720, 960, 1200, 1440, 2400]);
    expect(widthsFor(photo(3000), "cover")).toEqual([480, 720, 960, 1200, 1440]);
    expect(widthsFor(photo(3000), "avatar")).toEqual([96, 128, 192, 256]);
  });
});

describe("the readable name of a variant file", () => {
  it("is the file's name without its ending, in lower-case words joined by single hyphens", () => {
    expect(variantName("/images/articles/Wax.Tree  (2).JPG")).toBe("wax-tree-2");
    expect(variantName("/images/my%20ring.jpg")).toBe("my-ring");
  });

  it("is `photo` when the name holds no letter or digit", () => {
    expect(variantName("/images/💍.jpg")).toBe("photo");
  });
});

describe("what is drawn under a picture while it loads", () => {
  const placeholder = { colour: "#a08060", preview: "data:image/webp;base64,AAAA" };

  it("is the preview over the mean colour where a reader waits for it, the colour alone elsewhere", () => {
    expect(placeholderBackground(placeholder, true)).toBe("#a08060 url(data:image/webp;base64,AAAA) 50% 50% / cover no-repeat");
    expect(placeholderBackground(placeholder, false)).toBe("#a08060");
  });
});

describe("a cover in a list's 3:2 frame", () => {
  it("fills the frame within 2% of its shape, and is shown whole otherwise", () => {
    expect(fillsCoverFrame({ width: 1500, height: 1000 })).toBe(true);
    expect(fillsCoverFrame({ width: 1529, height: 1000 })).toBe(true);
    expect(fillsCoverFrame({ width: 1471, height: 1000 })).toBe(true);
    expect(fillsCoverFrame({ width: 1531, height: 1000 })).toBe(false);
    expect(fillsCoverFrame({ width: 1469, height: 1000 })).toBe(false);
  });
});

describe("a picture read from public/", () => {
  let publicDir: string;
  const read = (name: string) => describePhoto(publicDir, `/images/${name}`);

  beforeAll(async () => {
    publicDir = await mkdtemp(path.join(os.tmpdir(), "describe-photo-"));
    await mkdir(path.join(publicDir, "images"));
    const file = (name: string) => path.join(publicDir, "images", name);
    // Stored 30 × 20 with the camera's flag saying "turn a quarter" (6) or "mirror and turn" (5).
    for (const orientation of [5, 6]) {
      await sharp({ create: { width: 30, height: 20, channels: 3, background: "#808080" } }).jpeg().withMetadata({ orientation }).toFile(file(`turned-${orientation}.jpg`));
    }
    await sharp({ create: { width: 30, height: 20, channels: 3, background: "#808080" } }).jpeg().withMetadata({ orientation: 4 }).toFile(file("flipped.jpg"));
    await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 200, g: 100, b: 50 } } }).png().toFile(file("rust.png"));
    await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 96, g: 96, b: 96 } } }).toColourspace("b-w").png().toFile(file("grey.png"));
    await sharp({ create: { width: 30, height: 20, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png().toFile(file("glass.png"));
  });

  afterAll(() => rm(publicDir, { recursive: true, force: true }));

  it("has its upright size: a picture the camera turned a quarter is as high as it is stored wide", async () => {
    expect(await read("turned-6.jpg")).toMatchObject({ width: 20, height: 30 });
    expect(await read("turned-5.jpg")).toMatchObject({ width: 20, height: 30 });
    expect(await read("flipped.jpg")).toMatchObject({ width: 30, height: 20 });
  });

  it("is drawn in its mean colour while it loads, in colour or in grey", async () => {
    expect((await read("rust.png"))?.placeholder?.colour).toBe("#c86432");
    expect((await read("grey.png"))?.placeholder?.colour).toBe("#606060");
    expect((await read("rust.png"))?.placeholder?.preview).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/=]+$/);
  });

  it("has no placeholder when it has transparency, which would show it through", async () => {
    const glass = await read("glass.png");
    expect(glass).toMatchObject({ src: "/images/glass.png", width: 30, height: 20 });
    expect(glass).not.toHaveProperty("placeholder");
  });
});
