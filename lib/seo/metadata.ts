import type { Metadata } from "next";
import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { absoluteUrl, site } from "@/lib/site";
import { articleSocialImage, defaultSocialImage, type SocialImage } from "./social-image";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/** Announced on every page so browsers and feed readers discover the feeds from any URL. */
export const feedAlternates = {
  "application/rss+xml": [{ url: "/feed.xml", title: `${site.name} (RSS)` }],
  "application/atom+xml": [{ url: "/atom.xml", title: `${site.name} (Atom)` }],
  "application/feed+json": [{ url: "/feed.json", title: `${site.name} (JSON Feed)` }],
};

/**
 * A page's `<title>`: its own name, then the site's. Built here rather than with Next.js's
 * `title.template`, whose resolver passes the title to `String.prototype.replace` as the
 * replacement, so `$&`, `$'` or `` $` `` in an article's title would rewrite it.
 */
export function documentTitle(title: string): string {
  return `${title} · ${site.name}`;
}

const siteOpenGraph = { siteName: site.name, locale: site.locale.replace("-", "_") } satisfies OpenGraph;

/**
 * The root layout's metadata: what the 404 page and any page without its own metadata get.
 * Its og:image comes from `app/opengraph-image.tsx` by file convention.
 */
export const siteMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: site.name,
  description: site.tagline,
  alternates: { types: feedAlternates },
  openGraph: { ...siteOpenGraph, type: "website", title: site.name, description: site.tagline },
  twitter: { card: "summary_large_image" },
};

type ArticleFacts = Pick<Extract<OpenGraph, { type: "article" }>, "publishedTime" | "modifiedTime" | "authors" | "tags">;

export type PageSeo = {
  /** The page's own name, before the site's in `<title>`; leave out for the site's name alone. */
  title?: string;
  description: string;
  /** The page's path, e.g. `/authors/isla-marrow`: becomes the absolute canonical URL and og:url. */
  path: string;
  image?: SocialImage;
  /** Makes the page an OpenGraph `article` with these dates, authors and tags. */
  article?: ArticleFacts;
};

/**
 * A page's complete metadata. Next.js replaces (never merges) the layout's `openGraph`,
 * `twitter` and `alternates` with a page's own, so every page builds all three here: the
 * feeds, the site name and the default image cannot go missing on one page.
 */
export function pageMetadata({ title, description, path, image = defaultSocialImage, article }: PageSeo): Metadata {
  const heading = title ?? site.name;
  const openGraph = { ...siteOpenGraph, title: heading, description, url: path, images: [image] };
  return {
    ...(title === undefined ? {} : { title: { absolute: documentTitle(title) } }),
    description,
    alternates: { canonical: path, types: feedAlternates },
    openGraph: article ? { ...openGraph, type: "article", ...article } : { ...openGraph, type: "website" },
    twitter: { card: "summary_large_image", title: heading, description, images: [image] },
  };
}

export function articleMetadata(article: Article, author: Author): Metadata {
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/articles/${article.slug}`,
    image: articleSocialImage(article, author),
    article: {
      publishedTime: article.date.raw,
      modifiedTime: (article.updated ?? article.date).raw,
      authors: [absoluteUrl(`/authors/${author.id}`)],
      tags: article.tags,
    },
  });
}

export function authorMetadata(author: Author): Metadata {
  return pageMetadata({
    title: author.name,
    description: author.role ? `${author.name}, ${author.role}: biography and articles.` : `Articles by ${author.name}.`,
    path: `/authors/${author.id}`,
  });
}

/**
 * `<link rel="prev">` / `<link rel="next">` for page `page` (1-based) of a paginated list;
 * `pathFor(n)` is the path of page n. Spread it into the list page's metadata.
 */
export function paginationMetadata(page: number, totalPages: number, pathFor: (page: number) => string): Pick<Metadata, "pagination"> {
  return {
    pagination: {
      previous: page > 1 ? pathFor(page - 1) : null,
      next: page < totalPages ? pathFor(page + 1) : null,
    },
  };
}
