import { statSync } from "node:fs";
import exifReader from "exif-reader";
import sharp from "sharp";

/**
 * Whether a picture's EXIF records where it was taken (a GPS latitude or longitude), as phones
 * and some cameras save it. Reads the file's header, never its pixels; `picture` is its bytes or
 * its path. Rejects when it is no picture sharp knows.
 */
export async function recordsPosition(picture: Uint8Array | string): Promise<boolean> {
  const { exif } = await sharp(picture).metadata();
  if (!exif) return false;
  try {
    const { GPSInfo } = exifReader(exif);
    return GPSInfo?.GPSLatitude !== undefined || GPSInfo?.GPSLongitude !== undefined;
  } catch {
    // EXIF the reader refuses as damaged: whether it holds a position cannot be told, and the build goes on.
    return false;
  }
}

const read = new Map<string, Promise<boolean>>();

/**
 * Whether the file at `file` is a picture that records where it was taken, its header read once
 * per process; false for a file that is no picture. A phone's HEIC is read too: sharp cannot
 * decode its pixels, but reads its EXIF.
 */
export function fileRecordsPosition(file: string): Promise<boolean> {
  const stat = statSync(file, { throwIfNoEntry: false });
  // Keyed by size and time too, so `next dev` sees a replaced picture.
  const key = `${file}:${stat?.size}:${stat?.mtimeMs}`;
  const position = read.get(key) ?? recordsPosition(file).catch(() => false);
  read.set(key, position);
  return position;
}
