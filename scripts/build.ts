/**
 * `npm run build`: `next build --webpack`, with the build cache warmed beside it.
 *
 * Beside it, at the lowest priority, this process renders the articles' Markdown and builds the
 * search index into the build cache (scripts/warm-build-cache.ts): work Next.js would otherwise
 * do on one core while the others wait. The warm-up is best effort: whatever it has not
 * finished, Next.js does itself, and its exit code is the build's.
 */
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import { nextBuildCommand } from "./next-commands";

const next = spawn(process.execPath, [...nextBuildCommand, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));

// Below Next.js (spawned above at normal priority): the warm-up only takes what webpack leaves.
setPriority(19);
// Loaded only now: the Markdown and Pagefind modules take a second to load, which Next.js need not wait for.
const { warmBuildCache } = await import("./warm-build-cache");
void warmBuildCache();

next.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
