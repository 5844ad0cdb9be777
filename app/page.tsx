import { ArticleList } from "@/components/article-list";
import { getArticles } from "@/lib/articles";
import { site } from "@/lib/site";

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-4xl font-semibold sm:text-5xl">{site.name}</h1>
      <p className="mt-3 text-lg text-muted">{site.tagline}</p>
      <ArticleList articles={articles} />
    </div>
  );
}
