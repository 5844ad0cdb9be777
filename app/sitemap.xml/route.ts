import { getArticles, getTags } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { sitemapXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-static";

export async function GET() {
  const [articles, authors, tags] = await Promise.all([getArticles(), getAuthors(), getTags()]);
  return new Response(sitemapXml(sitemapEntries(articles, authors, tags)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
