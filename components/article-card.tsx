import { ResponsiveImage } from "@/components/responsive-image";
import type { Article } from "@/lib/content/types";
import type { Author } from "@/lib/content/types";
import { COLUMN_SIZES, fillsCoverFrame, type Photo } from "@/lib/images/variants";
import { FormattedDate } from "./formatted-date";
import { StatusBadge } from "./status-badge";

/** One article in a list: cover, title, date, author, reading time and description. */
type Props = { article: Article; author: Author; cover?: Photo; priority?: boolean; headingLevel?: 2 | 3 };

export function ArticleCard({ article, author, cover, priority = false, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="grid grid-cols-1 gap-3 border-t border-rule pt-8">
      {cover && (
        <a href={`/articles/${article.slug}`} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            photo={cover}
            alt=""
            kind="cover"
            priority={priority}
            sizes={COLUMN_SIZES}
            // A cover of another shape is shown whole, on its blurred placeholder, never cropped.
            className={`aspect-[3/2] w-full rounded-sm ${fillsCoverFrame(cover) ? "object-cover" : "object-contain"}`}
          />
        </a>
      )}
      <StatusBadge status={article.status} />
      <Heading className="text-2xl leading-tight sm:text-3xl">
        <a href={`/articles/${article.slug}`} className="hover:text-accent hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="label-caps flex flex-wrap gap-x-2 text-muted">
        <FormattedDate date={article.date} />
        <span aria-hidden="true">·</span>
        <span>{author.name}</span>
        {author.guest && <span className="text-accent">(guest)</span>}
        <span aria-hidden="true">·</span>
        <span>{article.readingMinutes} min read</span>
      </p>
      <p className="line-clamp-3 leading-relaxed">{article.description}</p>
    </article>
  );
}
