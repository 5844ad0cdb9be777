import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { site } from "@/lib/site";

/** The size every large link preview (OpenGraph, X, LinkedIn, Slack) is cut to. */
export const socialImageSize = { width: 1200, height: 630 } as const;

export const socialImageType = "image/png";

export type SocialImage = { url: string; width: number; height: number; alt: string; type: string };

/** `app/opengraph-image.tsx`: the card for every page that has none of its own. */
export const defaultSocialImage: SocialImage = {
  url: "/opengraph-image",
  ...socialImageSize,
  type: socialImageType,
  alt: `${site.name}: ${site.tagline}`,
};

/** `app/articles/[slug]/opengraph-image.tsx`: the article's title and author in the site's typography. */
export function articleSocialImage(article: Pick<Article, "slug" | "title">, author: Pick<Author, "name">): SocialImage {
  return {
    url: `/articles/${article.slug}/opengraph-image`,
    ...socialImageSize,
    type: socialImageType,
    alt: `“${article.title}” by ${author.name}, ${site.name}`,
  };
}
