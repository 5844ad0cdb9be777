import { randomBytes } from "node:crypto";
import sharp from "sharp";

/**
 * A small real picture of one colour, in any format sharp writes: 720×480 unless given, a few
 * kilobytes, and wide enough that no page stretches it (the check warns under 684 pixels).
 */
export function smallImage(format: "jpeg" | "png" | "webp" | "tiff" = "jpeg", width = 720, height = 480): Promise<Buffer> {
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
