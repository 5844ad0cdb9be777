import { parseContentDate, type ContentDate } from "@/lib/content/dates";
import type { Article, Author } from "@/lib/content/types";

function date(raw: string): ContentDate {
  const parsed = parseContentDate(raw, "Europe/London");
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

export function makeArticle(overrides: Partial<Omit<Article, "date" | "updated">> & { date?: string; updated?: string } = {}): Article {
  const { date: rawDate = "2025-11-29", updated, ...rest } = overrides;
  return {
    slug: "caring-for-silver",
    file: "content/articles/caring-for-silver.md",
    title: "Caring for Silver",
    description: "How to keep sterling bright without wearing it away.",
    author: "isla-marrow",
    tags: ["metal care"],
    draft: false,
    body: "Words.",
    readingMinutes: 6,
    status: "published",
    source: { lines: {}, indents: {}, braces: {}, bodyLine: 8 },
    ...rest,
    date: date(rawDate),
    updated: updated === undefined ? undefined : date(updated),
  };
}

export function makeAuthor(overrides: Partial<Author> = {}): Author {
  return {
    id: "isla-marrow",
    file: "content/authors/isla-marrow.md",
    name: "Isla Marrow",
    role: "Owner and artisan, Marrow & Vale",
    guest: false,
    body: "Isla makes rings.",
    source: { lines: {}, indents: {}, braces: {}, bodyLine: 5 },
    ...overrides,
  };
}

export const guestAuthor = makeAuthor({
  id: "jonah-petrakis",
  name: "Jonah Petrakis",
  role: "Wax carver, Petrakis Studio",
  guest: true,
  website: "https://petrakis.example",
  body: "Jonah carves wax.",
});
