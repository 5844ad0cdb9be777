/**
 * Fills the build cache from outside Next.js, on the cores `next build` leaves idle (scripts/build.ts):
 * every article's Markdown, rendered by one process per core, then the search index.
 *
 * They take the articles oldest first, while Next.js's build worker renders them newest first
 * for the search index: where the two meet, each finds the other's work in the cache. Best
 * effort by design: when the content has an error this stops quietly, and the build reports it.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { getArticles } from "@/lib/articles";
import { buildCacheDir } from "@/lib/build-cache";
import { publicDir } from "@/lib/content/collection";
import { getSearchIndex } from "@/lib/search-index";
import type { RenderJob } from "./warm-build-cache-child";

/** Renders a share of the articles in a child process (worker threads do not load TypeScript on Node 20). */
function renderInChild(job: RenderJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./warm-build-cache-child.ts", import.meta.url)), { execArgv: ["--import", "tsx"], stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a render process ended with ${code}`))));
    child.send(job);
  });
}

export async function warmBuildCache(processes = availableParallelism()): Promise<"warmed" | "skipped"> {
  const cacheDir = buildCacheDir("markdown");
  if (!cacheDir) return "skipped";
  try {
    const bodies = (await getArticles()).map((article) => article.body).toReversed();
    const shares = Array.from({ length: processes }, (_, n) => bodies.filter((_, i) => i % processes === n));
    await Promise.all(shares.map((share) => renderInChild({ bodies: share, publicDir: publicDir(), cacheDir })));
    await getSearchIndex();
    return "warmed";
  } catch {
    return "skipped";
  }
}
