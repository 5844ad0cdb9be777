import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import * as pagefind from "pagefind";
import { getArticles, getRenderedArticle } from "./articles";
import { buildCacheDir, cacheKey } from "./build-cache";
import { site } from "./site";

/** Bump when what goes into the index changes (the document shape below, Pagefind options). */
const SEARCH_INDEX_VERSION = 1;

/*
 * Pagefind holds about 330 KB of memory per article while it indexes, so 5,000 articles would
 * need 1.7 GB in one process. The articles are indexed in shards instead, one Pagefind process
 * after another, and the browser merges them (`mergeIndex`): memory stays flat as the journal
 * grows. SEARCH_SHARD_SIZE exists so that tests can exercise several shards with a few articles.
 */
const DEFAULT_SHARD_SIZE = 1000;

export type SearchDocument = { url: string; html: string };

/** The files of a built index: paths under /pagefind/, and the bundles the browser must merge. */
export type SearchIndex = { dir: string; files: string[]; shards: string[] };

const shardPrefix = (shard: number) => (shard === 0 ? "" : `shard-${shard}/`);

/**
 * Builds Pagefind bundles for the documents into `outDir`: the first shard at its root, the
 * others in `shard-<n>/`. Written into a temporary folder and renamed into place, so a build
 * never sees half an index.
 */
export async function buildSearchIndex(documents: SearchDocument[], outDir: string, shardSize: number): Promise<SearchIndex> {
  const temporary = `${outDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const files: string[] = [];
  const shards: string[] = [];
  for (let start = 0, shard = 0; start < Math.max(documents.length, 1); start += shardSize, shard += 1) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const document of documents.slice(start, start + shardSize)) {
      const added = await index.addHTMLFile({ url: document.url, content: document.html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${added.errors.join("; ")}`);
    }
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind could not write its index: ${built.errors.join("; ")}`);
    for (const file of built.files) {
      const name = shardPrefix(shard) + file.path.split("\\").join("/");
      await mkdir(path.dirname(path.join(temporary, name)), { recursive: true });
      await writeFile(path.join(temporary, name), file.content);
      files.push(name);
    }
    if (shard > 0) shards.push(`/pagefind/${shardPrefix(shard)}`);
    // Closing ends the Pagefind process, so each shard's memory is returned before the next.
    await pagefind.close();
  }
  const result: SearchIndex = { dir: outDir, files, shards };
  await writeFile(path.join(temporary, "index.json"), JSON.stringify(result));
  await rm(outDir, { recursive: true, force: true });
  await rename(temporary, outDir);
  return result;
}

async function readIndex(dir: string): Promise<SearchIndex | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, "index.json"), "utf8")) as SearchIndex;
  } catch {
    return undefined;
  }
}

async function articleDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const article of await getArticles()) {
    const { html } = await getRenderedArticle(article);
    // The article's own sanitised HTML, so headings become sub-results that link to their anchors.
    const head = toHtml(h("h1", { dataPagefindMeta: "title" }, article.title));
    const description = toHtml(h("p", { dataPagefindMeta: "description" }, article.description));
    documents.push({ url: `/articles/${article.slug}`, html: `<html lang="${site.language}"><body>${head}${description}${html}</body></html>` });
  }
  return documents;
}

/**
 * Removes the indexes of earlier content from the cache folder (each is megabytes, and only the
 * newest is ever read again), leaving `keep` and any index another process is still writing.
 */
export async function pruneSearchIndexes(parent: string, keep: string) {
  for (const name of await readdir(parent).catch(() => [])) {
    if (name !== keep && !name.endsWith(".tmp")) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

async function build(): Promise<SearchIndex> {
  const documents = await articleDocuments();
  const shardSize = Number(process.env.SEARCH_SHARD_SIZE) || DEFAULT_SHARD_SIZE;
  const key = cacheKey(String(SEARCH_INDEX_VERSION), site.language, String(shardSize), ...documents.flatMap((d) => [d.url, d.html]));
  // Next.js asks for the index in more than one build process; the cache makes that one build.
  const parent = buildCacheDir("search-index") ?? path.join(tmpdir(), `journal-search-${process.pid}`);
  const dir = path.join(parent, key);
  const index = (await readIndex(dir)) ?? (await buildSearchIndex(documents, dir, shardSize));
  await pruneSearchIndexes(parent, key);
  return index;
}

let built: Promise<SearchIndex> | undefined;

/**
 * The Pagefind bundle for every published article, built once (per content, across build
 * processes and rebuilds) and served as static files under /pagefind/, so search works on
 * `next start` and the static copy alike, and nothing is written into public/.
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
