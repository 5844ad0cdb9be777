import type { RawRequest } from "../helpers/raw-http";

/** The server the suite runs against: `next start` (the default) or the static copy under nginx. */
export const target: "next" | "static" = process.env.E2E_TARGET === "static" ? "static" : "next";

/** The same expectation on both servers, or one for each. */
export type PerTarget<T> = T | { next: T; static: T };

export function forTarget<T>(value: PerTarget<T>): T {
  return typeof value === "object" && value !== null && "next" in value ? value[target] : value;
}

/**
 * Requests that plain `next start` answers before any code of ours runs, so no header of ours can
 * be on the answer. Node.js refuses what it cannot parse (400 without headers: a bad request line,
 * a method it does not know, no Host), an `Expect` it cannot meet (417), closes the connection on
 * CONNECT, and refuses headers over its 16 KB limit (431). Next.js answers `OPTIONS *`, and TRACE where proxy.ts runs (the Fetch API forbids
 * the method), with 500; an absolute-form target with a redirect to the host it names; and a path
 * with `//` or `\` with a redirect to its clean form.
 * nginx in front answers or cleans all of them itself (docs/deployment.md, docs/security.md).
 */
export const answeredBeforeTheApp: { request: RawRequest; next: number; why: string }[] = [
  { request: { method: "GET", target: `/?a=${"a".repeat(40_000)}` }, next: 431, why: "Node.js: request line and headers over 16 KB" },
  { request: { method: "GET", target: "/", headers: { "x-padding": "a".repeat(40_000) } }, next: 431, why: "Node.js: headers over 16 KB" },
  { request: { method: "FOO", target: "/" }, next: 400, why: "Node.js: a method it does not know" },
  { request: { method: "get", target: "/" }, next: 400, why: "Node.js: methods are case-sensitive" },
  { request: { method: "OPTIONS", target: "*" }, next: 500, why: "Next.js: `*` is not a URL" },
  { request: { method: "GET", target: "*" }, next: 500, why: "Next.js: `*` is not a URL" },
  { request: { method: "GET", target: "/", headers: { expect: "something-else" } }, next: 417, why: "Node.js: an expectation it cannot meet" },
  { request: { method: "CONNECT", target: "evil.example:443" }, next: 0, why: "Node.js: closes the connection, as nothing here listens for CONNECT" },
  { request: { method: "GET", target: "http://evil.example/" }, next: 308, why: "Next.js: absolute-form target, redirected to its host" },
  { request: { method: "TRACE", target: "/images/logo.png" }, next: 500, why: "Next.js: proxy.ts cannot be handed a TRACE request (the Fetch API forbids it)" },
  { request: { method: "TRACE", target: "/articles/%ff%fe" }, next: 500, why: "Next.js: proxy.ts cannot be handed a TRACE request (the Fetch API forbids it)" },
  { request: { method: "GET", target: "//evil.example/" }, next: 308, why: "Next.js: repeated slashes, redirected to one" },
  { request: { method: "GET", target: "/articles\\living-with-pearls" }, next: 308, why: "Next.js: a backslash, redirected to a slash" },
];
