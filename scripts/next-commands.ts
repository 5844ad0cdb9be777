/*
 * The `next build` and `next start` that `npm run build` and `npm run serve` run (package.json),
 * for the scripts that start them as child processes of `node` (process.execPath).
 */
const NEXT = "node_modules/next/dist/bin/next";

export const nextBuildArguments: readonly string[] = [NEXT, "build"];

/** `next start` on loopback with the preload production uses: workers, refusals, gzip. */
export function nextStartArguments(port: number | string): string[] {
  return ["--import", "./scripts/next-start/preload.mjs", NEXT, "start", "-H", "127.0.0.1", "-p", String(port)];
}
