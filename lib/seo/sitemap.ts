import type { Article } from "../content/types";
import type { Author } from "../content/types";
import { ARCHIVE_PAGE_SIZE } from "../archive";
import { laterPageParams, PAGE_SIZE, pagePath } from "../pagination";
import { absoluteUrl } from "../site";
import { tagSlug, type Tag } from "../tags";

/*
 * The sitemap is a list of route families, one small function each, so a new kind of page
 * (tags, list pages …) adds one function here and one line in `sitemapEntries`. Callers pass only
 * published articles: drafts and scheduled posts never reach a sitemap. The content checks ask the
 * same list which pages a link may lead to (lib/checks/site-pages.ts), so the two cannot disagree.
 * Relative imports: next.config.ts loads this module for the checks and does not resolve `@/`.
 */

/** One page: its absolute URL, and when it last changed as a W3C datetime. */
export type SitemapEntry = { url: string; lastModified?: string };

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
  // Stryker disable next-line StringLiteral: absoluteUrl("") and absoluteUrl("/") are the same URL, the site's root
  return [entry("/", latestChange(articles))];
}

export function articleRoutes(articles: readonly Article[]): SitemapEntry[] {
  return articles.map((article) => entry(`/articles/${article.slug}`, lastModified(article)));
}

export function authorRoutes(authors: readonly Author[], articles: readonly Article[]): SitemapEntry[] {
  return authors.map((author) => entry(`/authors/${author.id}`, latestChange(articles.filter((article) => article.author === author.id))));
}

/** Pages 2…n of a list whose page 1 is `basePath` (home is ""). */
function laterPages(basePath: string, articles: readonly Article[], size = PAGE_SIZE): SitemapEntry[] {
  return laterPageParams(articles.length, size).map(({ n }) => {
    const page = Number(n);
    return entry(pagePath(basePath, page), latestChange(articles.slice((page - 1) * size, page * size)));
  });
}

export function listRoutes(articles: readonly Article[]): SitemapEntry[] {
  return [...laterPages("", articles), entry("/archive", latestChange(articles)), ...laterPages("/archive", articles, ARCHIVE_PAGE_SIZE), entry("/tags", latestChange(articles)), entry("/authors", undefined), entry("/about", undefined), entry("/search", undefined)];
}

export function tagRoutes(tags: readonly Tag[], articles: readonly Article[]): SitemapEntry[] {
  return tags.flatMap((tag) => {
    const tagged = articles.filter((article) => article.tags.some((name) => tagSlug(name) === tag.slug));
    return [entry(`/tags/${tag.slug}`, latestChange(tagged)), ...laterPages(`/tags/${tag.slug}`, tagged)];
  });
}

export function authorListRoutes(authors: readonly Author[], articles: readonly Article[]): SitemapEntry[] {
  return authors.flatMap((author) => laterPages(`/authors/${author.id}`, articles.filter((article) => article.author === author.id)));
}

/** Every page of the published journal, as the sitemap lists them. */
export function sitemapEntries(articles: readonly Article[], authors: readonly Author[], tags: readonly Tag[]): SitemapEntry[] {
  return [
    ...homeRoutes(articles),
    ...listRoutes(articles),
    ...articleRoutes(articles),
    ...authorRoutes(authors, articles),
    ...authorListRoutes(authors, articles),
    ...tagRoutes(tags, articles),
  ];
}
