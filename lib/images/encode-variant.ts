import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { buildCacheDir, readEntry, writeEntry } from "../build/cache";
import { READ_OPTIONS } from "./describe-photo";

/**
 * One variant of a picture: upright, `width` pixels wide, as WebP; for a portrait (`square`), its
 * middle square, `width` pixels each way. Kept in the build cache under the picture's content hash,
 * so a rebuild encodes only pictures that are new or changed.
 */
export async function encodeVariant(file: string, hash: string, width: number, square = false): Promise<Buffer> {
  const dir = buildCacheDir("photo-variants");
  const key = `${hash}-${width}${square ? "-square" : ""}`;
  const cached = dir ? await readEntry(dir, key) : undefined;
  if (cached) return cached;
  // The middle, not sharp's `attention`: the page's circle showed the middle before, the blurred
  // preview under it still does, and every size in the srcset then crops the same part (no
  // `withoutEnlargement`, which leaves a square wider than the shorter side unsquare; none is asked).
  const size = square ? { width, height: width, fit: "cover", position: "centre" } as const : { width, withoutEnlargement: true };
  const webp = await sharp(await readFile(file), READ_OPTIONS).rotate().resize(size).webp({ quality: 72 }).toBuffer();
  // Stryker disable next-line ConditionalExpression: writeEntry swallows its failure (cacache refuses an undefined folder), so writing with no folder is not writing.
  if (dir) await writeEntry(dir, key, webp);
  return webp;
}
