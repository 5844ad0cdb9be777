import { getArticles, getTags } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { articleRoutes, authorListRoutes, authorRoutes, homeRoutes, listRoutes, tagRoutes } from "@/lib/seo/sitemap";
import { sitemapXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-static";

export async function GET() {
  const [articles, authors, tags] = await Promise.all([getArticles(), getAuthors(), getTags()]);
  const entries = [
    ...homeRoutes(articles),
    ...listRoutes(articles),
    ...articleRoutes(articles),
    ...authorRoutes(authors, articles),
    ...authorListRoutes(authors, articles),
    ...tagRoutes(tags, articles),
  ];
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
