import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { buildCacheDir, readEntry, writeEntry } from "../build/cache";
import { READ_OPTIONS } from "./describe-photo";

/**
 * One variant of a picture: upright, `width` pixels wide, as WebP. Kept in the build cache under
 * the picture's content hash, so a rebuild encodes only pictures that are new or changed.
 */
export async function encodeVariant(file: string, hash: string, width: number): Promise<Buffer> {
  const dir = buildCacheDir("photo-variants");
  const key = `${hash}-${width}`;
  const cached = dir ? await readEntry(dir, key) : undefined;
  if (cached) return cached;
  const webp = await sharp(await readFile(file), READ_OPTIONS)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 72 })
    .toBuffer();
  // Stryker disable next-line ConditionalExpression: writeEntry swallows its failure (cacache refuses an undefined folder), so writing with no folder is not writing.
  if (dir) await writeEntry(dir, key, webp);
  return webp;
}
