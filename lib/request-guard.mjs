// @ts-check
// Plain JavaScript, not TypeScript: scripts/next-start/refuse.mjs imports it into `next start`,
// which Node.js 20 runs without a TypeScript loader.

/** @typedef {{ status: 400 | 405; headers?: Record<string, string> }} Rejection */

/** The site is static: reading is all a visitor can do. */
const ALLOWED_METHODS = ["GET", "HEAD"];

/** @param {string} text */
function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path the image optimiser may fetch from this site: one leading slash, and once decoded no
 * empty, `.` or `..` segment, no backslash, no control character. Next.js's internal fetch answers
 * 500 to the others (`/....//x`, `/%uff0e`), so they are refused before they get there.
 * @param {string} path
 */
function isCleanLocalPath(path) {
  if (!path.startsWith("/") || !decodes(path)) return false;
  const decoded = decodeURIComponent(path);
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return false;
  return decoded.slice(1).split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/**
 * Requests the site refuses before any route sees them: methods other than GET and HEAD (405),
 * paths that cannot be percent-decoded (`/articles/%zz`, truncated or overlong UTF-8), and image
 * optimiser URLs that are not clean local paths (400). Next.js itself answers 500 to the last two.
 * @param {string} method
 * @param {URL} url
 * @returns {Rejection | undefined}
 */
export function guardRequest(method, url) {
  if (!ALLOWED_METHODS.includes(method)) return { status: 405, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  if (!decodes(url.pathname)) return { status: 400 };
  if (url.pathname === "/_next/image") {
    const source = url.searchParams.get("url");
    if (source === null || !isCleanLocalPath(source)) return { status: 400 };
  }
  return undefined;
}
