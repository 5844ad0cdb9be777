/**
 * `npm run bench:check [-- --articles 1000 --runs 5]`: writes a realistic journal into a temporary
 * folder and times `npm run check:content` on it, the whole command as an author runs it, and
 * the node process behind it without npm. Prints each run and the medians; the target is 2 s.
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { writeBenchContent } from "./bench-content";
import { readCommandLine, runCommand } from "./cli";

const TARGET_SECONDS = 2;

type Run = { seconds: number; code: number; lastLine: string };

function timed(command: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolve({ seconds: (performance.now() - started) / 1000, code, lastLine: stdout.trimEnd().split("\n").at(-1) ?? "" });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const COMMANDS = [
  { name: "npm run check:content", command: "npm", args: ["run", "--silent", "check:content"] },
  { name: "node --import tsx scripts/check-content.ts", command: process.execPath, args: ["--import", "tsx", "scripts/check-content.ts"] },
];

runCommand(async () => {
  const args = readCommandLine(
    { options: { articles: { type: "string", default: "1000" }, runs: { type: "string", default: "5" } } },
    "npm run bench:check [-- --articles 1000 --runs 5]",
  );
  if (!args) return 1;
  const [count, runs] = [Number(args.values.articles), Number(args.values.runs)];
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error("--articles and --runs take whole numbers, like --articles 1000 --runs 5");
    return 1;
  }
  const root = await writeBenchContent(count, path.resolve("public"));
  try {
    const env = { CONTENT_DIR: path.join(root, "content"), PUBLIC_DIR: path.join(root, "public") };
    console.log(`${count} generated articles in ${root}; ${runs} timed runs of each command after one warm-up run.`);
    // Wall time depends on what else the machine is doing; the load average says how busy it was.
    const busy = () => `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs`;
    console.log(`Before: ${busy()}.\n`);
    let failed = false;
    for (const { name, command, args: commandArgs } of COMMANDS) {
      const warmUp = await timed(command, commandArgs, env);
      console.log(`${name}\n  report: ${warmUp.lastLine}`);
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await timed(command, commandArgs, env);
        if (result.code !== 0) failed = true;
        times.push(result.seconds);
      }
      const middle = median(times);
      console.log(`  runs:   ${times.map((seconds) => `${seconds.toFixed(2)} s`).join(", ")}`);
      console.log(`  median: ${middle.toFixed(2)} s (target under ${TARGET_SECONDS} s: ${middle < TARGET_SECONDS ? "met" : "missed"})\n`);
    }
    console.log(`After: ${busy()}.`);
    if (failed) console.error("check:content found errors in the generated content, so the figures above are not comparable.");
    return failed ? 1 : 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
