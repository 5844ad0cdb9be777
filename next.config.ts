import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { site } from "./lib/site";

const nextConfig: NextConfig = {
  // Lets tests and benchmarks build a second site (another CONTENT_DIR) without touching .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Pagefind drives a native binary; it must be required at run time, not bundled.
  serverExternalPackages: ["pagefind"],
  reactStrictMode: true,
  // Page 1 of a list lives at the list's own URL.
  async redirects() {
    return [
      { source: "/page/1", destination: "/", permanent: true },
      { source: "/:list(tags|authors)/:name/page/1", destination: "/:list/:name", permanent: true },
    ];
  },
  // Covers and avatars are files under public/: the optimiser never needs a query string.
  images: { localPatterns: [{ pathname: "/**", search: "" }] },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(site.url) }];
  },
};

export default nextConfig;
