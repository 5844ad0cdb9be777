/**
 * `npm run build`: Next.js's production build in two processes (compile, then prerender), with
 * the build cache warmed beside them.
 *
 * Beside them, at the lowest priority, a process of its own renders the articles' Markdown into
 * the build cache and builds the search index there (scripts/warm-build-cache.ts): work Next.js
 * would otherwise do on one core while the other waits. The build ends when Next.js has finished
 * and the search index is ready, so that `npm run serve` and the static copy find it.
 * The static copy (`NEXT_OUTPUT=export`) builds in one process instead (nextExportCommand).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import { contentDir } from "@/lib/content/collection";
import { isStaticExport } from "@/lib/static-params";
import { nextCompileCommand, nextExportCommand, nextGenerateCommand } from "./next-commands";
import { folderBytes, prerenderHeapLimitMb, withHeapLimit } from "./prerender-memory";

const extraArguments = process.argv.slice(2);

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
}

function next(command: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return exitCode(spawn(process.execPath, [...command, ...extraArguments], { stdio: "inherit", env }));
}

const compiled = next(isStaticExport() ? nextExportCommand : nextCompileCommand);
// Not detached: a session of its own would be a scheduling group of its own, where its low
// priority would count for nothing against Next.js (Linux's autogroups).
const warmUp = spawn(process.execPath, ["--import", "tsx", "scripts/warm-build-cache-run.ts"], { stdio: "inherit" });
const warmed = exitCode(warmUp);
// Below Next.js: the warm-up only takes what compiling and prerendering leave.
if (warmUp.pid) setPriority(warmUp.pid, 19);

// Its renderers and Pagefind end with it (scripts/warm-build-cache-child.ts).
function stopWarmUp(signal: NodeJS.Signals = "SIGTERM") {
  if (warmUp.exitCode === null) warmUp.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopWarmUp(signal);
    process.exit(128);
  });
}

async function prerender(): Promise<number> {
  const heapLimit = prerenderHeapLimitMb(await folderBytes(contentDir()));
  return next(nextGenerateCommand, { ...process.env, NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, heapLimit) });
}

const built = (await compiled) || (isStaticExport() ? 0 : await prerender());
if (built !== 0) {
  stopWarmUp();
  process.exit(built);
}
// The warm-up prints its own error when the search index fails.
process.exit(await warmed);
