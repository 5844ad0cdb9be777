import type { MetadataRoute } from "next";
import { getArticles, getTags } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { articleRoutes, authorListRoutes, authorRoutes, homeRoutes, listRoutes, tagRoutes } from "@/lib/seo/sitemap";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, authors, tags] = await Promise.all([getArticles(), getAuthors(), getTags()]);
  return [
    ...homeRoutes(articles),
    ...listRoutes(articles),
    ...articleRoutes(articles),
    ...authorRoutes(authors, articles),
    ...authorListRoutes(authors, articles),
    ...tagRoutes(tags, articles),
  ];
}
