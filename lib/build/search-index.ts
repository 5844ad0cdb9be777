import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import * as pagefind from "pagefind";
import { z } from "zod";
import { getArticles, getRenderedArticle } from "@/lib/articles";
import type { Article } from "@/lib/content/types";
import { buildCacheDir, cacheKeyBuilder, onceAcrossProcesses } from "./cache";
import { RENDERER_VERSION } from "./markdown-cache";
import { site } from "@/lib/site";

/** Bump when what goes into the index changes (the document shape below, Pagefind options). */
const SEARCH_INDEX_VERSION = 2;

/*
 * Pagefind holds about 330 KB of memory per article while it indexes, so 5,000 articles would
 * need 1.7 GB in one process. The articles are indexed in shards instead, one Pagefind process
 * after another, and the browser merges them (`mergeIndex`): memory stays flat as the journal
 * grows. SEARCH_SHARD_SIZE exists so that tests can exercise several shards with a few articles.
 */
const DEFAULT_SHARD_SIZE = 1000;

export type SearchDocument = { url: string; html: string };

/** The files of a built index: paths under /pagefind/, and the bundles the browser must merge. */
const searchIndexSchema = z.object({ dir: z.string(), files: z.array(z.string()), shards: z.array(z.string()) });
export type SearchIndex = z.infer<typeof searchIndexSchema>;

const shardPrefix = (shard: number) => (shard === 0 ? "" : `shard-${shard}/`);

function configuredShardSize(): number {
  return Number(process.env.SEARCH_SHARD_SIZE) || DEFAULT_SHARD_SIZE;
}

/** The bundles the browser merges after the first, known from the article count alone. */
export function shardPaths(articleCount: number, size: number): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(articleCount / size) - 1) }, (_, n) => `/pagefind/${shardPrefix(n + 1)}`);
}

/** The search page's bundles, without waiting for the index (its prerendering need not). */
export async function getSearchShards(): Promise<string[]> {
  return shardPaths((await getArticles()).length, configuredShardSize());
}

type Documents = Iterable<SearchDocument> | AsyncIterable<SearchDocument>;

/**
 * Builds Pagefind bundles for the documents into `outDir`: the first shard at its root, the
 * others in `shard-<n>/`. Written into a temporary folder and renamed into place, so a build
 * never sees half an index. Documents are read as they are indexed, never all held at once.
 */
export async function buildSearchIndex(documents: Documents, outDir: string, shardSize: number): Promise<SearchIndex> {
  const temporary = `${outDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const result: SearchIndex = { dir: outDir, files: [], shards: [] };
  let shard = 0;
  let inShard = 0;
  let index = await openShard();
  for await (const document of documents) {
    if (inShard === shardSize) {
      await writeShard(index, shard, temporary, result);
      [shard, inShard, index] = [shard + 1, 0, await openShard()];
    }
    const added = await index.addHTMLFile({ url: document.url, content: document.html });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${added.errors.join("; ")}`);
    inShard += 1;
  }
  await writeShard(index, shard, temporary, result);
  await writeFile(path.join(temporary, "index.json"), JSON.stringify(result));
  await rm(outDir, { recursive: true, force: true });
  await rename(temporary, outDir);
  return result;
}

async function openShard(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

async function writeShard(index: pagefind.PagefindIndex, shard: number, temporary: string, result: SearchIndex) {
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not write its index: ${built.errors.join("; ")}`);
  for (const file of built.files) {
    const name = shardPrefix(shard) + file.path.split("\\").join("/");
    await mkdir(path.dirname(path.join(temporary, name)), { recursive: true });
    await writeFile(path.join(temporary, name), file.content);
    result.files.push(name);
  }
  if (shard > 0) result.shards.push(`/pagefind/${shardPrefix(shard)}`);
  // Closing ends the Pagefind process, so each shard's memory is returned before the next.
  await pagefind.close();
}

async function readIndex(dir: string): Promise<SearchIndex | undefined> {
  try {
    const index = searchIndexSchema.parse(JSON.parse(await readFile(path.join(dir, "index.json"), "utf8")));
    // Where it is now: a project folder can be moved or copied between a build and its server.
    return { ...index, dir };
  } catch {
    return undefined;
  }
}

async function* articleDocuments(articles: readonly Article[]): AsyncGenerator<SearchDocument> {
  for (const article of articles) {
    const { html } = await getRenderedArticle(article);
    // The article's own sanitised HTML, so headings become sub-results that link to their anchors.
    const head = toHtml(h("h1", { dataPagefindMeta: "title" }, article.title));
    const description = toHtml(h("p", { dataPagefindMeta: "description" }, article.description));
    yield { url: `/articles/${article.slug}`, html: `<html lang="${site.language}"><body>${head}${description}${html}</body></html>` };
  }
}

/**
 * Removes the indexes of earlier content from the cache folder (each is megabytes, and only the
 * newest is ever read again), leaving `keep` and any index another process is still writing.
 */
export async function pruneSearchIndexes(parent: string, keep: string) {
  const names: string[] = await readdir(parent).catch(() => []);
  for (const name of names) {
    const busy = name.endsWith(".tmp") || name.endsWith(".lock") || names.includes(`${name}.lock`);
    if (name !== keep && !busy) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * The index in `dir`, built here unless another process is already building it: then this one
 * waits for it. `npm run build` builds it in its warm-up (scripts/build.ts); the static copy's
 * prerender workers, which list its files, wait for that one.
 */
export function buildSearchIndexOnce(documents: Documents, dir: string, shardSize: number): Promise<SearchIndex> {
  return onceAcrossProcesses(`${dir}.lock`, () => readIndex(dir), () => buildSearchIndex(documents, dir, shardSize));
}

/*
 * The key comes from the articles' sources, not from their rendered HTML, so that finding a
 * built index renders nothing (the key used to cost a first pass over every rendered article).
 * The Markdown's rendering is a function of its source and RENDERER_VERSION; the image sizes it
 * also reads never reach the index's text.
 */
function indexKey(articles: readonly Article[], size: number): string {
  const builder = cacheKeyBuilder(String(SEARCH_INDEX_VERSION), String(RENDERER_VERSION), site.language, String(size));
  for (const article of articles) builder.add(article.slug, article.title, article.description, article.body);
  return builder.digest();
}

async function build(): Promise<SearchIndex> {
  const articles = await getArticles();
  const size = configuredShardSize();
  const key = indexKey(articles, size);
  // More than one process asks for the index during a build; the cache makes that one build.
  const parent = buildCacheDir("search-index") ?? path.join(tmpdir(), `journal-search-${process.pid}`);
  const index = await buildSearchIndexOnce(articleDocuments(articles), path.join(parent, key), size);
  await pruneSearchIndexes(parent, key);
  return index;
}

let built: Promise<SearchIndex> | undefined;

/**
 * The Pagefind bundle for every published article, built once (per content, across build
 * processes and rebuilds) into the build cache and served from there under /pagefind/
 * (app/pagefind), so search works on `next start` and the static copy alike, and nothing is
 * written into public/.
 */
export function getSearchIndex(): Promise<SearchIndex> {
  built ??= build();
  return built;
}

let known: Promise<Set<string>> | undefined;

/** One file of the index by its path under /pagefind/, or undefined. */
export async function readSearchFile(file: string): Promise<Buffer | undefined> {
  known ??= getSearchIndex().then((index) => new Set(index.files));
  if (!(await known).has(file)) return undefined;
  return readFile(path.join((await getSearchIndex()).dir, file));
}
