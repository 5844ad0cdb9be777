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

export type FeedPerson = { name: string; url: string };

/** A tag as feeds carry it: `term` is its stable identifier (the address), `label` its spelling. */
export type FeedCategory = { term: string; label: string };

export type FeedItem = {
  /** The article's absolute URL, which is also its permanent id. */
  url: string;
  /** Plain text, never markup. */
  title: string;
  summary: string;
  /** Sanitised HTML with absolute URLs. */
  contentHtml: string;
  author: FeedPerson;
  published: Date;
  updated: Date;
  categories: FeedCategory[];
};

/** What the three formats (RSS 2.0, Atom 1.0, JSON Feed 1.1) say, once. */
export type Feed = {
  homeUrl: string;
  title: string;
  description: string;
  language: string;
  logo: string;
  rights: string;
  owner: FeedPerson;
  updated: Date;
  urls: typeof feedUrls;
  items: FeedItem[];
};

/** The articles a feed carries: the newest `FEED_LENGTH` of a newest-first list. */
export function feedArticles(articles: readonly Article[]): Article[] {
  return articles.slice(0, FEED_LENGTH);
}

const lastChange = (article: Article) => (article.updated ?? article.date).instant;

/** The feed of `entries` (newest first). Every URL is absolute, inside the HTML too, because readers show it elsewhere. */
export function buildFeed(entries: readonly FeedEntry[]): Feed {
  const homeUrl = absoluteUrl("/");
  return {
    homeUrl,
    title: site.name,
    description: site.tagline,
    language: site.language,
    logo: absoluteUrl("/images/logo.png"),
    rights: `© ${site.owner}`,
    owner: { name: site.owner, url: homeUrl },
    // The latest change, not the time of the build: the same content gives the same file.
    updated: new Date(Math.max(0, ...entries.map(({ article }) => lastChange(article)))),
    urls: feedUrls,
    items: entries.map(({ article, author, html }) => {
      const url = absoluteUrl(`/articles/${article.slug}`);
      return {
        url,
        title: article.title,
        summary: article.description,
        contentHtml: absoluteUrlsInHtml(html, url),
        author: { name: author.name, url: absoluteUrl(`/authors/${author.id}`) },
        published: new Date(article.date.instant),
        updated: new Date(lastChange(article)),
        categories: article.tags.map((tag) => ({ term: tagSlug(tag), label: tag })),
      };
    }),
  };
}
