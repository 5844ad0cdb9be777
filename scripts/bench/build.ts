import { readFile } from "node:fs/promises";
import { buildArguments } from "../next-commands";
import { parseBuildLog, type BuildPhases } from "./build-log";
import { startGroup } from "./process-group";
import { sampleTree, type TreeUsage } from "./tree-sampler";

export type BuildRun = TreeUsage & {
  ok: boolean;
  wallSeconds: number;
  phases: BuildPhases;
  logFile: string;
};

const SAMPLE_MS = 200;

/** One `npm run build` with `env` (CONTENT_DIR, PUBLIC_DIR, NEXT_DIST_DIR …), its log in `logFile`. */
export function runBuild(env: Record<string, string>, logFile: string): Promise<BuildRun> {
  return runTimedBuild(process.execPath, buildArguments, { env, logFile });
}

/**
 * Any build command (this site's, or a peer's in its own folder `cwd`), timed, with the memory and
 * CPU of its whole process tree.
 */
export async function runTimedBuild(command: string, args: readonly string[], { env, logFile, cwd }: { env: Record<string, string>; logFile: string; cwd?: string }): Promise<BuildRun> {
  const started = performance.now();
  const build = startGroup(command, args, { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile, cwd);
  const sampler = sampleTree(build.pid, SAMPLE_MS);
  const code = await build.exited;
  const usage = sampler.stop();
  const wallSeconds = (performance.now() - started) / 1000;
  return { ok: code === 0, wallSeconds, ...usage, phases: parseBuildLog(await readFile(logFile, "utf8")), logFile };
}
