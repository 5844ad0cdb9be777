import { formatDay, type ContentDate } from "@/lib/content/dates";

/** A publication date as readers say it ("November 29, 2025"), machine-readable in `datetime`. */
export function FormattedDate({ date }: { date: ContentDate }) {
  return <time dateTime={date.raw}>{formatDay(date.day)}</time>;
}
