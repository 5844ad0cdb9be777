import { randomBytes } from "node:crypto";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describePhoto } from "@/lib/images/describe-photo";
import { fillsCoverFrame, imgAttributes, placeholderBackground, variantName, widthsFor, type Photo } from "@/lib/images/variants";
import { strayBytesJpeg } from "../helpers/images";

const photo = (width: number, height = 100): Photo => ({ src: "/images/a.jpg", hash: "0123456789abcdef", width, height });

describe("the widths a photograph is made in", () => {
  it("stop at the file's own width, for each use", () => {
    expect(widthsFor(photo(1000), "cover")).toEqual([480, 720, 960, 1000]);
    expect(widthsFor(photo(1000), "text")).toEqual([480, 720, 960, 1000]);
    expect(widthsFor(photo(200, 200), "avatar")).toEqual([96, 128, 192, 200]);
  });

  it("add the full-size view's file to a picture in the text, not to a cover or an avatar", () => {
    expect(widthsFor(photo(3000), "text")).toEqual([480, 720, 960, 1200, 1440, 2400]);
    expect(widthsFor(photo(3000), "cover")).toEqual([480, 720, 960, 1200, 1440]);
    expect(widthsFor(photo(3000, 3000), "avatar")).toEqual([96, 128, 192, 256]);
  });

  it("stop at a portrait's shorter side, as its copies are its middle square", () => {
    expect(widthsFor(photo(300, 200), "avatar")).toEqual([96, 128, 192, 200]);
    expect(widthsFor(photo(200, 300), "avatar")).toEqual([96, 128, 192, 200]);
    expect(widthsFor(photo(3000, 2000), "avatar")).toEqual([96, 128, 192, 256]);
  });
});

describe("the full-size view's file (photographs trial)", () => {
  it("of a portrait photo is 2400 pixels high, not wide: the view fits the screen's height", () => {
    expect(widthsFor(photo(4000, 6000), "text")).toEqual([480, 720, 960, 1200, 1440, 1600]);
    expect(widthsFor(photo(2400, 2400), "text")).toEqual([480, 720, 960, 1200, 1440, 2400]);
  });

  it("of a picture taller than 2:3 is 2400 pixels high too, narrower than its column copies", () => {
    // A long necklace, 1:6: 2400 × 1000 / 6000 = 400.
    expect(widthsFor(photo(1000, 6000), "text")).toEqual([400, 480, 720]);
    // 1:3: 2400 × 2000 / 6000 = 800, among the column copies.
    expect(widthsFor(photo(2000, 6000), "text")).toEqual([480, 720, 800, 960, 1018]);
  });

  it("is rounded down, so it is never 2401 pixels high or more", () => {
    // 2400 × 1000 / 5990 = 400.67: a file 401 wide would be 2402 high.
    expect(widthsFor(photo(1000, 5990), "text")).toEqual([400, 480, 720]);
  });
});

describe("the column's copies of a picture taller than 2:3 (a scanned certificate, a long necklace)", () => {
  it("hold no more pixels than a 2:3 portrait's largest, 1440×2160", () => {
    // √(1440 × 2160 × 2000 / 6000) = 1018.2: 1018×3054.
    expect(widthsFor(photo(2000, 6000), "cover")).toEqual([480, 720, 960, 1018]);
    // √(1440 × 2160 / 6) = 720 exactly: 720×4320.
    expect(imgAttributes(photo(1000, 6000), "column", "100vw", false).srcSet).toBe("/img/0123456789abcdef/480/a.webp 480w, /img/0123456789abcdef/720/a.webp 720w");
  });

  it("are as before for a 2:3 portrait and anything wider", () => {
    expect(widthsFor(photo(4000, 6000), "cover")).toEqual([480, 720, 960, 1200, 1440]);
    expect(widthsFor(photo(6000, 1000), "cover")).toEqual([480, 720, 960, 1200, 1440]);
  });
});

