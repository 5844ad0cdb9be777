import type { Article } from "@/lib/content/types";
import { FormattedDate } from "./formatted-date";

type Props = { article: Article; className: string; linkClassName: string };

/** A list item naming an article, linked, and its date: the archive and related articles. */
export function DatedArticleLink({ article, className, linkClassName }: Props) {
  return (
    <li className={className}>
      <a href={`/articles/${article.slug}`} className={linkClassName}>
        {article.title}
      </a>
      <span className="label-caps text-muted">
        <FormattedDate date={article.date} />
      </span>
    </li>
  );
}
