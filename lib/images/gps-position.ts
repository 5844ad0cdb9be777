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
  // Stryker disable next-line ConditionalExpression: with no EXIF the reader throws too, and the catch below says false.
  if (!exif) return false;
  try {
    const { GPSInfo = {} } = exifReader(exif);
    return GPSInfo.GPSLatitude !== undefined || GPSInfo.GPSLongitude !== undefined;
  } catch /* Stryker disable next-line BlockStatement: an empty catch gives undefined, which every check reads as false too. */ {
    // EXIF the reader refuses as damaged: whether it holds a position cannot be told, and the build goes on.
    return false;
  }
}

/**
 * Whether the file at `file` is a picture that records where it was taken, its header read once
 * per process; false for a file that is no picture. A phone's HEIC is read too: sharp cannot
 * decode its pixels, but reads its EXIF.
 */
export const fileRecordsPosition = oncePerFileVersion((file) =>
  // Stryker disable next-line ArrowFunction: every check reads the answer as true or not, and undefined is not true either.
  recordsPosition(file).catch(() => false),
);
