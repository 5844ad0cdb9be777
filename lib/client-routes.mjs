// @ts-check
/*
 * The zero-JavaScript rule, declared once. Only the routes listed here may ship client JavaScript:
 * only files in their folders under app/ may import a client component (the lint rule in
 * lib/build/client-components-rule.mjs), and only their pages keep the React runtime after
 * `next build` (lib/build/next-adapter.mjs), which fails when any other page would need it.
 * Plain JavaScript so that ESLint's config and the build adapter, loaded by Node.js itself, can read it.
 */

/** Search runs in the reader's browser against the Pagefind index. */
export const clientRoutes = /** @type {const} */ (["/search"]);

/**
 * Whether a page's path belongs to one of the routes (the route itself or a path below it).
 * @param {string} pathname
 * @param {readonly string[]} routes the declared ones unless a test gives others
 */
export function isClientRoute(pathname, routes = clientRoutes) {
  const inRoute = (/** @type {string} */ route) => pathname === route || pathname.startsWith(`${route}/`);
  return routes.some(inRoute);
}
