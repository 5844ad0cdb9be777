import { availableParallelism } from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { checkContentBeforeBuild } from "./lib/build/content-check";
import { pageCacheHeaders, privateCacheHeaders } from "./lib/cache-headers";
import { deviceSizes, imageSizes } from "./lib/image-sizes";
import { securityHeaders } from "./lib/security-headers";
import { site } from "./lib/site";
import { skipEntryTracing } from "./scripts/webpack/skip-entry-tracing";
import { skipSegmentData } from "./scripts/webpack/skip-segment-data";

// `npm run build:static` exports the whole site as files into out/ (see docs/deployment.md).
const staticExport = process.env.NEXT_OUTPUT === "export";

type WebpackContext = { dev: boolean; isServer: boolean; webpack: Parameters<typeof skipSegmentData>[1] };

const nextConfig: NextConfig = {
  ...(staticExport ? { output: "export" as const } : {}),
  // Lets tests and benchmarks build a second site (another CONTENT_DIR) without touching .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // proxy.ts redirects trailing slashes itself: Next.js's own redirect carries no headers.
  skipTrailingSlashRedirect: true,
  // Pagefind drives a native binary; it must be required at run time, not bundled.
  serverExternalPackages: ["pagefind", "sharp"],
  reactStrictMode: true,
  experimental: {
    // Build workers, one per core (Next.js's default leaves one core to its main process, which
    // has nothing left to do while pages are prerendered once file tracing is off, below).
    cpus: availableParallelism(),
    // Inlining hints tune the client router's prefetches; pages here ship without the router
    // (lib/build/next-adapter.mjs), and measuring each segment's gzipped size cost build time.
    prefetchInlining: false,
    // A `webpack` function (below) would otherwise move compiling into Next.js's main process,
    // which then keeps webpack's memory through the whole build.
    webpackBuildWorker: true,
    // Server bundles are never downloaded, so minifying them only costs the build: 2 s of the
    // compile, and 43.0 s against 45.9 s for 1,000 articles (means of four alternating pairs).
    serverMinification: false,
  },
  // File traces (.nft.json) list what a standalone or serverless deployment must copy; this site
  // runs `next start` in the project folder or ships the static copy. Tracing Next.js's own
  // server took 14 s of CPU in every build, beside the prerender workers.
  outputFileTracingExcludes: { "next-server": ["**/*"] },
  // Production builds skip the routes' own traces, which cost more still, and the per-segment
  // prefetch files these pages never fetch (scripts/webpack/). `next dev` runs Turbopack; the
  // empty `turbopack` tells it that the webpack hook is meant.
  turbopack: {},
  webpack(config: { plugins?: unknown[] }, { dev, isServer, webpack }: WebpackContext) {
    if (!dev && isServer) {
      skipEntryTracing(config);
      skipSegmentData(config, webpack);
    }
    return config;
  },
  // After the build, pages with nothing to hydrate lose the React + Next.js runtime and get their
  // stylesheet inline (lib/build/next-adapter.mjs). Next.js resolves this path from its own
  // folder, so it must be absolute; builds run in the project folder.
  adapterPath: path.join(process.cwd(), "lib", "build", "next-adapter.mjs"),
  // `npm test` type-checks the whole project (`npm run typecheck`); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Covers and avatars are resized at build time into /img/… files (lib/image-loader.ts), so
  // the static copy works and `next start` never runs the on-demand optimiser.
  images: { loader: "custom", loaderFile: "./lib/image-loader.ts", deviceSizes, imageSizes },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(site.url) },
      // Everything but the hashed assets under /_next/static, which Next.js marks immutable itself.
      { source: "/((?!_next/static/).*)", headers: pageCacheHeaders() },
      // A request with Next.js's router header gets a redirect or a payload instead of the page:
      // no shared cache may keep that under the page's URL (later rules win).
      { source: "/:path*", has: [{ type: "header", key: "rsc" }], headers: privateCacheHeaders() },
    ];
  },
};

/*
 * The preview's live refresh (app/dev/) is written in `route.dev.ts` files: a page extension in
 * development only, so production builds have no such routes and ship none of their code. Its
 * long-polling requests stay out of the author's terminal.
 */
const previewOnly: NextConfig = {
  pageExtensions: ["tsx", "ts", "jsx", "js", "dev.ts"],
  // Authors are not Next.js developers: the preview shows problems in the page itself, not in a badge.
  devIndicators: false,
  logging: { incomingRequests: { ignore: [/^\/dev\/content-version/] } },
};

export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_DEVELOPMENT_SERVER) return { ...nextConfig, ...previewOnly };
  // Content first: a build with a content error stops in seconds, before anything is compiled.
  if (phase === PHASE_PRODUCTION_BUILD) await checkContentBeforeBuild();
  // Next.js keeps every prerendered page's payloads in an in-memory cache whose size accounting
  // misses most of them: a build worker held 340 MB of them at 5,000 articles. A build never
  // reads them back; `next start` keeps the default cache.
  return phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, cacheMaxMemorySize: 0 } : nextConfig;
}
