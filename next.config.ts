import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { checkContentBeforeBuild } from "./lib/build/content-check";
import { immutableCacheHeaders, pageCacheHeaders, privateCacheHeaders } from "./lib/cache-headers";
import { securityHeaders } from "./lib/security-headers";
import { site } from "./lib/site";

// `npm run build:static` exports the whole site as files into out/ (see docs/deployment.md).
const staticExport = process.env.NEXT_OUTPUT === "export";

/*
 * Every path, written without a named parameter: Next.js then sends these headers as they are,
 * instead of compiling each value that holds a colon (the policy's `data:`) as a path pattern on
 * every request, as it does for a source like `/:path*` (bench/serving-2026-12-05.md).
 */
const EVERY_PATH = "/(.*)";

/** The response headers of every page; `development` only loosens the preview's script policy. */
function headersFor(mode: { development: boolean }): NextConfig["headers"] {
  return async () => [
    { source: EVERY_PATH, headers: securityHeaders(site.url, mode) },
    // Everything but the hashed assets under /_next/static, which Next.js marks immutable itself, and /img.
    { source: "/((?!_next/static/|img/).*)", headers: pageCacheHeaders() },
    // Picture variants are named by their content hash (lib/images/variants.ts): a change is a new URL.
    { source: "/img/:path*", headers: immutableCacheHeaders() },
    // A request with Next.js's router header gets a redirect or a payload instead of the page:
    // no shared cache may keep that under the page's URL (later rules win).
    { source: EVERY_PATH, has: [{ type: "header", key: "rsc" }], headers: privateCacheHeaders() },
  ];
}

const nextConfig: NextConfig = {
  ...(staticExport ? { output: "export" as const } : {}),
  // Lets tests and benchmarks build a second site (another CONTENT_DIR) without touching .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself: Next.js's own redirect carries no headers.
  skipTrailingSlashRedirect: true,
  // Pagefind and sharp drive native binaries, and cacache is the build cache on disk: required at run time, not bundled.
  serverExternalPackages: ["pagefind", "sharp", "cacache"],
  reactStrictMode: true,
  // After `next build`, the build adapter takes the React runtime out of every page but the
  // declared client routes (lib/client-routes.mjs), puts their stylesheet inline and builds the
  // search index (lib/build/next-adapter.mjs). Next.js resolves this path from its own folder,
  // so it must be absolute; builds run in the project folder.
  adapterPath: path.join(process.cwd(), "lib", "build", "next-adapter.mjs"),
  // No next/image: every picture is a set of WebP files made at build time under /img/<hash>/
  // (lib/images, app/img), so the static copy works and `next start` never resizes per request.
  images: { unoptimized: true },
  // `next build` type-checks what it builds (app/, components/, lib/, proxy.ts); `npm run
  // typecheck` checks the tests and scripts too (tsconfig.json). bench/build-typescript.md
  // BUILD_TYPES_CHECKED=1 skips that check in the e2e suite's further builds of the same code
  // (other journals, time zones, the static copy), whose first build has checked it.
  typescript: { tsconfigPath: "tsconfig.build.json", ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
  headers: headersFor({ development: false }),
  experimental: {
    // Inlining bundles a page's small prefetch responses for the client router's navigations; it
    // costs every prerendered page a second pass over its payload and a gzip of each part. Only
    // /search loads the router, and its links are plain <a>: no page is ever prefetched.
    // bench/build-profile-2026-12-07.md
    prefetchInlining: false,
  },
};

/*
 * The preview's live refresh (app/dev/) is written in `route.dev.ts` files: a page extension in
 * development only, so production builds have no such routes and ship none of their code. Its
 * long-polling requests stay out of the author's terminal.
 */
const previewOnly: NextConfig = {
  headers: headersFor({ development: true }),
  pageExtensions: ["tsx", "ts", "jsx", "js", "dev.ts"],
  // Authors are not Next.js developers: the preview shows problems in the page itself, not in a badge.
  devIndicators: false,
  logging: { incomingRequests: { ignore: [/^\/dev\/content-version/] } },
};

export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_DEVELOPMENT_SERVER) return { ...nextConfig, ...previewOnly };
  if (phase !== PHASE_PRODUCTION_BUILD) return nextConfig;
  // Content first: a build with a content error stops in seconds, before anything is compiled.
  await checkContentBeforeBuild();
  // A build never reads back the prerendered pages Next.js keeps in its in-memory cache, whose
  // size accounting misses most of each page (docs/architecture.md, "Memory"); `next start`
  // keeps the default cache.
  return { ...nextConfig, cacheMaxMemorySize: 0 };
}
