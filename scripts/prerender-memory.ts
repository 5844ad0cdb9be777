/*
 * Next.js's prerender workers hold 100–200 MB of live objects at 5,000 articles, yet V8, left to
 * itself, let each grow to 0.8 GB of mostly garbage: the two of them took the build past 2 GB.
 * Their heap is limited instead: what Next.js and React need, and twice the content they load
 * (336 MB at 5,000 articles).
 *
 * Next.js removes `--max-old-space-size` from the NODE_OPTIONS its build workers inherit and
 * offers no setting of its own (vercel/next.js#95745; a proposed `staticWorkerMaxOldSpaceSize`
 * is vercel/next.js#95751). It removes that spelling only, and V8 reads `_` and `-` alike in a
 * flag's name: this one reaches the workers. tests/unit/prerender-memory.test.ts checks that
 * Next.js's worker pool still passes it on.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export const HEAP_LIMIT_FLAG = "--max-old-space_size";

/** Megabytes of heap for one prerender worker: what Next.js and React need, plus room for the content. */
export function prerenderHeapLimitMb(contentBytes: number): number {
  return 256 + 2 * Math.ceil(contentBytes / 1_000_000);
}

/** NODE_OPTIONS with the heap limit added (after any of the caller's own options). */
export function withHeapLimit(nodeOptions: string | undefined, megabytes: number): string {
  return [nodeOptions, `${HEAP_LIMIT_FLAG}=${megabytes}`].filter(Boolean).join(" ");
}

/** Bytes of all the files under `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => stat(path.join(entry.parentPath, entry.name)).then((s) => s.size)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
