import { Feed } from "feed";
import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { absoluteUrlsInHtml } from "@/lib/html/absolute-urls";
import { absoluteUrl, site } from "@/lib/site";
import { tagSlug } from "@/lib/tags";

/** Feed readers poll often; the newest 20 keep the files small and still cover months of posts. */
export const FEED_LENGTH = 20;

export type FeedEntry = {
  article: Article;
  author: Author;
  /** The article body as the site renders it (sanitised HTML with site-relative links). */
  html: string;
};

export const feedUrls = {
  rss: absoluteUrl("/feed.xml"),
  atom: absoluteUrl("/atom.xml"),
  json: absoluteUrl("/feed.json"),
};

/** The articles a feed carries: the newest `FEED_LENGTH` of a newest-first list. */
export function feedArticles(articles: readonly Article[]): Article[] {
  return articles.slice(0, FEED_LENGTH);
}

const lastChange = (article: Article) => (article.updated ?? article.date).instant;

/**
 * One feed, written as RSS 2.0, Atom 1.0 or JSON Feed by the `feed` package. Entries come
 * newest first. Every URL is absolute, inside the HTML too, because readers show it elsewhere.
 */
export function buildFeed(entries: readonly FeedEntry[]): Feed {
  const home = absoluteUrl("/");
  const newest = Math.max(0, ...entries.map(({ article }) => lastChange(article)));
  const feed = new Feed({
    id: home,
    link: home,
    title: site.name,
    description: site.tagline,
    language: site.language,
    image: absoluteUrl("/images/logo.png"),
    copyright: `© ${site.owner}`,
    updated: new Date(newest),
    generator: false,
    feedLinks: feedUrls,
    author: { name: site.owner, link: home },
  });
  for (const { article, author, html } of entries) {
    const url = absoluteUrl(`/articles/${article.slug}`);
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      description: article.description,
      content: absoluteUrlsInHtml(html, url),
      author: [{ name: author.name, link: absoluteUrl(`/authors/${author.id}`) }],
      published: new Date(article.date.instant),
      date: new Date(lastChange(article)),
      // Atom requires a category's `term`; the slug is the tag's stable identifier.
      category: article.tags.map((tag) => ({ name: tag, term: tagSlug(tag) })),
    });
  }
  return feed;
}
