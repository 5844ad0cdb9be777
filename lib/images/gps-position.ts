import exifReader from "exif-reader";
import sharp from "sharp";

/**
 * Whether a picture's EXIF records where it was taken (a GPS latitude or longitude), as phones
 * and some cameras save it. Reads the file's header, never its pixels.
 */
export async function recordsPosition(bytes: Uint8Array): Promise<boolean> {
  const { exif } = await sharp(bytes).metadata();
  if (!exif) return false;
  try {
    const { GPSInfo } = exifReader(exif);
    return GPSInfo?.GPSLatitude !== undefined || GPSInfo?.GPSLongitude !== undefined;
  } catch {
    // EXIF the reader refuses as damaged: whether it holds a position cannot be told, and the build goes on.
    return false;
  }
}
