import type { Article } from "@/lib/content/types";
import { getAuthor } from "@/lib/authors";
import { getPhoto } from "@/lib/photos";
import { ArticleCard } from "./article-card";

/** A list of article cards; the first cover loads with priority as it is likely the LCP. */
export async function ArticleList({ articles, headingLevel = 2 }: { articles: readonly Article[]; headingLevel?: 2 | 3 }) {
  const [authors, covers] = await Promise.all([
    Promise.all(articles.map((article) => getAuthor(article.author))),
    Promise.all(articles.map((article) => article.cover && getPhoto(article.cover.src))),
  ]);
  if (articles.length === 0) return <p className="mt-10 text-muted">No articles yet.</p>;
  return (
    <div className="mt-10 grid grid-cols-1 gap-12">
      {articles.map((article, index) => {
        const author = authors[index];
        return author ? <ArticleCard key={article.slug} article={article} author={author} cover={covers[index]} priority={index === 0} headingLevel={headingLevel} /> : null;
      })}
    </div>
  );
}
