import type { Article } from "@/lib/content/types";
import { site } from "./site";

/** Fifty titles a page: a short list to scan, and HTML that stays small at any size. */
export const ARCHIVE_PAGE_SIZE = 50;

export type ArchiveMonth = { key: string; label: string; articles: Article[] };
export type ArchiveYear = { year: string; months: ArchiveMonth[] };

const monthName = new Intl.DateTimeFormat(site.locale, { month: "long", timeZone: "UTC" });

/** Articles (already newest first) grouped by the year and month of their publication day. */
export function groupByMonth(articles: readonly Article[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const article of articles) {
    const year = article.date.day.slice(0, 4);
    const month = article.date.day.slice(0, 7);
    let current = years.at(-1);
    if (current?.year !== year) {
      current = { year, months: [] };
      years.push(current);
    }
    let bucket = current.months.at(-1);
    if (bucket?.key !== month) {
      bucket = { key: month, label: monthName.format(Date.parse(`${month}-01`)), articles: [] };
      current.months.push(bucket);
    }
    bucket.articles.push(article);
  }
  return years;
}
