import Image from "next/image";
import Link from "next/link";
import type { Article } from "@/lib/articles";
import type { Author } from "@/lib/authors";
import { FormattedDate } from "./formatted-date";
import { StatusBadge } from "./status-badge";

/** One article in a list: cover, title, date, author, reading time and description. */
export function ArticleCard({ article, author, priority = false }: { article: Article; author: Author; priority?: boolean }) {
  return (
    <article className="grid gap-3 border-t border-rule pt-8">
      {article.cover && (
        <Link href={`/articles/${article.slug}`} tabIndex={-1} aria-hidden="true">
          <Image
            src={article.cover.src}
            alt=""
            width={1200}
            height={800}
            priority={priority}
            sizes="(min-width: 768px) 720px, 100vw"
            className="aspect-[3/2] w-full rounded-sm object-cover"
          />
        </Link>
      )}
      <StatusBadge status={article.status} />
      <h2 className="text-2xl leading-tight font-semibold sm:text-3xl">
        <Link href={`/articles/${article.slug}`} className="hover:text-accent hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="label-caps flex flex-wrap gap-x-2 text-muted">
        <FormattedDate date={article.date} />
        <span aria-hidden="true">·</span>
        <span>{author.name}</span>
        {author.guest && <span className="text-accent">(guest)</span>}
        <span aria-hidden="true">·</span>
        <span>{article.readingMinutes} min read</span>
      </p>
      <p className="text-lg leading-relaxed">{article.description}</p>
    </article>
  );
}
