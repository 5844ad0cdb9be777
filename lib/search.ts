import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { getArticles } from "./articles";

/*
 * What pages and the /pagefind/ route need of the search index. `next build` writes it (the
 * build adapter, lib/build/next-adapter.mjs, runs scripts/build-search-index.ts): into
 * `<distDir>/search-index/` for `next start`, into the static copy's `pagefind/` folder.
 * Pagefind needs about 330 KB of memory per article while it indexes, so a large journal's
 * index is built in shards of 1,000 articles that the browser merges (`mergeIndex`).
 * SEARCH_SHARD_SIZE exists so that tests can exercise several shards with a few articles.
 */
const DEFAULT_SHARD_SIZE = 1000;

export function searchShardSize(): number {
  return Number(process.env.SEARCH_SHARD_SIZE) || DEFAULT_SHARD_SIZE;
}

export const shardPrefix = (shard: number) => (shard === 0 ? "" : `shard-${shard}/`);

/** The bundles the browser merges after the first, known from the article count alone. */
export function shardPaths(articleCount: number, size: number): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(articleCount / size) - 1) }, (_, n) => `/pagefind/${shardPrefix(n + 1)}`);
}

/** The search page's bundles, without waiting for the index (the build writes it after the pages). */
export async function getSearchShards(): Promise<string[]> {
  return shardPaths((await getArticles()).length, searchShardSize());
}

/** A built index: its files (paths under /pagefind/) and the bundles the browser merges. */
export const searchIndexSchema = z.object({ files: z.array(z.string()), shards: z.array(z.string()) });
export type SearchIndex = z.infer<typeof searchIndexSchema>;

/** Where `next build` leaves the index for `next start` (the same distDir as next.config.ts). */
export function builtIndexDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.NEXT_DIST_DIR || ".next", "search-index");
}

async function readIndex(dir: string): Promise<SearchIndex> {
  const file = path.join(/*turbopackIgnore: true*/ dir, "index.json");
  // Stryker disable next-line StringLiteral: JSON.parse reads a Buffer as its UTF-8 text, so the file read as bytes gives the same index
  return searchIndexSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

type Located = { dir: string; index: SearchIndex };
let located: Promise<Located> | undefined;

/** `next dev` runs no build adapter: it builds the index on the first search, outside the project. */
async function locate(): Promise<Located> {
  if (process.env.NODE_ENV !== "development") return { dir: builtIndexDir(), index: await readIndex(builtIndexDir()) };
  const { writeSearchIndex } = await import("./build/search-index");
  const dir = path.join(tmpdir(), `journal-search-${process.pid}`);
  return { dir, index: await writeSearchIndex(dir) };
}

/** One file of the index by its path under /pagefind/, or undefined if the index has no such file. */
export async function readSearchFile(file: string): Promise<Buffer | undefined> {
  // Stryker disable next-line AssignmentOperator: only the memo; locating the index again finds the same files.
  located ??= locate();
  const { dir, index } = await located;
  if (!index.files.includes(file)) return undefined;
  return readFile(path.join(/*turbopackIgnore: true*/ dir, file));
}
