import pLimit from "p-limit";
import { getArticles, getRenderedArticle } from "./articles";
import { getAuthors } from "./authors";
import { publicDir } from "./content/collection";
import { describePhoto, sourceFile } from "./images/describe-photo";
import { variantFile, widthsFor, type Photo, type PhotoKind } from "./images/variants";

/** The photograph at a path under public/, for a cover or an avatar; undefined if it cannot be read. */
export function getPhoto(src: string): Promise<Photo | undefined> {
  return describePhoto(publicDir(), src);
}

/** The photographs at these paths (an absent cover or avatar is skipped), by path: those that could be read. */
export async function getPhotos(srcs: readonly (string | undefined)[]): Promise<Map<string, Photo>> {
  const photos = await Promise.all([...new Set(srcs)].map((src) => src && getPhoto(src)));
  return new Map(photos.flatMap((photo) => (photo ? [[photo.src, photo] as const] : [])));
}

/** One file the site serves under /img: a picture's variant at one width, a square for a portrait. */
export type Variant = { hash: string; width: number; file: string; source: string; square: boolean };

/*
 * Listing the photos renders every article: a few at a time, because each render in flight holds
 * its Markdown and HTML trees, and all of them at once made the build worker's memory grow with
 * the number of articles (bench/build-turbopack.md).
 */
const RENDERS_AT_ONCE = 4;

async function uses(): Promise<{ photo: Photo; kind: PhotoKind }[]> {
  const [articles, authors] = await Promise.all([getArticles(), getAuthors()]);
  const found: { photo: Photo; kind: PhotoKind }[] = [];
  // A cover or an avatar that cannot be read has no page showing it, so no variant either.
  const use = (photo: Photo | undefined, kind: PhotoKind) => {
    if (photo) found.push({ photo, kind });
  };
  const rendering = pLimit(RENDERS_AT_ONCE);
  await Promise.all([
    ...articles.map((article) => rendering(async () => {
      if (article.cover) use(await getPhoto(article.cover.src), "cover");
      for (const photo of (await getRenderedArticle(article)).photos) use(photo, "text");
    })),
    ...authors.map(async (author) => {
      if (author.avatar) use(await getPhoto(author.avatar.src), "avatar");
    }),
  ]);
  return found;
}

let variants: Promise<Map<string, Variant>> | undefined;

/** Every variant file the pages reference, keyed by its URL path below /img. */
export function getVariants(): Promise<Map<string, Variant>> {
  variants ??= uses().then((all) => {
    const map = new Map<string, Variant>();
    for (const { photo, kind } of all) {
      const file = variantFile(photo.src, kind);
      const source = sourceFile(publicDir(), photo.src);
      // Stryker disable next-line ConditionalExpression: every photo listed was read through describePhoto, which finds no picture where sourceFile finds no file (it asks sourceFile first).
      if (!source) continue;
      for (const width of widthsFor(photo, kind)) map.set(`${photo.hash}/${width}/${file}`, { hash: photo.hash, width, file, source, square: kind === "avatar" });
    }
    return map;
  });
  return variants;
}
