import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { rawRequest, variantOnPage, type RawRequest, type RawResponse } from "../helpers/raw-http";
import { expect, test } from "./fixtures";
import { pageTypes } from "./page-types";

/** docs/deployment.md promises this: a CDN keeps a page five minutes and serves it one more while it refreshes. */
const PAGE_POLICY = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";

/** Not kept by a shared cache: no `public`, or `private` / `no-store`. */
function notShared(cacheControl: string | undefined): boolean {
  const directives = (cacheControl ?? "").toLowerCase().split(",").map((directive) => directive.trim());
  return directives.includes("private") || directives.includes("no-store") || !directives.includes("public");
}

function varies(response: RawResponse, header: string): boolean {
  const vary = (response.headers.vary ?? "").toLowerCase().split(",").map((name) => name.trim());
  return vary.includes("*") || vary.includes(header.toLowerCase());
}

const digest = (response: RawResponse) => `${response.status} ${createHash("sha256").update(response.bytes ?? "").digest("hex")}`;

test("every page type, feed and image says how long a shared cache may keep it; errors are never shared", async ({ baseURL }) => {
  const origin = new URL(baseURL ?? "");
  const problems: string[] = [];
  const check = (what: string, response: RawResponse, expected: number, policy: "page" | "immutable" | "none") => {
    if (response.status !== expected) problems.push(`${what}: status ${response.status}`);
    const cacheControl = response.headers["cache-control"];
    if (policy === "page" && cacheControl !== PAGE_POLICY) problems.push(`${what}: Cache-Control ${cacheControl}`);
    if (policy === "immutable" && cacheControl !== "public, max-age=31536000, immutable") problems.push(`${what}: Cache-Control ${cacheControl}`);
    if (policy === "none" && !notShared(cacheControl)) problems.push(`${what}: a shared cache may keep it (${cacheControl})`);
  };
  for (const { name, path, status } of await pageTypes()) {
    check(name, await rawRequest(origin, { method: "GET", target: path }), status, status === 200 ? "page" : "none");
  }
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/robots.txt", "/opengraph-image", "/articles/living-with-pearls/opengraph-image", "/images/logo.png"]) {
    check(path, await rawRequest(origin, { method: "GET", target: path }), 200, "page");
  }
  // Resized images carry a content hash in their URL, so they may be kept for a year.
  const variant = await variantOnPage(origin, "/authors/isla-marrow");
  check(variant, await rawRequest(origin, { method: "GET", target: variant }), 200, "immutable");
  const home = await rawRequest(origin, { method: "GET", target: "/" });
  const stylesheet = /\/_next\/static\/[^"']+\.(?:css|js|woff2)/.exec(home.body)?.[0];
  expect(stylesheet, "the home page links a build asset").toBeTruthy();
  check(stylesheet ?? "", await rawRequest(origin, { method: "GET", target: stylesheet ?? "" }), 200, "immutable");
  check("undecodable path", await rawRequest(origin, { method: "GET", target: "/articles/%zz" }), 400, "none");
  expect(problems).toEqual([]);
});

/** The request headers Next.js's client router sends, alone and together, and its cache-busting query. */
const ROUTER_REQUESTS: { what: string; headers: Record<string, string>; query?: string }[] = [
  { what: "RSC", headers: { rsc: "1" } },
  { what: "RSC with ?_rsc=", headers: { rsc: "1" }, query: "_rsc=abc12" },
  { what: "?_rsc= alone", headers: {}, query: "_rsc=abc12" },
  { what: "prefetch", headers: { rsc: "1", "next-router-prefetch": "1" } },
  { what: "segment prefetch", headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" } },
  { what: "state tree", headers: { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])) } },
  { what: "Next-Url", headers: { rsc: "1", "next-url": "/about" } },
  { what: "router headers without RSC", headers: { "next-router-prefetch": "1", "next-router-state-tree": "%5B%5D", "next-url": "/about" } },
];

test("a response that depends on Next.js's router headers says so in Vary, or no shared cache may keep it", async ({ baseURL }) => {
  const origin = new URL(baseURL ?? "");
  const paths = [...(await pageTypes()).map(({ path }) => path), "/feed.xml", "/sitemap.xml", "/articles/living-with-pearls/opengraph-image", "/page/1"];
  const problems: string[] = [];
  for (const path of paths) {
    const plain = await rawRequest(origin, { method: "GET", target: path });
    for (const { what, headers, query } of ROUTER_REQUESTS) {
      const request: RawRequest = { method: "GET", target: query ? `${path}${path.includes("?") ? "&" : "?"}${query}` : path, headers };
      const response = await rawRequest(origin, request);
      // With a query the URL differs, so a cache keys it apart; compare with the same URL without the headers.
      const baseline = query ? await rawRequest(origin, { method: "GET", target: request.target }) : plain;
      if (digest(response) === digest(baseline)) continue;
      const unsaid = Object.keys(headers).filter((header) => !varies(response, header));
      if (unsaid.length > 0 && !notShared(response.headers["cache-control"])) {
        problems.push(`${path} with ${what}: ${response.status} differs from ${baseline.status} but Vary lacks ${unsaid.join(", ")} and Cache-Control is ${response.headers["cache-control"]}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test("pages and feeds are gzipped when the browser asks, identical once unzipped, and say Vary: Accept-Encoding", async ({ baseURL }) => {
  const origin = new URL(baseURL ?? "");
  for (const path of ["/", "/articles/living-with-pearls", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml"]) {
    const plain = await rawRequest(origin, { method: "GET", target: path });
    const gzipped = await rawRequest(origin, { method: "GET", target: path, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(gzipped.status, path).toBe(200);
    expect(gzipped.headers["content-encoding"], path).toBe("gzip");
    expect(varies(gzipped, "accept-encoding"), `${path}: Vary is ${gzipped.headers.vary}`).toBe(true);
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    expect(gunzipSync(gzipped.bytes ?? Buffer.alloc(0)).equals(plain.bytes ?? Buffer.alloc(0)), path).toBe(true);
    expect(gzipped.bytes?.length ?? 0, path).toBeLessThan((plain.bytes?.length ?? 0) / 2);
  }
});
