import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import * as pagefind from "pagefind";
import { getArticles, getRenderedArticle } from "@/lib/articles";
import type { Article } from "@/lib/content/types";
import { searchShardSize, shardPrefix, type SearchIndex } from "@/lib/search";
import { site } from "@/lib/site";

/*
 * Builds the Pagefind index for `next build` (scripts/build-search-index.ts, run by the build
 * adapter) and for `next dev`'s first search (lib/search.ts). One Pagefind process per shard, one
 * after another, so that memory stays flat as the journal grows.
 */

export type SearchDocument = { url: string; html: string };

type Documents = Iterable<SearchDocument> | AsyncIterable<SearchDocument>;

/**
 * Builds Pagefind bundles for the documents into `outDir`: the first shard at its root, the
 * others in `shard-<n>/`. Written into a temporary folder and renamed into place, so a build
 * never sees half an index. Documents are read as they are indexed, never all held at once.
 */
export async function buildSearchIndex(documents: Documents, outDir: string, shardSize: number): Promise<SearchIndex> {
  const temporary = `${outDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const result: SearchIndex = { files: [], shards: [] };
  let shard = 0;
  let inShard = 0;
  let index = await openShard();
  const sent: Promise<string | undefined>[] = [];
  for await (const document of documents) {
    if (inShard === shardSize) {
      await indexed(sent.splice(0));
      await writeShard(index, shard, temporary, result);
      [shard, inShard, index] = [shard + 1, 0, await openShard()];
    }
    sent.push(addDocument(index, document));
    if (sent.length === IN_FLIGHT) await indexed(sent.splice(0, 1));
    inShard += 1;
  }
  await indexed(sent);
  await writeShard(index, shard, temporary, result);
  await writeFile(path.join(temporary, "index.json"), JSON.stringify(result));
  await rm(outDir, { recursive: true, force: true });
  await rename(temporary, outDir);
  return result;
}

/*
 * Documents handed to Pagefind before the oldest one's answer is awaited: its process indexes
 * while this one reads the next article from the build cache. Enough to keep both busy; few
 * enough that memory stays flat.
 */
const IN_FLIGHT = 16;

/** Sends one document; its answer is a reason it could not be indexed, or none. Never rejects, so no answer goes unheard while another is awaited. */
async function addDocument(index: pagefind.PagefindIndex, { url, html }: SearchDocument): Promise<string | undefined> {
  const reasons = await index.addHTMLFile({ url, content: html }).then(
    ({ errors }) => errors,
    (error: unknown) => [error instanceof Error ? error.message : String(error)],
  );
  return reasons.length > 0 ? `Pagefind could not index ${url}: ${reasons.join("; ")}` : undefined;
}

/** Waits for the documents' answers; the first that could not be indexed stops the build. */
async function indexed(answers: Promise<string | undefined>[]): Promise<void> {
  const problem = (await Promise.all(answers)).find((answer) => answer !== undefined);
  if (problem !== undefined) throw new Error(problem);
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

async function* articleDocuments(articles: readonly Article[]): AsyncGenerator<SearchDocument> {
  for (const article of articles) {
    const { html } = await getRenderedArticle(article);
    // The article's own sanitised HTML, so headings become sub-results that link to their anchors; Pagefind takes the first `<h1>` as the result's title.
    const head = toHtml(h("h1", article.title));
    // Stryker disable next-line StringLiteral: a `<div>` is a block to Pagefind as a `<p>` is, so the index holds the same words, weights and excerpt (tests/unit/search-articles.test.ts passes with it, excerpt included).
    const description = toHtml(h("p", article.description));
    yield { url: `/articles/${article.slug}`, html: `<html lang="${site.language}"><body>${head}${description}${html}</body></html>` };
  }
}

/** Every published article's search index, built into `outDir`. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndex> {
  return buildSearchIndex(articleDocuments(await getArticles()), outDir, searchShardSize());
}
