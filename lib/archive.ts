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
    const [year = "", month = ""] = article.date.day.split("-");
    let current = years.at(-1);
    if (current?.year !== year) {
      current = { year, months: [] };
      years.push(current);
    }
    let bucket = current.months.at(-1);
    if (bucket?.key !== `${year}-${month}`) {
      bucket = { key: `${year}-${month}`, label: monthName.format(Date.UTC(Number(year), Number(month) - 1, 1)), articles: [] };
      current.months.push(bucket);
    }
    bucket.articles.push(article);
  }
  return years;
}
