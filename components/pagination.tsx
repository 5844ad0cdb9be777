import { pagePath, pageWindow } from "@/lib/pagination";

type Props = { page: number; totalPages: number; basePath: string; label?: string };

/** Numbered pages with Newer / Older links; the current page is marked for screen readers. */
export function Pagination({ page, totalPages, basePath, label = "Pages" }: Props) {
  if (totalPages <= 1) return null;
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm px-3 hover:text-accent hover:underline";
  return (
    <nav aria-label={label} className="mt-16 border-t border-rule pt-6" data-print="hide">
      <ul className="label-caps flex flex-wrap items-center justify-center gap-1">
        {page > 1 && (
          <li>
            <a href={pagePath(basePath, page - 1)} rel="prev" className={linkClass}>
              ← Newer
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${linkClass} border border-accent text-accent`}>
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <a href={pagePath(basePath, n)} aria-label={`Page ${n}`} className={linkClass}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={pagePath(basePath, page + 1)} rel="next" className={linkClass}>
              Older →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
