/*
 * The `next build` and `next start` that `npm run build` and `npm run serve` run (package.json),
 * for the scripts that start them as child processes of `node` (process.execPath).
 */
const NEXT = "node_modules/next/dist/bin/next";

/**
 * Production builds run Turbopack in two processes: `compile`, then `generate`, which prerenders
 * the pages. Turbopack compiles in about half webpack's time, but its process keeps about 0.9 GB
 * once it has compiled; prerendering in a second process starts without it (docs/architecture.md).
 */
export const nextCompileCommand: readonly string[] = [NEXT, "build", "--turbopack", "--experimental-build-mode=compile"];
export const nextGenerateCommand: readonly string[] = [NEXT, "build", "--turbopack", "--experimental-build-mode=generate"];

/** The static copy builds in one process: in `generate` mode the export writes only what `compile` left (15 files). */
export const nextExportCommand: readonly string[] = [NEXT, "build", "--turbopack"];

/** `npm run build`: the two commands above, with the build cache warmed beside them (scripts/build.ts). */
export const buildArguments: readonly string[] = ["--import", "tsx", "scripts/build.ts"];

/** `next start` on loopback with the preload production uses: workers, refusals, gzip. */
export function nextStartArguments(port: number | string): string[] {
  return ["--import", "./scripts/next-start/preload.mjs", NEXT, "start", "-H", "127.0.0.1", "-p", String(port)];
}
