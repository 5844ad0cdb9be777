/** One process of the build-cache warm-up (scripts/warm-build-cache.ts): renders its share of articles. */
import { renderArticleCached } from "@/lib/build/markdown-cache";

export type RenderJob = { bodies: string[]; publicDir: string; cacheDir: string };

process.once("message", async (message) => {
  const job = message as RenderJob;
  // One after another: the cache is checked just before each, so an article Next.js's own
  // worker has rendered in the meantime is read, not rendered again.
  for (const body of job.bodies) await renderArticleCached(body, job);
  process.disconnect();
});
