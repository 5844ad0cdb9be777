/*
 * Stands in for Next.js's `server/app-render/collect-segment-data` in production builds
 * (scripts/webpack/skip-segment-data.ts). Without segment data Next.js writes no per-segment
 * prefetch files, exactly as when a page has none.
 */

/** No per-segment prefetch data: these pages have no client router to prefetch it. */
export async function collectSegmentData() {
  return undefined;
}

/** Only called for prefetch inlining or Cache Components, which this site has off. */
export async function collectPrefetchHints() {
  throw new Error("Prefetch hints need per-segment prefetch data, which this build skips (scripts/webpack/skip-segment-data.ts).");
}
