import { LRUCache } from "lru-cache";
import { buildCacheDir } from "./build/cache";
import { getCollection, publicDir } from "./content/collection";
import type { Article } from "@/lib/content/types";
import type { RenderedArticle } from "./content/markdown";
import { renderArticleCached } from "./build/markdown-cache";
import { relatedFinder, type RelatedFinder } from "./related";
import { collectTags, tagSlug, type Tag } from "./tags";


export type Neighbours = { previous?: Article; next?: Article };

type Index = {
  position: Map<string, number>;
  byTag: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  tags: Tag[];
  /** Each article's distinct tag slugs, by position. */
  tagSets: string[][];
  /** Related-article finders, built on first use for each limit. */
  related: Map<number, RelatedFinder>;
};

// Lookups are indexed once per collection so that each page costs O(1), and a build O(articles).
const indexes = new WeakMap<readonly Article[], Index>();

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(articles: readonly Article[]): Index {
  let index = indexes.get(articles);
  if (!index) {
    const byTag = new Map<string, Article[]>();
    const byAuthor = new Map<string, Article[]>();
    const tagSets = articles.map((article) => [...new Set(article.tags.map(tagSlug))]);
    articles.forEach((article, i) => {
      for (const slug of tagSets[i] ?? []) append(byTag, slug, article);
      append(byAuthor, article.author, article);
    });
    index = { position: new Map(articles.map((article, i) => [article.slug, i])), byTag, byAuthor, tags: collectTags(articles), tagSets, related: new Map() };
    indexes.set(articles, index);
  }
  return index;
}

/** Published articles, newest first (in `next dev`, drafts and scheduled ones too). */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  const articles = await getArticles();
  const position = indexOf(articles).position.get(slug);
  return position === undefined ? undefined : articles[position];
}

/** Previous is the next-older article, next the next-newer one, in the single sorted list. */
export function neighboursIn(articles: readonly Article[], slug: string): Neighbours {
  const position = indexOf(articles).position.get(slug);
  if (position === undefined) return {};
  return { previous: articles[position + 1], next: articles[position - 1] };
}

export async function getNeighbours(slug: string): Promise<Neighbours> {
  return neighboursIn(await getArticles(), slug);
}

export async function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return indexOf(await getArticles()).byAuthor.get(authorId) ?? [];
}

/** Every tag in use, most used first. */
export async function getTags(): Promise<Tag[]> {
  return indexOf(await getArticles()).tags;
}

export async function getTag(slug: string): Promise<{ tag: Tag; articles: Article[] } | undefined> {
  const index = indexOf(await getArticles());
  const tag = index.tags.find((candidate) => candidate.slug === slug);
  return tag && { tag, articles: index.byTag.get(slug) ?? [] };
}

/**
 * Up to `limit` other articles of `articles` (which holds `article`), by number of shared tags,
 * then recency. Constant time per page (lib/related.ts), so a build stays O(articles).
 */
export function relatedIn(articles: readonly Article[], article: Article, limit = 3): Article[] {
  const index = indexOf(articles);
  const position = index.position.get(article.slug);
  if (position === undefined) return [];
  let find = index.related.get(limit);
  if (!find) {
    find = relatedFinder(index.tagSets, limit);
    index.related.set(limit, find);
  }
  return find(position).flatMap((other) => articles[other] ?? []);
}

export async function getRelated(article: Article): Promise<Article[]> {
  return relatedIn(await getArticles(), article);
}

/*
 * Recent renders, so that the pieces of one page (body, feed entry, search document) share one.
 * Bounded: a build worker that keeps every article's HTML held 600 MB at 5,000 articles, and the
 * build cache on disk already spares a rebuild the work.
 */
const rendered = new LRUCache<string, Promise<RenderedArticle>>({ max: 256 });

/** The article body as sanitised HTML with its headings (through the build cache). */
export function getRenderedArticle(article: Article): Promise<RenderedArticle> {
  let result = rendered.get(article.body);
  if (!result) {
    result = renderArticleCached(article.body, { publicDir: publicDir(), cacheDir: buildCacheDir("markdown") });
    rendered.set(article.body, result);
  }
  return result;
}

export async function getArticleHtml(article: Article): Promise<string> {
  return (await getRenderedArticle(article)).html;
}
