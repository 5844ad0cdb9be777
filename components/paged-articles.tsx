import type { ReactNode } from "react";
import type { Article } from "@/lib/content/types";
import type { Page } from "@/lib/pagination";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

type Props = { title: string; intro?: ReactNode; page: Page<Article>; basePath: string };

/** A list page: its heading, one page of article cards, and the numbered pages. */
export function PagedArticles({ title, intro, page, basePath }: Props) {
  return (
    <div className="mx-auto max-w-measure">
      <header className="grid gap-3">
        <h1 className="text-4xl sm:text-5xl">
          {title}
          {page.page > 1 && <span className="text-muted"> · page {page.page}</span>}
        </h1>
        {intro}
      </header>
      <ArticleList articles={page.items} />
      <Pagination page={page.page} totalPages={page.totalPages} basePath={basePath} />
    </div>
  );
}
