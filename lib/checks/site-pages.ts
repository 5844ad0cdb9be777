import type { Collection } from "../content/types";
import { sitemapEntries } from "../seo/sitemap";
import { collectTags } from "../tags";

/**
 * Addresses the journal answers that are files for programs rather than pages, so the sitemap
 * leaves them out: the feeds, the sitemap itself and robots.txt. tests/unit/site-pages.test.ts
 * walks app/, so a route added there without a place here or in the sitemap fails it.
 */
export const FILE_ROUTES: readonly string[] = ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt"];

/**
 * Every path of the journal a link may lead to, other than the files under public/: its pages,
 * from the same list the sitemap is made of (lib/seo/sitemap.ts), and its feeds.
 */
export function sitePages(collection: Collection): Set<string> {
  const published = collection.articles.filter((article) => article.status === "published");
  const entries = sitemapEntries(published, [...collection.authors.values()], collectTags(published));
  return new Set([...entries.map((entry) => new URL(entry.url).pathname), ...FILE_ROUTES]);
}
