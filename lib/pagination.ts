/** Ten articles a page: every list stays the same size however many articles there are. */
export const PAGE_SIZE = 10;

export type Page<T> = { items: T[]; page: number; totalPages: number };

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of 1-based `page`, or undefined when there is no such page. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> | undefined {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

/** `/`, `/page/2` … or `/tags/silver`, `/tags/silver/page/2` …: page 1 is the list's own URL. */
export function pagePath(basePath: string, page: number): string {
  if (page <= 1) return basePath === "" ? "/" : basePath;
  return `${basePath}/page/${page}`;
}

/** Route params for pages 2…n (page 1 lives at the list's own URL). */
export function laterPageParams(total: number, size = PAGE_SIZE): { n: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => ({ n: String(index + 2) }));
}

/** "2" → 2; anything else (including "1", "02", "2.0") is not a page URL. */
export function parsePageParam(raw: string): number | undefined {
  return /^[1-9]\d*$/.test(raw) && raw !== "1" ? Number(raw) : undefined;
}

/**
 * The page numbers to show: first, last and two either side of the current one, with `null`
 * for each gap. Bounded, so the navigation does not grow with the number of articles.
 */
export function pageWindow(page: number, totalPages: number, radius = 2): (number | null)[] {
  const shown = new Set([1, totalPages]);
  for (let n = page - radius; n <= page + radius; n += 1) shown.add(n);
  const sorted = [...shown].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);
  return sorted.flatMap((n, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || n === previous + 1) return [n];
    // A gap of one page shows the page itself rather than an ellipsis standing for it.
    return n === previous + 2 ? [previous + 1, n] : [null, n];
  });
}

/** Page 1 always exists, even for an empty list. */
export function firstPage<T>(items: readonly T[], size = PAGE_SIZE): Page<T> {
  return { items: items.slice(0, size), page: 1, totalPages: pageCount(items.length, size) };
}
