import type { RawRequest } from "./raw-http";

/** Files a traversal would love to reach: the project's own sources and secrets, and the system's. */
const targets = ["package.json", ".env", ".env.local", "next.config.ts", "lib/site.ts", "tsconfig.json", ".git/config", "etc/passwd"];

/** One step up, in every spelling a decoder, router or file server might turn back into `../`. */
const upSteps = [
  "../",
  "..%2f",
  "..%2F",
  "%2e%2e/",
  "%2e%2e%2f",
  "%2E%2E%2F",
  ".%2e/",
  "..%252f",
  "%252e%252e%252f",
  "%25252e%25252e%25252f",
  "..\\",
  "..%5c",
  "%2e%2e%5c",
  "..%255c",
  "..%c0%af",
  "..%c1%9c",
  "%c0%ae%c0%ae/",
  "%e0%80%ae%e0%80%ae/",
  "....//",
  "..;/",
  "..%00/",
  "%uff0e%uff0e/",
];

/** Where a request can start: every kind of route this server has. */
const prefixes = ["/", "/articles/", "/authors/", "/_next/static/", "/_next/static/chunks/", "/images/covers/", "/_next/image?w=640&q=75&url=/"];

const traversals: RawRequest[] = prefixes.flatMap((prefix) =>
  upSteps.flatMap((step) => [1, 5].flatMap((depth) => targets.map((target) => ({ method: "GET", target: `${prefix}${step.repeat(depth)}${target}` })))),
);

const badBytes: RawRequest[] = [
  "%00", "%00.md", ".md%00", "%ff", "%fe%ff", "%c3%28", "%a0%a1", "%e2%82", "%e2%28%a1", "%f0%28%8c%28", "%f8%a1%a1%a1%a1",
  "%c0%80", "%e0%80%80", "%ed%a0%80", "%", "%%", "%2", "%zz", "%u0041", "\u00ff", "\u00c3\u00a9", "\u0080", "%0d%0aSet-Cookie:%20x=1",
  "living-with-pearls%00", "living-with-pearls%2f", "LIVING-WITH-PEARLS", "living-with-pearls.md", "living-with-pearls/", "living-with-pearls;x=1",
].flatMap((tail) => ["/", "/articles/", "/authors/", "/_next/static/chunks/"].map((prefix) => ({ method: "GET", target: `${prefix}${tail}` })));

const long = "a".repeat(8192);
const longPaths: RawRequest[] = [
  `/${long}`,
  `/articles/${long}`,
  `/authors/${long}`,
  `/articles/${"%41".repeat(2730)}`,
  `/${"a/".repeat(4096)}`,
  `/${"../".repeat(2730)}package.json`,
  `/?q=${long}`,
  `/_next/image?w=640&q=75&url=/${long}`,
].map((target) => ({ method: "GET", target }));

const queries: RawRequest[] = [
  "?", "??", "?&&&==", "?a=%ff", "?a=%zz", "?%00=%00", "?a[]=1&a[]=2", "?a[b][c]=1", "?__proto__[x]=1", "?constructor[prototype][x]=1",
  "?_rsc=", "?_rsc=%zz", "?url=javascript:alert(1)", "?redirect=//evil.example", "?page=-1", "?page=99999999999999999999", "?q=<script>alert(1)</script>",
  "?a=1;b=2", "?%ff", "?=",
].flatMap((query) => ["/", "/articles/living-with-pearls", "/authors/isla-marrow", "/nothing-here"].map((path) => ({ method: "GET", target: `${path}${query}` })));

// CONNECT, `*` and absolute-form targets, and TRACE where proxy.ts runs, are answered before the
// site's code runs: tests/e2e/server-target.ts lists them and security-headers.spec.ts tests them.
const proxied = ["/_next/static/chunks/x.js", "/images/logo.png", "/articles/%zz", "/articles/%ff%fe"];
const methods: RawRequest[] = [
  ...["HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "PROPFIND", "FOO", "get"].flatMap((method) =>
    ["/", "/articles/living-with-pearls", "/nothing-here", ...proxied].map((target) => ({ method, target })),
  ),
  ...["/", "/articles/living-with-pearls", "/nothing-here"].map((target) => ({ method: "TRACE", target })),
];

const odd: RawRequest[] = [
  { method: "GET", target: "//evil.example/" },
  { method: "GET", target: "/\\evil.example/" },
  { method: "GET", target: "/%5cevil.example/" },
  { method: "GET", target: "/%2f%2fevil.example/" },
  { method: "GET", target: "/articles/\\evil.example" },
  { method: "GET", target: "/", headers: { host: "evil.example" } },
  { method: "GET", target: "/articles/", headers: { "x-forwarded-host": "evil.example" } },
  { method: "GET", target: "/", headers: { rsc: "1" } },
  { method: "GET", target: "/", headers: { rsc: "1", "next-router-state-tree": "%zz" } },
  { method: "GET", target: "/", headers: { rsc: "1", "next-router-state-tree": "[\"\",{}]" } },
  { method: "GET", target: "/articles/living-with-pearls", headers: { "next-router-prefetch": "1", rsc: "1" } },
  { method: "GET", target: "/", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { method: "GET", target: "/", headers: { "next-action": "abc" } },
  { method: "POST", target: "/", headers: { "next-action": "abc", "content-type": "text/plain", "content-length": "0" } },
  { method: "GET", target: "/", headers: { range: "bytes=0-0,1-1,2-2" } },
  { method: "GET", target: "/images/logo.png", headers: { range: "bytes=0-0,1-1,2-2" } },
  { method: "GET", target: "/images/logo.png", headers: { range: "bytes=99999999-" } },
  { method: "GET", target: "/images/logo.png", headers: { range: "bytes=5-1" } },
  { method: "GET", target: "/_next/static/chunks/x.js", headers: { range: "bytes=99999999-" } },
  { method: "GET", target: "/", headers: { "accept-encoding": "gzip;q=0, x;q=2" } },
  { method: "GET", target: "/", headers: { "if-none-match": "*" } },
];

/** At least a thousand requests that a browser would never send but the internet will. */
export const hostileRequests: RawRequest[] = [...traversals, ...badBytes, ...longPaths, ...queries, ...methods, ...odd];
