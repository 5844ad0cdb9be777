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

/** One `next build` with `env` (CONTENT_DIR, PUBLIC_DIR, NEXT_DIST_DIR …), its log in `logFile`. */
export async function runBuild(env: Record<string, string>, logFile: string): Promise<BuildRun> {
  const started = performance.now();
  const build = startGroup(process.execPath, [...buildArguments], { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile);
  const sampler = sampleTree(build.pid, SAMPLE_MS);
  const code = await build.exited;
  const usage = sampler.stop();
  const wallSeconds = (performance.now() - started) / 1000;
  return { ok: code === 0, wallSeconds, ...usage, phases: parseBuildLog(await readFile(logFile, "utf8")), logFile };
}
