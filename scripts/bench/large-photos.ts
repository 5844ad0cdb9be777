import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** Gaussian noise drawn at 1/`scale` of the size and enlarged: texture that survives resizing. */
function texture(width: number, height: number, scale: number, sigma: number): Promise<Buffer> {
  const small = { width: Math.round(width / scale), height: Math.round(height / scale), channels: 3 as const, background: "#808080" };
  return sharp({ create: { ...small, noise: { type: "gaussian", mean: 128, sigma } } })
    .resize(width, height, { kernel: "cubic" })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * A camera-sized JPEG that encodes like a photograph of a piece on a bench: soft gradients and
 * shapes under texture at three scales, as wood, metal and sensor grain give a real photo. (Grain
 * at the pixel only would vanish when resized, leaving variants far lighter than a photo's;
 * random pixels would be harder than any photo; flat colour, easier.)
 */
export async function photoLike(file: string, seed: number, width = 4000, height = 3000): Promise<void> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="bench" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},30%,82%)"/><stop offset="1" stop-color="hsl(${hue},25%,45%)"/></linearGradient>
      <radialGradient id="metal" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="#fff4d0"/><stop offset="0.5" stop-color="#c9a24a"/><stop offset="1" stop-color="#6d5020"/></radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#bench)"/>
    <ellipse cx="${width / 2}" cy="${height * 0.6}" rx="${width * 0.25}" ry="${height * 0.12}" fill="none" stroke="url(#metal)" stroke-width="${width / 40}"/>
    <circle cx="${width / 2}" cy="${height * 0.42}" r="${width / 14}" fill="hsl(${(hue + 180) % 360},60%,35%)" stroke="url(#metal)" stroke-width="${width / 80}"/>
  </svg>`;
  const layers = await Promise.all([texture(width, height, 2, 16), texture(width, height, 8, 22), texture(width, height, 32, 26)]);
  await mkdir(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg))
    .composite(layers.map((input) => ({ input, blend: "soft-light" as const })))
    .jpeg({ quality: 90 })
    .toFile(file);
}
