import { prerenderedFiles } from "./prerendered-files";

export type KindTiming = { kind: string; files: number; msEach: number };

/** The kind of a resized cover or avatar (`/img/<width>/…`, app/img). */
export const IMAGE_VARIANT = "image variant";

/** What a prerendered file is, from its path under `server/app` (`.html` pages, `.body` route output). */
export function prerenderedKind(relative: string): string {
  const [first = "", , third] = relative.split("/");
  if (first === "img") return IMAGE_VARIANT;
  if (first === "articles") return third?.startsWith("opengraph-image") ? "social image" : "article";
  if (first === "pagefind") return "search file";
  if (first === "tags" || first === "authors") return `${first.slice(0, -1)} page`;
  if (first === "page") return "home page 2…n";
  return "other";
}

/**
 * How long each kind of page took to prerender, from the times its files were written. Next.js
 * renders one route at a time, so a kind's span divided by its count is its cost per page; the
 * kinds whose cost grows with N are where a build stops being linear. ("other" holds single
 * pages spread over the whole run, so it has no meaningful figure and is left out.)
 */
export async function pageTimeline(distDir: string): Promise<KindTiming[]> {
  const spans = new Map<string, { first: number; last: number; files: number }>();
  for (const { relative, writtenMs: written } of await prerenderedFiles(distDir, /\.(html|body)$/)) {
    const kind = prerenderedKind(relative);
    const span = spans.get(kind) ?? { first: written, last: written, files: 0 };
    spans.set(kind, { first: Math.min(span.first, written), last: Math.max(span.last, written), files: span.files + 1 });
  }
  return [...spans]
    .filter(([kind, span]) => kind !== "other" && span.files > 1)
    .map(([kind, span]) => ({ kind, files: span.files, msEach: (span.last - span.first) / (span.files - 1) }))
    .sort((a, b) => b.msEach - a.msEach);
}