describe("an <img> of a photograph", () => {
  it("offers an avatar in its square copies, its largest as the fallback", () => {
    const attributes = imgAttributes(photo(300, 300), "avatar", "48px", false);
    expect(attributes.srcSet).toBe(
      "/img/0123456789abcdef/96/a.square.webp 96w, /img/0123456789abcdef/128/a.square.webp 128w, /img/0123456789abcdef/192/a.square.webp 192w, /img/0123456789abcdef/256/a.square.webp 256w",
    );
    expect(attributes.src).toBe("/img/0123456789abcdef/256/a.square.webp");
    expect(attributes).toMatchObject({ width: 256, height: 256 });
  });

  it("offers an avatar 300×200 as squares up to 200, and is 200×200 itself, so that nothing stretches it", () => {
    const attributes = imgAttributes(photo(300, 200), "avatar", "128px", false);
    expect(attributes.srcSet).toBe(
      "/img/0123456789abcdef/96/a.square.webp 96w, /img/0123456789abcdef/128/a.square.webp 128w, /img/0123456789abcdef/192/a.square.webp 192w, /img/0123456789abcdef/200/a.square.webp 200w",
    );
    expect(attributes).toMatchObject({ src: "/img/0123456789abcdef/200/a.square.webp", width: 200, height: 200 });
  });

  it("of a cover or a picture in the column is the file's own shape, in copies named apart from a portrait's", () => {
    expect(imgAttributes(photo(300, 200), "cover", "100vw", false)).toMatchObject({ src: "/img/0123456789abcdef/300/a.webp", width: 300, height: 200 });
    expect(imgAttributes(photo(300, 200), "column", "100vw", false)).toMatchObject({ src: "/img/0123456789abcdef/300/a.webp", width: 300, height: 200 });
  });

  it("falls back to the 720 px file of a column picture, or to its largest when it is narrower", () => {
    expect(imgAttributes(photo(3000), "column", "100vw", false).src).toBe("/img/0123456789abcdef/720/a.webp");
    expect(imgAttributes(photo(600), "column", "100vw", false).src).toBe("/img/0123456789abcdef/600/a.webp");
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
  let root: string;
  let publicDir: string;
  const read = (name: string) => describePhoto(publicDir, `/images/${name}`);
  /** A `#rrggbb` colour's three channels. */
  const channels = (colour: string | undefined) => [1, 3, 5].map((at) => Number.parseInt(colour?.slice(at, at + 2) ?? "", 16));
  const previewOf = async (name: string) => {
    const preview = (await read(name))?.placeholder?.preview ?? "";
    return Buffer.from(preview.replace("data:image/webp;base64,", ""), "base64");
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "describe-photo-"));
    publicDir = path.join(root, "public");
    await mkdir(path.join(publicDir, "images"), { recursive: true });
    const file = (name: string) => path.join(publicDir, "images", name);
    const plain = (background: { r: number; g: number; b: number }) => sharp({ create: { width: 30, height: 20, channels: 3, background } });
    // Stored 30 × 20 with the camera's flag saying "turn a quarter" (6) or "mirror and turn" (5).
    for (const orientation of [5, 6]) {
      await sharp({ create: { width: 30, height: 20, channels: 3, background: "#808080" } }).jpeg().withMetadata({ orientation }).toFile(file(`turned-${orientation}.jpg`));
    }
    await sharp({ create: { width: 30, height: 20, channels: 3, background: "#808080" } }).jpeg().withMetadata({ orientation: 4 }).toFile(file("flipped.jpg"));
    await plain({ r: 200, g: 100, b: 50 }).png().toFile(file("rust.png"));
    await plain({ r: 96, g: 96, b: 96 }).toColourspace("b-w").png().toFile(file("grey.png"));
    await sharp({ create: { width: 30, height: 20, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png().toFile(file("glass.png"));
    // 16 bits a channel, and a channel below 16 (one hex digit).
    await plain({ r: 200, g: 100, b: 5 }).toColourspace("rgb16").png().toFile(file("deep.png"));
    // A print file: cyan, magenta, yellow and black instead of red, green and blue.
    await plain({ r: 120, g: 140, b: 160 }).toColourspace("cmyk").jpeg({ quality: 100 }).toFile(file("print.jpg"));
    await copyFile("public/images/articles/wax-tree.jpg", file("wax-tree.jpg"));
    await writeFile(file("notes.jpg"), "not a picture");
    await writeFile(file("camera.jpg"), await strayBytesJpeg());
    // A cut-out on a clear background, copied only in part: its size is read, its picture is not.
    const cutOut = await sharp(randomBytes(64 * 48 * 4), { raw: { width: 64, height: 48, channels: 4 } }).png().toBuffer();
    await writeFile(file("cut-short.png"), cutOut.subarray(0, cutOut.length >> 1));
    await plain({ r: 0, g: 0, b: 0 }).png().toFile(file("100%.png"));
    await plain({ r: 0, g: 0, b: 0 }).png().toFile(path.join(root, "secret.png"));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

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

  it("is drawn in its colour when it has 16 bits a channel, or is a CMYK print file", async () => {
    expect((await read("deep.png"))?.placeholder?.colour).toBe("#c86405");
    // Within a few steps of the colour it was made in: the trip through CMYK is not exact.
    const print = channels((await read("print.jpg"))?.placeholder?.colour);
    [120, 140, 160].forEach((made, at) => expect(Math.abs((print[at] ?? 0) - made)).toBeLessThanOrEqual(4));
  });

  it("has a preview 16 pixels wide, below sharp's default WebP quality: its blur leaves nothing more to see", async () => {
    expect(await sharp(await previewOf("rust.png")).metadata()).toMatchObject({ format: "webp", width: 16, height: 11 });
    const sameAtDefault = await sharp("public/images/articles/wax-tree.jpg").rotate().resize({ width: 16 }).blur(0.6).webp().toBuffer();
    expect((await previewOf("wax-tree.jpg")).length).toBeLessThan(sameAtDefault.length);
  });

  it("has no placeholder when it has transparency, which would show it through", async () => {
    const glass = await read("glass.png");
    expect(glass).toMatchObject({ src: "/images/glass.png", width: 30, height: 20 });
    expect(glass).not.toHaveProperty("placeholder");
  });

  it("is read when it is a camera's JPEG with stray bytes that browsers ignore, so its copies are made (photographs trial)", async () => {
    const camera = await read("camera.jpg");
    expect(camera).toMatchObject({ src: "/images/camera.jpg", width: 40, height: 30 });
    // Made in #c0a060: a JPEG keeps it within a step.
    channels(camera?.placeholder?.colour).forEach((channel, at) => expect(Math.abs(channel - ([192, 160, 96][at] ?? 0))).toBeLessThanOrEqual(2));
  });

  it("is read by its name when a `%` in it starts no escape", async () => {
    expect(await read("100%.png")).toMatchObject({ src: "/images/100%.png", width: 30, height: 20 });
  });

  it("is nothing when the file is not a picture, is cut short (with transparency too), is missing, or lies outside public/", async () => {
    expect(await read("notes.jpg")).toBeUndefined();
    expect(await read("cut-short.png")).toBeUndefined();
    expect(await read("missing.jpg")).toBeUndefined();
    expect(await read("%2e%2e/%2e%2e/secret.png")).toBeUndefined();
  });
});
