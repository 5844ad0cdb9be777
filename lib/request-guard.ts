export type Rejection = { status: 400 | 405; headers?: Record<string, string> };

/** The site is static: reading is all a visitor can do. */
const ALLOWED_METHODS = ["GET", "HEAD"];

function decodes(text: string): boolean {
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
 */
function isCleanLocalPath(path: string): boolean {
  if (!path.startsWith("/") || !decodes(path)) return false;
  const decoded = decodeURIComponent(path);
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return false;
  return decoded.slice(1).split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/**
 * Requests the site refuses before any route sees them: methods other than GET and HEAD (405),
 * paths that cannot be percent-decoded (`/articles/%zz`, truncated or overlong UTF-8), and image
 * optimiser URLs that are not clean local paths (400). Next.js itself answers 500 to the last two.
 */
export function guardRequest(method: string, url: URL): Rejection | undefined {
  if (!ALLOWED_METHODS.includes(method)) return { status: 405, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  if (!decodes(url.pathname)) return { status: 400 };
  if (url.pathname === "/_next/image") {
    const source = url.searchParams.get("url");
    if (source === null || !isCleanLocalPath(source)) return { status: 400 };
  }
  return undefined;
}
