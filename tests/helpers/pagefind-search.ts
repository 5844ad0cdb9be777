import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import type { SearchIndex } from "@/lib/search";

/*
 * Searches a built index with the index's own pagefind.js, as the search page does in the browser:
 * its fetches read the index's files from disk, and the bundles after the first are merged.
 */

type Pagefind = {
  options(options: { basePath: string }): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
};

const resultSchema = z.object({ url: z.string(), meta: z.object({ title: z.string().optional() }), excerpt: z.string() });
export type SearchResult = z.infer<typeof resultSchema>;

let loads = 0;

/** What the search page lists for `query`, best match first: each result's address, title and excerpt. */
export async function searchBuiltIndex(dir: string, index: SearchIndex, query: string): Promise<SearchResult[]> {
  const base = pathToFileURL(`${dir}/`).href;
  const fetchOfBrowser = globalThis.fetch;
  globalThis.fetch = async (url: string | URL | Request) => new Response(await readFile(fileURLToPath(url instanceof Request ? url.url : url)));
  try {
    // A query of its own, so that an index rebuilt in the same folder is loaded afresh.
    loads += 1;
    const pagefind: Pagefind = await import(/* @vite-ignore */ `${pathToFileURL(path.join(dir, "pagefind.js")).href}?load=${loads}`);
    await pagefind.options({ basePath: base });
    for (const shard of index.shards) await pagefind.mergeIndex(base + shard.slice("/pagefind/".length));
    const { results } = await pagefind.search(query);
    return await Promise.all(results.map(async (result) => resultSchema.parse(await result.data())));
  } finally {
    globalThis.fetch = fetchOfBrowser;
  }
}
