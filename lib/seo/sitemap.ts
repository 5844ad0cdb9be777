import type { MetadataRoute } from "next";
import type { Article } from "@/lib/articles";
import type { Author } from "@/lib/authors";
import { absoluteUrl } from "@/lib/site";

/*
 * The sitemap is a list of route families, one small function each, so a new kind of page
 * (tags, list pages …) adds one function here and one line in `app/sitemap.ts`. Callers pass
 * only published articles: drafts and scheduled posts never reach a sitemap.
 */

type SitemapEntry = MetadataRoute.Sitemap[number];

const changeOf = (article: Article) => article.updated ?? article.date;

/** `updated` when there is one, else `date`, exactly as the author wrote it (a W3C datetime). */
export function lastModified(article: Article): string {
  return changeOf(article).raw;
}

/** The most recent change among `articles`: when a page listing them last changed. */
export function latestChange(articles: readonly Article[]): string | undefined {
  return articles.map(changeOf).sort((a, b) => b.instant - a.instant)[0]?.raw;
}

function entry(path: string, lastmod: string | undefined): SitemapEntry {
  return lastmod ? { url: absoluteUrl(path), lastModified: lastmod } : { url: absoluteUrl(path) };
}

export function homeRoutes(articles: readonly Article[]): SitemapEntry[] {
  return [entry("/", latestChange(articles))];
}

export function articleRoutes(articles: readonly Article[]): SitemapEntry[] {
  return articles.map((article) => entry(`/articles/${article.slug}`, lastModified(article)));
}

export function authorRoutes(authors: readonly Author[], articles: readonly Article[]): SitemapEntry[] {
  return authors.map((author) => entry(`/authors/${author.id}`, latestChange(articles.filter((article) => article.author === author.id))));
}
