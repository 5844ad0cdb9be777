import type { Neighbours } from "@/lib/articles";

/** "Previous" is the next-older article, "Next" the next-newer one. */
export function ArticlePager({ previous, next }: Neighbours) {
  if (!previous && !next) return null;
  return (
    <nav aria-labelledby="pager-heading" className="border-t border-rule pt-8">
      <h2 id="pager-heading" className="label-caps mb-4 text-muted">
        Previous &amp; next articles
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2">
        <li>
          {previous && (
            <a href={`/articles/${previous.slug}`} rel="prev" className="group grid gap-1">
              <span className="label-caps text-muted">← Previous</span>
              <span className="font-display text-2xl leading-snug group-hover:text-accent group-hover:underline">{previous.title}</span>
            </a>
          )}
        </li>
        <li className="sm:text-right">
          {next && (
            <a href={`/articles/${next.slug}`} rel="next" className="group grid gap-1">
              <span className="label-caps text-muted">Next →</span>
              <span className="font-display text-2xl leading-snug group-hover:text-accent group-hover:underline">{next.title}</span>
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}
