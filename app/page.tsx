import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { getArticles } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata = pageMetadata({ description: site.tagline, path: "/" });

export default async function HomePage() {
  const [articles, authors] = await Promise.all([getArticles(), getAuthors()]);
  return (
    <div className="mx-auto max-w-measure">
      <JsonLd data={homeJsonLd(articles, authors)} />
      <h1 className="text-4xl font-semibold sm:text-5xl">{site.name}</h1>
      <p className="mt-3 text-lg text-muted">{site.tagline}</p>
      <ArticleList articles={articles} />
    </div>
  );
}
