import { getCollection } from "./content/collection";
import type { Article } from "./content/load";
import { renderArticleHtml } from "./content/markdown";

export type { Article } from "./content/load";

export type Neighbours = { previous?: Article; next?: Article };

/** Published articles, newest first (in `next dev`, drafts and scheduled ones too). */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getArticles()).find((article) => article.slug === slug);
}

/** Previous is the next-older article, next the next-newer one, in the single sorted list. */
export function neighboursIn(articles: readonly Article[], slug: string): Neighbours {
  const index = articles.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  return { previous: articles[index + 1], next: articles[index - 1] };
}

export async function getNeighbours(slug: string): Promise<Neighbours> {
  return neighboursIn(await getArticles(), slug);
}

export async function getArticlesByAuthor(authorId: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.author === authorId);
}

const htmlCache = new Map<string, Promise<string>>();

/** The article body as sanitised HTML, rendered once per body per process. */
export function getArticleHtml(article: Article): Promise<string> {
  let html = htmlCache.get(article.body);
  if (!html) {
    html = renderArticleHtml(article.body);
    htmlCache.set(article.body, html);
  }
  return html;
}
