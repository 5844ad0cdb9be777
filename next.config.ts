import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { site } from "./lib/site";

const nextConfig: NextConfig = {
  // Lets tests and benchmarks build a second site (another CONTENT_DIR) without touching .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Covers and avatars are files under public/: the optimiser never needs a query string.
  images: { localPatterns: [{ pathname: "/**", search: "" }] },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(site.url) }];
  },
};

export default nextConfig;
