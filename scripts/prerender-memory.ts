/*
 * Next.js's prerender workers hold 100–200 MB of live objects at 5,000 articles, yet V8, left to
 * itself, let each grow to 0.8 GB of mostly garbage: with the search index built beside them,
 * the build passed 2 GB. Their heap is limited instead, to what Next.js and React need plus twice
 * the content they load (464 MB at 5,000 articles). Under a limit of this size V8 also grows the
 * heap by smaller steps: the workers stayed near 0.45 GB each, for 2–6% more CPU (1,000 articles).
 *
 * Next.js removes `--max-old-space-size` from the NODE_OPTIONS its prerender workers inherit and
 * offers no setting of its own (vercel/next.js#95745; a proposed `staticWorkerMaxOldSpaceSize`
 * is vercel/next.js#95751). It removes the two usual spellings only, and V8 reads `_` and `-`
 * alike in a flag's name: `--max-old-space_size` reaches the workers. Every other process of the
 * build (webpack's compile worker needs 1 GB) gets its usual limit back from the usual spelling,
 * which comes after it and so wins. tests/unit/prerender-memory.test.ts checks both against
 * Next.js's own worker pool.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { getHeapStatistics } from "node:v8";

const PRERENDER_LIMIT_FLAG = "--max-old-space_size";
const LIMIT_FLAG = "--max-old-space-size";

/** Megabytes of heap for one prerender worker: what Next.js and React need, plus room for the content. */
export function prerenderHeapLimitMb(contentBytes: number): number {
  return 384 + 2 * Math.ceil(contentBytes / 1_000_000);
}

/**
 * NODE_OPTIONS for `next build`: the prerender workers' limit first, then the caller's options,
 * then (unless the caller set one) the limit this process was given, for every other process.
 */
export function withPrerenderHeapLimit(nodeOptions: string | undefined, megabytes: number, usualMb = defaultHeapLimitMb()): string {
  const own = nodeOptions?.trim() ?? "";
  const usual = /--max[-_]old[-_]space[-_]size/.test(own) ? "" : `${LIMIT_FLAG}=${usualMb}`;
  return [`${PRERENDER_LIMIT_FLAG}=${megabytes}`, own, usual].filter(Boolean).join(" ");
}

function defaultHeapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1_048_576);
}

/** Bytes of all the files under `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => stat(path.join(entry.parentPath, entry.name)).then((s) => s.size)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
