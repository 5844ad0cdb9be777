import { z } from "zod";

/*
 * Which files each photograph is served as, and the <img> attributes that pick among them. Pure:
 * the files themselves are made at build time by app/img/[hash]/[width]/[file]/route.ts.
 */

/** What a photograph is for decides the widths it is made in. */
export type PhotoKind = "cover" | "text" | "avatar";

/** What stands in for a picture until it arrives: its mean colour, and a 16-pixel blurred preview. */
export const placeholderSchema = z.object({
  colour: z.string().regex(/^#[0-9a-f]{6}$/),
  preview: z.string().regex(/^data:image\/webp;base64,[A-Za-z0-9+/=]+$/),
});

export type Placeholder = z.infer<typeof placeholderSchema>;

/** A local picture as the site knows it: where it is, what it is, and what to show while it loads. */
export const photoSchema = z.object({
  /** Its path under public/, as the author wrote it (`/images/articles/wax-tree.jpg`). */
  src: z.string(),
  /** Content hash of the file (and of how variants are encoded): variant URLs change when it does. */
  hash: z.string(),
  /** Upright size in pixels, after the camera's orientation flag is applied. */
  width: z.number(),
  height: z.number(),
  /** None for pictures with transparency, where it would show through. */
  placeholder: placeholderSchema.optional(),
});

export type Photo = z.infer<typeof photoSchema>;

/**
 * Enough for the text column at 2x and a 375 px phone at 3x; covers use the same.
 * The full-size view gets one larger file, opened only on demand.
 */
export const COLUMN_WIDTHS = [480, 720, 960, 1200, 1440] as const;
export const AVATAR_WIDTHS = [96, 128, 192, 256] as const;
export const FULL_SIZE_WIDTH = 2400;

/** The text column from 768 px up (68ch of text, in CSS pixels): a cover, and a picture alone in the text, fill it. */
export const COLUMN_WIDTH = 684;

/**
 * The widest an author's portrait is shown, on their own page (app/authors/[id]/page.tsx); smaller
 * beside articles and in the list. It is shown cropped to a circle, so its copies are squares.
 */
export const AVATAR_WIDTH = 128;

/** A gallery's picture from 768 px up, two to a row. */
export const GALLERY_WIDTH = 350;

/** One entry of a `sizes` attribute: how wide a picture is shown while its media condition holds (the last entry has none). */
export type ShownWidth = { media?: string; width: string };

/** A `sizes` attribute from its entries, in order: the browser takes the first whose condition holds. */
export function sizesAttribute(shown: readonly ShownWidth[]): string {
  return shown.map(({ media, width }) => (media ? `${media} ${width}` : width)).join(", ");
}

/** The text column: a phone's width less the page's margins; 68ch of text (at most 684 px) from 768 px up. */
export const COLUMN_SHOWN: readonly ShownWidth[] = [{ media: "(min-width: 768px)", width: `${COLUMN_WIDTH}px` }, { width: "calc(100vw - 45px)" }];

export const COLUMN_SIZES = sizesAttribute(COLUMN_SHOWN);

/**
 * The most pixels a column copy holds: as many as a 2:3 portrait's largest (1440×2160), which stays
 * under the 250 KB a picture a page loads may weigh (bench/photographs-trial-2026-12-07.md). Wider
 * than 2:3 this changes nothing; a taller picture's copies, as high as they are wide times its shape,
 * stop sooner (a 1:6 one at 720).
 */
const COLUMN_PIXELS = 1440 * 2160;

type Size = Pick<Photo, "width" | "height">;

function capped(size: Size, widths: readonly number[], most = size.width): number[] {
  // Stryker disable next-line EqualityOperator: with `<=` the largest width is listed twice, and the Set below keeps it once.
  const below = widths.filter((width) => width < most);
  const largest = Math.min(most, Math.max(...widths));
  return [...new Set([...below, largest])];
}

/** A cover's, or a picture's in the text, as the column shows it: never wider than the file, never more than COLUMN_PIXELS. */
function columnWidths(size: Size): number[] {
  return capped(size, COLUMN_WIDTHS, Math.min(size.width, Math.floor(Math.sqrt((COLUMN_PIXELS * size.width) / size.height))));
}

/** A portrait's copies are its middle square: this is that square's side, the file's shorter side. */
export function squareSide(size: Size): number {
  return Math.min(size.width, size.height);
}

/** A portrait's copies, squares never larger than the file's shorter side. */
function squareSides(size: Size): number[] {
  return capped(size, AVATAR_WIDTHS, squareSide(size));
}

/** The widths a photograph is made in for one use, smallest first: never wider than the file itself (a portrait's square, than its shorter side). */
export function widthsFor(photo: Size, kind: PhotoKind): number[] {
  switch (kind) {
    case "avatar":
      return squareSides(photo);
    case "cover":
      return columnWidths(photo);
    case "text":
      return [...new Set([...columnWidths(photo), fullSizeWidth(photo)])].sort((a, b) => a - b);
  }
}

/**
 * The width of the file the full-size view opens, never the original. Its longer side is at most FULL_SIZE_WIDTH, as the view fits the picture to the screen: a portrait
 * photo 2400 wide would be 3600 high, about twice the bytes for a height no screen shows. A picture
 * taller than 2:3 gets a file narrower than its column copies (a 1:6 one, 400×2400): the view shows
 * it a screen high. Rounded down, so the height sharp rounds from it is never 2401.
 */
export function fullSizeWidth(photo: Size): number {
  const fitted = photo.width >= photo.height ? FULL_SIZE_WIDTH : Math.floor((FULL_SIZE_WIDTH * photo.width) / photo.height);
  return Math.min(photo.width, fitted);
}

/** `wax-tree.jpg` → `wax-tree`: a readable, URL-safe name for the variant files. */
export function variantName(src: string): string {
  // Stryker disable next-line StringLiteral: `split` always gives at least one part, so the fallback never runs.
  let base = src.split("/").at(-1) ?? "";
  try {
    base = decodeURIComponent(base);
  } catch {
    // Kept as written: the name is only for reading.
  }
  const name = base.replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return name || "photo";
}

/**
 * `isla.webp`, or `isla.square.webp` for a portrait's square copies: should one file be both a
 * portrait and a picture in the text, its copies of the same width stay two files (variantName writes no dot).
 */
export function variantFile(src: string, kind: PhotoKind): string {
  return `${variantName(src)}${kind === "avatar" ? ".square" : ""}.webp`;
}

/** `/img/<hash>/<width>/<file>`: a new hash is a new URL, so a variant can be cached for a year. */
export function variantUrl(photo: Pick<Photo, "src" | "hash">, width: number, kind: PhotoKind): string {
  return `/img/${photo.hash}/${width}/${variantFile(photo.src, kind)}`;
}

export type ImgAttributes = { src: string; srcSet: string; sizes: string; width: number; height: number; style?: string };

/**
 * The CSS background drawn under a picture while it loads. The preview only where a reader waits
 * for the picture (the first one on a page, covers): each preview is a data URL the browser decodes
 * while it first styles the page, which Lighthouse counts as blocking time (bench/lighthouse-2026-12-05.md).
 */
export function placeholderBackground(placeholder: Placeholder, withPreview: boolean): string {
  return withPreview ? `${placeholder.colour} url(${placeholder.preview}) 50% 50% / cover no-repeat` : placeholder.colour;
}

/** `src`, `srcset`, `sizes`, intrinsic size (a portrait's: its largest square's) and placeholder for an <img> of this photograph. */
export function imgAttributes(photo: Photo, kind: Exclude<PhotoKind, "text"> | "column", sizes: string, withPreview: boolean): ImgAttributes {
  const square = kind === "avatar";
  const widths = square ? squareSides(photo) : columnWidths(photo);
  const fallback = widths.find((width) => width >= 720) ?? widths.at(-1) ?? photo.width;
  // A picture in the column is shown whole, its copies named as a cover's.
  const url = (width: number) => variantUrl(photo, width, square ? "avatar" : "cover");
  const side = Math.max(...widths);
  return {
    src: url(fallback),
    srcSet: widths.map((width) => `${url(width)} ${width}w`).join(", "),
    sizes,
    ...(square ? { width: side, height: side } : { width: photo.width, height: photo.height }),
    ...(photo.placeholder ? { style: `background:${placeholderBackground(photo.placeholder, withPreview)}` } : {}),
  };
}

/** Lists show covers in a 3:2 frame; a cover within 2% of that shape fills it, any other is shown whole inside it. */
export function fillsCoverFrame(size: { width: number; height: number }): boolean {
  // Stryker disable next-line EqualityOperator: no whole-pixel size is exactly 2% off 3:2 in floating point, so `<=` decides alike (the check behind it: bench/mutation/equivalent.md).
  return Math.abs(size.width / size.height / (3 / 2) - 1) < 0.02;
}
