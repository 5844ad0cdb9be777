import type { Header } from "./security-headers";

/*
 * Pages change only when the site is rebuilt. A shared cache (a CDN) may keep a page for five
 * minutes and serve it for one more while it fetches the new one; browsers revalidate every time.
 * So a reader sees a deploy within six minutes even if nobody purges the CDN, and at once when the
 * deploy purges it (docs/deployment.md). Hashed build assets never change, and Next.js (or
 * deploy/nginx.conf) marks them immutable.
 */
export const pageCacheControl = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";

/**
 * For answers no cache may keep: refusals, and anything that depends on a request header a shared
 * cache would not key on (Next.js's router requests, `RSC: 1`, get a redirect or a payload).
 */
export const privateCacheControl = "private, no-store";

/** Cache-Control for the HTML and other non-hashed responses of `next start` and the static copy. */
export function pageCacheHeaders(): Header[] {
  return [{ key: "Cache-Control", value: pageCacheControl }];
}

/** Cache-Control for responses that must not be stored by any cache. */
export function privateCacheHeaders(): Header[] {
  return [{ key: "Cache-Control", value: privateCacheControl }];
}

/** Cache-Control for files whose URL names their content (the /img picture variants): kept for a year. */
export function immutableCacheHeaders(): Header[] {
  return [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
}
