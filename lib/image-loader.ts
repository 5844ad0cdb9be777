import { allImageWidths, variantPath } from "./image-sizes";

/**
 * next/image loader: every cover and avatar size is a WebP file made at build time by
 * app/img/[width]/[...src]/route.ts, so `next start` and the static copy serve the same files
 * and no image is resized per request.
 */
export default function imageLoader({ src, width }: { src: string; width: number }): string {
  const nearest = allImageWidths.find((candidate) => candidate >= width) ?? Math.max(...allImageWidths);
  return variantPath(src, nearest);
}
