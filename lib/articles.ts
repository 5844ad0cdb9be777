import { getCollection, publicDir, renderCacheDir } from "./content/collection";
import type { Article } from "./content/load";
import type { RenderedArticle } from "./content/markdown";
import { renderArticleCached } from "./content/render-cache";
import { collectTags, tagSlug, type Tag } from "./tags";

export type { Article } from "./content/load";

export type Neighbours = { previous?: Article; next?: Article };

type Index = {
  position: Map<string, number>;
  byTag: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  tags: Tag[];
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
    for (const article of articles) {
      for (const slug of new Set(article.tags.map(tagSlug))) append(byTag, slug, article);
      append(byAuthor, article.author, article);
    }
    index = { position: new Map(articles.map((article, i) => [article.slug, i])), byTag, byAuthor, tags: collectTags(articles) };
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

/** Up to `limit` other articles, by number of shared tags, then recency. */
export function relatedIn(articles: readonly Article[], article: Article, limit = 3): Article[] {
  const { byTag, position } = indexOf(articles);
  const shared = new Map<Article, number>();
  for (const slug of new Set(article.tags.map(tagSlug))) {
    for (const other of byTag.get(slug) ?? []) {
      if (other.slug !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0))
    .slice(0, limit)
    .map(([other]) => other);
}

export async function getRelated(article: Article): Promise<Article[]> {
  return relatedIn(await getArticles(), article);
}

const rendered = new Map<string, Promise<RenderedArticle>>();

/** The article body as sanitised HTML with its headings, rendered once per body per process. */
export function getRenderedArticle(article: Article): Promise<RenderedArticle> {
  let result = rendered.get(article.body);
  if (!result) {
    result = renderArticleCached(article.body, { publicDir: publicDir(), cacheDir: renderCacheDir() });
    rendered.set(article.body, result);
  }
  return result;
}

export async function getArticleHtml(article: Article): Promise<string> {
  return (await getRenderedArticle(article)).html;
}
