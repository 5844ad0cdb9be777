import type { MetadataRoute } from "next";
import { getArticles } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { articleRoutes, authorRoutes, homeRoutes } from "@/lib/seo/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, authors] = await Promise.all([getArticles(), getAuthors()]);
  return [...homeRoutes(articles), ...articleRoutes(articles), ...authorRoutes(authors, articles)];
}
