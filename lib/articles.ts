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
  bySlug: Map<string, Article>;
  neighbours: Map<string, Neighbours>;
  position: Map<string, number>;
  byTag: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  tags: Tag[];
  related: RelatedFinder;
};

/** How many related articles an article page lists. */
const RELATED_COUNT = 3;

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
    // Each article's distinct tag slugs, by position.
    const tagSets: string[][] = [];
    for (const article of articles) {
      const slugs = [...new Set(article.tags.map(tagSlug))];
      tagSets.push(slugs);
      for (const slug of slugs) append(byTag, slug, article);
      append(byAuthor, article.author, article);
    }
    index = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
      neighbours: new Map(articles.map((article, i) => [article.slug, { previous: articles[i + 1], next: articles[i - 1] }])),
      position: new Map(articles.map((article, i) => [article.slug, i])),
      byTag,
      byAuthor,
      tags: collectTags(articles),
      related: relatedFinder(tagSets, RELATED_COUNT),
    };
    indexes.set(articles, index);
  }
  return index;
}

/** Published articles, newest first (in `next dev`, drafts and scheduled ones too). */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return indexOf(await getArticles()).bySlug.get(slug);
}

/** Previous is the next-older article, next the next-newer one, in the single sorted list. */
export function neighboursIn(articles: readonly Article[], slug: string): Neighbours {
  return indexOf(articles).neighbours.get(slug) ?? {};
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
  // Stryker disable next-line ArrayDeclaration: collectTags counts the articles filed here, so a tag in use always has some
  return tag && { tag, articles: index.byTag.get(slug) ?? [] };
}

/**
 * Up to three other articles of `articles` (which holds `article`), by number of shared tags,
 * then recency. Constant time per page (lib/related.ts), so a build stays O(articles).
 */
export function relatedIn(articles: readonly Article[], article: Article): Article[] {
  const index = indexOf(articles);
  const position = index.position.get(article.slug);
  // Stryker disable next-line ConditionalExpression: for a position it does not hold, the finder finds nothing either
  if (position === undefined) return [];
  // Stryker disable next-line ArrayDeclaration: the finder gives positions in the list, each an article
  return index.related(position).flatMap((other) => articles[other] ?? []);
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
