import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { processTreeRss } from "../load/process-tree-rss";
import { parseBuildLog, type BuildPhases } from "./build-log";
import { startGroup } from "./process-group";

export type BuildRun = {
  ok: boolean;
  wallSeconds: number;
  /** User + system CPU time of the whole tree, when /usr/bin/time is there to count it. */
  cpuSeconds?: number;
  /** Highest resident memory of the build's whole process tree, sampled every 200 ms. */
  peakRssBytes: number;
  phases: BuildPhases;
  logFile: string;
};

const TIME = "/usr/bin/time";
const SAMPLE_MS = 200;

/** One `next build` with `env` (CONTENT_DIR, PUBLIC_DIR, NEXT_DIST_DIR …), its log in `logFile`. */
export async function runBuild(env: Record<string, string>, logFile: string): Promise<BuildRun> {
  const next = [process.execPath, "node_modules/next/dist/bin/next", "build"];
  // GNU time adds the CPU time of every descendant it waited for: a figure that, unlike wall
  // time, hardly moves when another job shares the machine.
  const cpuFile = `${logFile}.cpu`;
  const counted = existsSync(TIME);
  const [command = "", ...args] = counted ? [TIME, "-f", "%U %S", "-o", cpuFile, ...next] : next;
  const started = performance.now();
  const build = startGroup(command, args, { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile);
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, processTreeRss(build.pid));
  }, SAMPLE_MS);
  const code = await build.exited;
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = counted ? (await readFile(cpuFile, "utf8").catch(() => "")).trim().split("\n").at(-1)?.split(" ").map(Number) : undefined;
  const cpuSeconds = cpu && cpu.length === 2 && cpu.every(Number.isFinite) ? (cpu[0] ?? 0) + (cpu[1] ?? 0) : undefined;
  return { ok: code === 0, wallSeconds, cpuSeconds, peakRssBytes, phases: parseBuildLog(await readFile(logFile, "utf8")), logFile };
}
