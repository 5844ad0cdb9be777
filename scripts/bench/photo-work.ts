import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp, { type Sharp } from "sharp";
import { photoLike } from "./large-photos";

const run = promisify(execFile);

export type PhotoWork = {
  images: number;
  coldSecondsPerImage: number;
  cachedSecondsPerImage: number;
  avifSecondsAt1440: number;
  webpSecondsAt1440: number;
  avifBytesAt1440: number;
  webpBytesAt1440: number;
};

async function pass(publicDir: string, sources: string[], distDir: string): Promise<number> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/bench/photo-pass.ts", publicDir, ...sources], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" },
  });
  return Number(stdout.trim());
}

/**
 * Build-time picture work for an article's camera photos (4000×3000 JPEGs): seconds per source
 * picture for its placeholder and every variant, cold (empty build cache) and cached (the next
 * build); and one 1440-pixel encode in AVIF against WebP, the figure behind serving WebP only.
 */
export async function measurePhotoWork(images = 8): Promise<PhotoWork> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-photos-"));
  try {
    const publicDir = path.join(root, "public");
    const sources = Array.from({ length: images }, (_, i) => `/images/photo-${i + 1}.jpg`);
    for (const [i, src] of sources.entries()) await photoLike(path.join(publicDir, src), i + 1);
    const distDir = path.join(root, "dist");
    const cold = await pass(publicDir, sources, distDir);
    const cached = await pass(publicDir, sources, distDir);
    const first = path.join(publicDir, sources[0] ?? "");
    const timed = async (encode: (image: Sharp) => Sharp) => {
      const started = performance.now();
      const bytes = (await encode(sharp(first).resize({ width: 1440 })).toBuffer()).length;
      return { seconds: (performance.now() - started) / 1000, bytes };
    };
    const webp = await timed((image) => image.webp({ quality: 72 }));
    const avif = await timed((image) => image.avif({ quality: 50 }));
    return {
      images,
      coldSecondsPerImage: cold / images,
      cachedSecondsPerImage: cached / images,
      webpSecondsAt1440: webp.seconds,
      avifSecondsAt1440: avif.seconds,
      webpBytesAt1440: webp.bytes,
      avifBytesAt1440: avif.bytes,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The figures as a short Markdown table for the bench report. */
export function photoWorkTable(work: PhotoWork): string {
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  return [
    `Picture work at build time, ${work.images} photos of 4000×3000 (placeholder and every variant, 480 to 2400 px, WebP):`,
    "",
    "| per source picture | cold | cached | one 1440 px WebP (q72) | one 1440 px AVIF (q50) |",
    "| --- | --- | --- | --- | --- |",
    `| seconds | ${s(work.coldSecondsPerImage)} | ${s(work.cachedSecondsPerImage)} | ${s(work.webpSecondsAt1440)} | ${s(work.avifSecondsAt1440)} |`,
    `| file size |  |  | ${(work.webpBytesAt1440 / 1024).toFixed(0)} KB | ${(work.avifBytesAt1440 / 1024).toFixed(0)} KB |`,
  ].join("\n");
}
