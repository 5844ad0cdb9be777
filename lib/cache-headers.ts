import type { Header } from "./security-headers";

/*
 * Pages change only when the site is rebuilt, so a CDN may keep them for a day and serve a stale
 * copy for a week while it fetches the new one in the background; browsers always revalidate, so
 * a reader never sees yesterday's home page after a publish. Hashed build assets never change, and
 * Next.js (or deploy/nginx.conf) marks them immutable.
 */
const pageCacheControl = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

/** Cache-Control for the HTML and other non-hashed responses of `next start` and the static copy. */
export function pageCacheHeaders(): Header[] {
  return [{ key: "Cache-Control", value: pageCacheControl }];
}

/** Cache-Control for files whose URL names their content (the /img picture variants): kept for a year. */
export function immutableCacheHeaders(): Header[] {
  return [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
}
