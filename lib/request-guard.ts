/*
 * What proxy.ts answers instead of a route: pure functions of the request line, so they are tested
 * without a server. Every loop here is linear in the length of the URL.
 */

/** A refusal, or a permanent redirect to a path on this site. */
export type ProxyAnswer = { status: 400 } | { status: 405; allow: string } | { status: 308; location: string };

export type ProxyRequest = {
  method: string;
  /** The path exactly as requested, still percent-encoded. */
  pathname: string;
  /** The query string with its `?`, or "". */
  search: string;
};

const READ_METHODS = ["GET", "HEAD"];

/** @returns whether the text is valid percent-encoded UTF-8 */
function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch /* Stryker disable next-line BlockStatement: `undefined` reads as `false` to the one caller (`!decodes(…)`) */ {
    return false;
  }
}

/**
 * Files Next.js sends from public/ and from its build output. It answers 500 to any method but GET
 * and HEAD on them, and to a range beyond the end of the file.
 */
export function isStaticFile(pathname: string): boolean {
  return pathname.startsWith("/images/") || pathname.startsWith("/_next/static/");
}

/** The path without trailing slashes, and with no empty segment (`//host/` must not become `//host`). */
function withoutEmptySegments(pathname: string): string {
  return `/${pathname.split("/").filter((segment) => segment !== "").join("/")}`;
}

/** Page 1 of a list lives at the list's own URL. */
function firstPageList(pathname: string): string | undefined {
  const segments = pathname.split("/").slice(1);
  const [first, name, page, number] = segments;
  if (segments.length === 2 && first === "page" && name === "1") return "/";
  if (segments.length === 3 && first === "archive" && name === "page" && page === "1") return "/archive";
  if (segments.length === 4 && (first === "tags" || first === "authors") && page === "page" && number === "1") return `/${first}/${name}`;
  return undefined;
}

/**
 * The answer for a request that must not reach a route, or undefined to let it through:
 * - 400 for a path that cannot be percent-decoded (`/articles/%ff%fe`), which Next.js would answer
 *   with 500 in a dynamic segment;
 * - 405 for a method other than GET or HEAD on a static file (500 from Next.js);
 * - 308 from a path with a trailing slash, or from page 1 of a list, to its one URL.
 */
export function proxyAnswer({ method, pathname, search }: ProxyRequest): ProxyAnswer | undefined {
  if (!decodes(pathname)) return { status: 400 };
  if (isStaticFile(pathname) && !READ_METHODS.includes(method)) return { status: 405, allow: READ_METHODS.join(", ") };
  // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression,StringLiteral: cleaning every path would change only those holding `//`, which Next.js itself redirects to the same clean path with 308 (tests/e2e/server-target.ts); `/` stays `/` either way
  const clean = pathname.endsWith("/") && pathname !== "/" ? withoutEmptySegments(pathname) : pathname;
  const target = firstPageList(clean) ?? clean;
  return target === pathname ? undefined : { status: 308, location: `${target}${search}` };
}
