/**
 * Reads the journal's `.env` files (`SITE_URL=https://…`) as `next build` and `next dev` do, before
 * any module reads `process.env`: imported first by `check:content`, so that it knows the journal's
 * address, and judges full links to the journal's own pages, exactly as the build does.
 */
import { createRequire } from "node:module";

// A CommonJS bundle whose names Node's ESM loader cannot see: required, as Next.js itself does.
const { loadEnvConfig } = createRequire(import.meta.url)("@next/env") as typeof import("@next/env");

// npm runs scripts in the journal's folder, where `next build` looks too. Quiet: the report is the output.
loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development", { info: () => undefined, error: (...args: unknown[]) => console.error(...args) });
