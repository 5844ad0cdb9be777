import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RenderedArticle } from "@/lib/content/markdown";
import type { Article, Author } from "@/lib/content/types";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { getVariants, type Variant } from "@/lib/photos";

/*
 * Which files /img serves for each use of a photograph: a cover, a picture in the text, an avatar.
 * The articles and authors are stand-ins; the covers and avatars are read from a public/ of the test's.
 */
vi.mock("@/lib/articles", () => ({
  getArticles: () =>
    Promise.resolve([
      { slug: "with-cover", cover: { src: "/images/covers/wide.png", alt: "A wide bench" } },
      { slug: "lost-cover", cover: { src: "/images/covers/missing.png", alt: "Nothing" } },
      { slug: "no-cover" },
    ] as unknown as Article[]),
  getRenderedArticle: (article: Article): Promise<RenderedArticle> => {
    const photo = { src: "/images/articles/in-text.jpg", hash: "0123456789abcdef", width: 1600, height: 1000 };
    return Promise.resolve({ html: "", headings: [], images: [], photos: article.slug === "no-cover" ? [photo] : [] });
  },
}));
vi.mock("@/lib/authors", () => ({
  getAuthors: () => Promise.resolve([{ id: "isla", avatar: { src: "/images/authors/isla.png", alt: "Isla" } }, { id: "ghost" }] as unknown as Author[]),
}));

let publicDir: string;

beforeAll(async () => {
  publicDir = await mkdtemp(path.join(os.tmpdir(), "photo-uses-"));
  vi.stubEnv("PUBLIC_DIR", publicDir);
  await mkdir(path.join(publicDir, "images", "covers"), { recursive: true });
  await mkdir(path.join(publicDir, "images", "authors"), { recursive: true });
  const plain = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#a08060" } }).png();
  await plain(1600, 1000).toFile(path.join(publicDir, "images", "covers", "wide.png"));
  await plain(300, 200).toFile(path.join(publicDir, "images", "authors", "isla.png"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(publicDir, { recursive: true, force: true });
});

/** The widths /img serves a file in, smallest first. */
const widthsOf = (variants: Map<string, Variant>, file: string) =>
  [...variants.values()].filter((variant) => variant.file === file).map((variant) => variant.width).sort((a, b) => a - b);

describe("the files /img serves", () => {
  it("are a cover's column widths, a text picture's with its full-size view, an avatar's squares up to its shorter side, and nothing for a file that is missing", async () => {
    const variants = await getVariants();
    expect(widthsOf(variants, "wide.webp")).toEqual([480, 720, 960, 1200, 1440]);
    expect(widthsOf(variants, "in-text.webp")).toEqual([480, 720, 960, 1200, 1440, 1600]);
    expect(widthsOf(variants, "isla.square.webp")).toEqual([96, 128, 192, 200]);
    expect(new Set([...variants.values()].map((variant) => variant.file))).toEqual(new Set(["wide.webp", "in-text.webp", "isla.square.webp"]));
    expect([...variants.values()].find((variant) => variant.file === "isla.square.webp")).toMatchObject({ source: path.join(publicDir, "images", "authors", "isla.png"), square: true });
    expect([...variants.values()].filter((variant) => variant.square).map((variant) => variant.file)).toEqual(["isla.square.webp", "isla.square.webp", "isla.square.webp", "isla.square.webp"]);
  });
});
