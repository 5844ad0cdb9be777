/**
 * Fills the build cache from outside Next.js, on the cores `next build` leaves idle (scripts/build.ts):
 * every article's Markdown, then the search index, which /pagefind/ serves from the cache.
 *
 * The renderers take the articles oldest first, while Next.js's prerender workers render them
 * newest first for the article pages: where the two meet, each finds the other's work in the
 * cache. Best effort by design: when the content has an error this stops quietly, and the build
 * reports it; scripts/build.ts reports an index that could not be built.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { getArticles } from "@/lib/articles";
import { buildCacheDir } from "@/lib/build/cache";
import { publicDir } from "@/lib/content/collection";
import { getSearchIndex } from "@/lib/build/search-index";
import type { RenderJob } from "./warm-build-cache-child";

/*
 * A renderer holds its share of the Markdown and one article's work at a time, yet V8 let each
 * grow to 0.35 GB of garbage while Next.js's workers needed the memory (2.15 GB in all at 5,000
 * articles): the heap is capped.
 */
const RENDERER_OPTIONS = ["--import", "tsx", "--max-old-space-size=160"];

/** Renders a share of the articles in a child process (worker threads do not load TypeScript on Node 20). */
function renderInChild(job: RenderJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./warm-build-cache-child.ts", import.meta.url)), { execArgv: RENDERER_OPTIONS, stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a render process ended with ${code}`))));
    child.send(job);
  });
}

/** One renderer per core but one: webpack holds a core while it compiles, the prerender workers all of them after. */
export async function warmBuildCache(processes = Math.max(1, availableParallelism() - 1)): Promise<"warmed" | "skipped"> {
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
