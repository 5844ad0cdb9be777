/*
 * The `next build` and `next start` that `npm run build` and `npm run serve` run (package.json),
 * for the scripts that start them as child processes of `node` (process.execPath).
 */
const NEXT = "node_modules/next/dist/bin/next";

/**
 * Production builds use webpack: Turbopack compiles faster, but its main process keeps 0.9 GB
 * through the prerendering, and in two processes it took more CPU (docs/architecture.md).
 */
export const nextBuildCommand: readonly string[] = [NEXT, "build", "--webpack"];

/** `npm run build`: `nextBuildCommand` with the build cache warmed beside it (scripts/build.ts). */
export const buildArguments: readonly string[] = ["--import", "tsx", "scripts/build.ts"];

/** Plain `next start` on loopback, as `npm run serve` runs it. */
export function nextStartArguments(port: number | string): string[] {
  return [NEXT, "start", "-H", "127.0.0.1", "-p", String(port)];
}
