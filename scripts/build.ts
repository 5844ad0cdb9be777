/**
 * `npm run build`: `next build --webpack`, with the build cache warmed beside it.
 *
 * Beside it, at the lowest priority, this process renders the articles' Markdown and builds the
 * search index into the build cache (scripts/warm-build-cache.ts): work Next.js would otherwise
 * do on one core while the others wait. The Markdown is best effort: whatever it has not
 * finished, Next.js does itself. The search index is served from the build cache
 * (app/pagefind), so the build ends when Next.js has and the index is ready.
 *
 * Next.js's prerender workers get a heap limit (scripts/prerender-memory.ts).
 */
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import { contentDir } from "@/lib/content/collection";
import { nextBuildCommand } from "./next-commands";
import { folderBytes, prerenderHeapLimitMb, withPrerenderHeapLimit } from "./prerender-memory";

const heapLimit = prerenderHeapLimitMb(await folderBytes(contentDir()));
const env = { ...process.env, NODE_OPTIONS: withPrerenderHeapLimit(process.env.NODE_OPTIONS, heapLimit) };
const next = spawn(process.execPath, [...nextBuildCommand, ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
const built = new Promise<number>((resolve) => next.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));

// Below Next.js (spawned above at normal priority): the warm-up only takes what webpack leaves.
setPriority(19);
// Loaded only now: the Markdown and Pagefind modules take a second to load, which Next.js need not wait for.
const { warmBuildCache } = await import("./warm-build-cache");
const { getSearchIndex } = await import("@/lib/build/search-index");
void warmBuildCache();

const code = await built;
if (code !== 0) process.exit(code);
try {
  // The warm-up's own index, built or being built; this process builds it if the warm-up could not.
  await getSearchIndex();
} catch (error) {
  console.error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
process.exit(0);
