import type { Blog, BlogPosting, BreadcrumbList, Graph, ImageObject, Organization, Person, ProfilePage, WebSite, WithContext } from "schema-dts";
import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { variantUrl, widthsFor, type Photo } from "@/lib/images/variants";
import { absoluteUrl, site } from "@/lib/site";
import { articleSocialImage } from "./social-image";

/*
 * schema.org descriptions of the site's pages, in the shapes Google's rich results document:
 * BlogPosting + BreadcrumbList for an article, WebSite + Blog on home, ProfilePage for an author.
 * Every URL is absolute; `@id`s let the nodes of one page refer to each other.
 */

const homeUrl = absoluteUrl("/");
const websiteId = `${homeUrl}#website`;
const blogId = `${homeUrl}#blog`;
const publisherId = `${homeUrl}#publisher`;

const logo: ImageObject = { "@type": "ImageObject", url: absoluteUrl("/images/logo.png"), width: "512", height: "512" };

function publisher(): Organization {
  return { "@type": "Organization", "@id": publisherId, name: site.owner, url: homeUrl, logo };
}

/** The covers and portraits a page read (lib/photos.ts), by the path the author wrote. */
export type PhotosBySrc = ReadonlyMap<string, Photo>;

/**
 * The largest copy the site makes of a cover or a portrait, never the committed file: a phone's
 * photo carries the place it was taken (GPS), which only the copies leave out. None when the file
 * could not be read.
 */
function readerCopy(photos: PhotosBySrc, src: string, kind: "cover" | "avatar"): string[] {
  const photo = photos.get(src);
  const width = photo && widthsFor(photo, kind).at(-1);
  return photo && width ? [absoluteUrl(variantUrl(photo, width, kind))] : [];
}

const authorUrl = (author: Author) => absoluteUrl(`/authors/${author.id}`);
const articleUrl = (article: Article) => absoluteUrl(`/articles/${article.slug}`);

function person(author: Author, photos: PhotosBySrc): Person {
  const [image] = author.avatar ? readerCopy(photos, author.avatar.src, "avatar") : [];
  return {
    "@type": "Person",
    "@id": `${authorUrl(author)}#person`,
    name: author.name,
    url: authorUrl(author),
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(image ? { image } : {}),
    // The author's own site tells search engines which person of that name this is.
    ...(author.website ? { sameAs: [author.website] } : {}),
  };
}

function blogPosting(article: Article, author: Author, photos: PhotosBySrc): BlogPosting {
  const url = articleUrl(article);
  const images = [absoluteUrl(articleSocialImage(article, author).url), ...(article.cover ? readerCopy(photos, article.cover.src, "cover") : [])];
  return {
    "@type": "BlogPosting",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: url,
    datePublished: article.date.raw,
    dateModified: (article.updated ?? article.date).raw,
    author: person(author, photos),
    publisher: publisher(),
    image: images,
    keywords: article.tags,
    inLanguage: site.language,
    isPartOf: { "@id": blogId },
  };
}

function breadcrumbs(article: Article): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: site.name, item: homeUrl },
      { "@type": "ListItem", position: 2, name: article.title, item: articleUrl(article) },
    ],
  };
}

export function articleJsonLd(article: Article, author: Author, photos: PhotosBySrc): Graph {
  return { "@context": "https://schema.org", "@graph": [blogPosting(article, author, photos), breadcrumbs(article)] };
}

export function homeJsonLd(articles: readonly Article[], authors: readonly Author[], photos: PhotosBySrc): Graph {
  const website: WebSite = {
    "@type": "WebSite",
    "@id": websiteId,
    name: site.name,
    description: site.tagline,
    url: homeUrl,
    inLanguage: site.language,
    publisher: { "@id": publisherId },
  };
  const blog: Blog = {
    "@type": "Blog",
    "@id": blogId,
    name: site.name,
    description: site.tagline,
    url: homeUrl,
    publisher: publisher(),
    blogPost: articles.flatMap((article) => {
      const author = authors.find(({ id }) => id === article.author);
      return author ? [blogPosting(article, author, photos)] : [];
    }),
  };
  return { "@context": "https://schema.org", "@graph": [website, blog] };
}

export function authorJsonLd(author: Author, photos: PhotosBySrc): WithContext<ProfilePage> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: authorUrl(author),
    mainEntity: person(author, photos),
  };
}
