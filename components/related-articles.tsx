import type { Article } from "@/lib/content/types";
import { DatedArticleLink } from "./dated-article-link";

export function RelatedArticles({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" data-print="hide">
      <h2 id="related-heading" className="label-caps mb-4 font-body text-muted">
        Related articles
      </h2>
      <ul className="grid gap-6 sm:grid-cols-3">
        {articles.map((article) => (
          <DatedArticleLink
            key={article.slug}
            article={article}
            className="grid content-start gap-1 border-t border-rule pt-3"
            linkClassName="font-display text-xl leading-snug hover:text-accent hover:underline"
          />
        ))}
      </ul>
    </section>
  );
}
