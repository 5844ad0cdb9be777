import { NextResponse, type NextRequest } from "next/server";
import { privateCacheControl } from "./lib/cache-headers";
import { isStaticFile, proxyAnswer } from "./lib/request-guard";

/** A short plain-text answer that no cache keeps; next.config.ts adds the security headers. */
function refusal(status: number, text: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${text}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": privateCacheControl, ...headers },
  });
}

/**
 * Answers the few requests that must not reach a route (lib/request-guard.ts): undecodable paths
 * get a 400, writes to static files a 405, trailing slashes and page 1 of a list a 308. A range
 * request for a static file gets the whole file. It runs only where its matcher says.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = new URL(request.url);
  const answer = proxyAnswer({ method: request.method, pathname, search });
  if (answer?.status === 400) return refusal(400, "Bad request");
  if (answer?.status === 405) return refusal(405, "Method not allowed", { Allow: answer.allow });
  if (answer?.status === 308) return NextResponse.redirect(new URL(answer.location, request.url), 308);
  if (isStaticFile(pathname) && request.headers.has("range")) {
    const headers = new Headers(request.headers);
    headers.delete("range");
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Only paths that hold a percent sign can be undecodable.
    "/(.*%.*)",
    // Paths with a trailing slash (Next.js's own redirect for them sends no headers).
    "/(.+)/",
    "/page/1",
    "/archive/page/1",
    "/(tags|authors)/:name/page/1",
    "/images/:path*",
    "/_next/static/:path*",
  ],
};
