import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import sharp from "sharp";
import { buildCacheDir, readEntry, writeEntry } from "../build/cache";
import { recordsPosition } from "./gps-position";
import { oncePerFileVersion } from "./per-file-version";
import { placeholderSchema, type Photo, type Placeholder } from "./variants";

/** Bump when variants are encoded differently: every variant URL (and cached file) changes with it. */
export const ENCODING_VERSION = "webp-q72-1";

/** Bump when placeholders are drawn differently. */
const PLACEHOLDER_VERSION = 6;

/**
 * How every picture is read: a JPEG with a flaw libjpeg only warns of, which browsers show (stray
 * bytes before a marker, as some cameras write), is read like any other; a file cut short is not.
 * sharp's default refuses the first too, and a picture with no copies is shown as the committed file.
 */
export const READ_OPTIONS = { failOn: "error" } as const;

/** The part of a variant URL that names the file's content (64 bits of SHA-256). */
export function photoHash(bytes: Uint8Array): string {
  return createHash("sha256").update(ENCODING_VERSION).update(bytes).digest("hex").slice(0, 16);
}

/** EXIF orientations 5 to 8 turn the picture a quarter: the upright width is the stored height. */
function upright(size: { width: number; height: number; orientation?: number }) {
  return (size.orientation ?? 1) >= 5 ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

/** Mean colour and a 16-pixel preview, drawn under the picture while it loads; none when it has transparency. */
async function placeholderOf(bytes: Uint8Array): Promise<Placeholder | undefined> {
  // In 8-bit sRGB, so that a CMYK, grey or 16-bit file gets three channels from 0 to 255 like any other;
  // shrunk on load, as a camera photo decoded whole costs far more for the same mean (bench/photos-2026-12-06.md).
  // Read with transparency too: a file cut short is refused here, where the content check learns of it.
  const { data, info } = await sharp(bytes, READ_OPTIONS)
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: not shrinking, or enlarging a small picture, only costs more (the mean moves by a fraction of a step, bench/photos-2026-12-06.md).
    .resize({ width: 256, height: 256, fit: "inside", withoutEnlargement: true })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) return undefined;
  const preview = await sharp(bytes, READ_OPTIONS).rotate().resize({ width: 16 }).blur(0.6).webp({ quality: 40 }).toBuffer();
  // The mean colour, not sharp's `dominant` (a coarse histogram bin that turns cream into grey).
  const { channels } = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).stats();
  const colour = `#${channels.map((channel) => Math.round(channel.mean).toString(16).padStart(2, "0")).join("")}`;
  return { colour, preview: `data:image/webp;base64,${preview.toString("base64")}` };
}

/** A cache entry: a placeholder, or null for a picture with transparency. Anything else is redrawn. */
const cachedEntry = placeholderSchema.nullable();

function fromCache(bytes: Buffer | undefined): { placeholder: Placeholder | undefined } | undefined {
  // Stryker disable next-line ConditionalExpression: with no entry, reading it throws and the catch gives undefined too.
  if (!bytes) return undefined;
  try {
    const parsed = cachedEntry.safeParse(JSON.parse(bytes.toString("utf8")));
    return parsed.success ? { placeholder: parsed.data ?? undefined } : undefined;
  } catch /* Stryker disable next-line BlockStatement: an empty catch gives undefined too. */ {
    return undefined;
  }
}

async function cachedPlaceholder(hash: string, bytes: Uint8Array): Promise<Placeholder | undefined> {
  const dir = buildCacheDir("photo-placeholders");
  const key = `${hash}-${PLACEHOLDER_VERSION}`;
  const cached = fromCache(dir ? await readEntry(dir, key) : undefined);
  if (cached) return cached.placeholder;
  const placeholder = await placeholderOf(bytes);
  // Stryker disable next-line ConditionalExpression: writeEntry swallows its failure (cacache refuses an undefined folder), so writing with no folder is not writing.
  if (dir) await writeEntry(dir, key, JSON.stringify(placeholder ?? null));
  return placeholder;
}

/** What a file's photo is, whatever path names it. */
type Described = Omit<Photo, "src">;

/** A file read once: its photo for the pages, and for the content check whether it records where it was taken. */
type ReadFile = { photo: Described; position: boolean };

/** A picture on disk read once per process; rejects when it is missing, not a picture, or cannot be read whole. */
const describedFile = oncePerFileVersion(describeFile);

/**
 * Reads a picture under public/ once per process: its content hash, upright size and placeholder.
 * Undefined when the file is missing, not a picture or damaged (`npm run check:content` reports those).
 */
export function describePhoto(publicDir: string, src: string): Promise<Photo | undefined> {
  const file = sourceFile(publicDir, src);
  if (!file) return Promise.resolve(undefined);
  return describedFile(file).then(
    ({ photo }) => ({ src, ...photo }),
    () => undefined,
  );
}

/** Whether the site can read the whole picture in `file` and make its copies: false for a file cut short. */
export function readsWhole(file: string): Promise<boolean> {
  return describedFile(file).then(
    () => true,
    () => false,
  );
}

/** Whether the picture in `file` records where it was taken (EXIF GPS); false for a file the site cannot read whole. */
export function recordsPlace(file: string): Promise<boolean> {
  return describedFile(file).then(
    ({ position }) => position,
    () => false,
  );
}

async function describeFile(file: string): Promise<ReadFile> {
  const bytes = readFileSync(file);
  const { width, height } = upright(imageSize(bytes));
  const hash = photoHash(bytes);
  const placeholder = await cachedPlaceholder(hash, bytes);
  const position = await recordsPosition(bytes);
  return { photo: { hash, width, height, ...(placeholder ? { placeholder } : {}) }, position };
}

/**
 * Where a picture written `/images/x.jpg` (or `/images/my%20ring.jpg`) lives on disk; undefined
 * when the path, once decoded, would leave public/ (`/images/%2e%2e/secret.jpg`).
 */
export function sourceFile(publicDir: string, src: string): string | undefined {
  const root = path.resolve(publicDir);
  const file = path.resolve(root, ...decodedPath(src).split("/"));
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** A path as the author wrote it, with its %-escapes decoded; as written when they do not decode. */
export function decodedPath(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
