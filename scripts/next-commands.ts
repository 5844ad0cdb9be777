/*
 * The `next build` and `next start` that `npm run build` and `npm run serve` run (package.json),
 * for the scripts that start them as child processes of `node` (process.execPath).
 */
const NEXT = "node_modules/next/dist/bin/next";

/** `npm run build`: plain `next build`, with Next.js's default bundler (Turbopack). */
export const buildArguments: readonly string[] = [NEXT, "build"];

/** Plain `next start` on loopback, as `npm run serve` runs it. */
export function nextStartArguments(port: number | string): string[] {
  return [NEXT, "start", "-H", "127.0.0.1", "-p", String(port)];
}
