import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { FormattedDate } from "./formatted-date";

/** "By Isla Marrow · Guest author · Published November 29, 2025 · Updated … · 6 min read" */
export function ArticleByline({ article, author }: { article: Article; author: Author }) {
  return (
    <p className="label-caps flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
      <span>
        By{" "}
        <a href={`/authors/${author.id}`} rel="author" className="text-ink underline decoration-rule hover:decoration-accent">
          {author.name}
        </a>
      </span>
      {author.guest && (
        <>
          <span aria-hidden="true">·</span>
          <span className="text-accent">Guest author</span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>
        Published <FormattedDate date={article.date} />
      </span>
      {article.updated && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Updated <FormattedDate date={article.updated} />
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{article.readingMinutes} min read</span>
    </p>
  );
}
