import type { Article } from "@/lib/content/types";
import { groupByMonth } from "@/lib/archive";
import type { Page } from "@/lib/pagination";
import { DatedArticleLink } from "./dated-article-link";
import { Pagination } from "./pagination";

/** One page of the archive: its articles under their year and month, then the numbered pages. */
export function ArchiveList({ page }: { page: Page<Article> }) {
  return (
    <div className="mx-auto max-w-measure">
      <h1 className="text-4xl sm:text-5xl">
        Archive
        {page.page > 1 && <span className="text-muted"> · page {page.page}</span>}
      </h1>
      <p className="mt-3 text-lg text-muted">Everything we have published, newest first.</p>
      {groupByMonth(page.items).map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-12">
          <h2 id={`year-${year}`} className="border-b border-rule pb-2 text-3xl">
            {year}
          </h2>
          {months.map(({ key, label, articles }) => (
            <div key={key} className="mt-6">
              <h3 className="label-caps font-body text-muted">{label}</h3>
              <ul className="mt-2 grid gap-2">
                {articles.map((article) => (
                  <DatedArticleLink
                    key={article.slug}
                    article={article}
                    className="flex flex-wrap items-baseline justify-between gap-x-4"
                    linkClassName="underline decoration-rule underline-offset-4 hover:text-accent hover:decoration-accent"
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <Pagination page={page.page} totalPages={page.totalPages} basePath="/archive" label="Archive pages" />
    </div>
  );
}
