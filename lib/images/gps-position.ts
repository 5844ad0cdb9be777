import { oncePerFileVersion } from "./per-file-version";
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

/**
 * Whether the file at `file` is a picture that records where it was taken, its header read once
 * per process; false for a file that is no picture. A phone's HEIC is read too: sharp cannot
 * decode its pixels, but reads its EXIF.
 */
export const fileRecordsPosition = oncePerFileVersion((file) => recordsPosition(file).catch(() => false));
