/**
 * `npm run bench:build -- --size 5000 [--webpack]`: one cold build of N generated articles, with
 * its wall and CPU time, its peak memory and who held it, and Next.js's phases. For trying one
 * build setting at a time (a documented flag, or a setting edited in next.config.ts for the run);
 * `npm run bench` and `npm run bench:peers` are the side-by-side comparisons.
 */
import { rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { writeBenchContent } from "../bench-content";
import { readCommandLine } from "../cli";
import { buildArguments } from "../next-commands";
import { runTimedBuild } from "./build";
import { killAllGroups } from "./process-group";
import { guardProjectFiles } from "./project-files";

const USAGE = "npm run bench:build -- --size 5000 [--webpack] [--keep]";
const args = readCommandLine({ args: process.argv.slice(2), options: { size: { type: "string", default: "1000" }, webpack: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } }, USAGE);
const size = Number(args?.values.size);
if (!args || !Number.isInteger(size) || size < 1) {
  console.error(`${USAGE}\n--size takes a whole number of articles, like 5000`);
  process.exit(2);
}

const files = guardProjectFiles();
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const root = await writeBenchContent(size, path.resolve("public"));
const distDir = `.next-bench-one-${size}`;
const env = { CONTENT_DIR: path.join(root, "content"), PUBLIC_DIR: path.join(root, "public"), NEXT_DIST_DIR: distDir };
const command = [...buildArguments, ...(args.values.webpack ? ["--webpack"] : [])];
process.on("SIGINT", () => {
  killAllGroups();
  process.exit(130);
});
try {
  await rm(distDir, { recursive: true, force: true });
  const load = loadavg()[0]?.toFixed(1);
  console.log(`N = ${size}: cold \`next build${args.values.webpack ? " --webpack" : ""}\`, load average ${load} …`);
  const run = await runTimedBuild(process.execPath, command, { env, logFile: path.join(tmpdir(), `journal-build-${size}-${Date.now()}.log`) });
  const { compileSeconds, typesSeconds, pagesSeconds, pages } = run.phases;
  console.log(
    [
      `${run.ok ? "built" : "FAILED"} in ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU (load average ${load} → ${loadavg()[0]?.toFixed(1)})`,
      `peak ${gb(run.peakRssBytes)} RSS (${gb(run.peakPssBytes)} PSS) at ${run.peakAtSeconds.toFixed(0)} s (the log's clock); at the peak: ${run.peakProcesses.map(({ name, rssBytes }) => `${name} ${gb(rssBytes)}`).join(", ")}`,
      `phases: compile ${compileSeconds ?? "?"} s, TypeScript ${typesSeconds ?? "?"} s, ${pages ?? "?"} pages in ${pagesSeconds ?? "?"} s`,
      `log: ${run.logFile}`,
    ].join("\n"),
  );
  process.exitCode = run.ok ? 0 : 1;
} finally {
  files.restore();
  if (!args.values.keep) await Promise.all([rm(root, { recursive: true, force: true }), rm(distDir, { recursive: true, force: true })]);
}
