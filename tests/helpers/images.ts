import { randomBytes } from "node:crypto";
import sharp from "sharp";

/** A small real picture, in any format sharp writes (40×30 unless given). */
export function smallImage(format: "jpeg" | "png" | "webp" | "tiff" = "jpeg", width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#c0a060" } }).toFormat(format).toBuffer();
}

/** A real JPEG of random pixels, which no encoder can shrink: about 0.8 byte per pixel. */
export function heavyImage(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

/**
 * A JPEG as some cameras write it: stray bytes before the start of its picture data, which
 * libjpeg warns of and browsers ignore (the photographs trial).
 */
export async function strayBytesJpeg(width = 40, height = 30): Promise<Buffer> {
  const jpeg = await smallImage("jpeg", width, height);
  const scan = jpeg.indexOf(Buffer.from([0xff, 0xda]));
  return Buffer.concat([jpeg.subarray(0, scan), Buffer.alloc(4), jpeg.subarray(scan)]);
}
