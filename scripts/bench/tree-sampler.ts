import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { processTree } from "../load/process-tree-rss";

export type TreeUsage = {
  /** Highest sum of resident memory over the tree (shared pages counted in every process). */
  peakRssBytes: number;
  /** Highest sum of proportional memory (shared pages split between their processes). */
  peakPssBytes: number;
  /** User + system CPU time of every process seen in the tree, up to its last sample. */
  cpuSeconds: number;
  /** Who held the memory at the peak: each process's name and resident bytes, largest first. */
  peakProcesses: { name: string; rssBytes: number }[];
  /** Seconds from the start of sampling to the peak, to find its phase in the timed log. */
  peakAtSeconds: number;
};

/** What a process of the build is, from its command line (Next.js renames its main process). */
function nameOf(pid: number): string {
  const command = read(`/proc/${pid}/cmdline`).split("\0").join(" ");
  if (command.startsWith("next-build")) return "next build";
  if (command.includes("build-search-index")) return "search index";
  if (command.includes("pool_entry") || command.includes("turbopack")) return "Turbopack workers";
  if (/\btsc\b|typescript/.test(command)) return "TypeScript";
  if (command.includes("pagefind")) return "Pagefind";
  if (command.includes("next-render-worker") || command.includes("processChild") || command.includes("jest-worker")) return "page worker";
  return read(`/proc/${pid}/comm`).trim() || "other";
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // The process ended while we were looking.
  }
}

const kB = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(text)?.[1] ?? 0) * 1024;

/** utime + stime, in ticks (fields 14 and 15 of /proc/<pid>/stat, after the parenthesised name). */
function cpuTicks(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (stat === "") return undefined;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Samples a process tree (a build and its workers) every `intervalMs` until stopped. CPU time is
 * counted per process, so workers that come and go are included, each up to its last sample;
 * unlike wall time, it hardly moves when another job shares the machine.
 */
export function sampleTree(root: number, intervalMs: number): { stop(): TreeUsage } {
  const usage: TreeUsage = { peakRssBytes: 0, peakPssBytes: 0, cpuSeconds: 0, peakProcesses: [], peakAtSeconds: 0 };
  const started = performance.now();
  const ticks = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    let pss = 0;
    const processes: { pid: number; rssBytes: number }[] = [];
    for (const pid of processTree(root)) {
      const rssBytes = kB(read(`/proc/${pid}/status`), "VmRSS");
      rss += rssBytes;
      processes.push({ pid, rssBytes });
      pss += kB(read(`/proc/${pid}/smaps_rollup`), "Pss");
      const now = cpuTicks(pid);
      if (now !== undefined) ticks.set(pid, now);
    }
    if (rss > usage.peakRssBytes) {
      const byName = new Map<string, number>();
      for (const { pid, rssBytes } of processes) {
        const name = nameOf(pid);
        byName.set(name, (byName.get(name) ?? 0) + rssBytes);
      }
      usage.peakAtSeconds = (performance.now() - started) / 1000;
      usage.peakProcesses = [...byName].map(([name, rssBytes]) => ({ name, rssBytes })).sort((a, b) => b.rssBytes - a.rssBytes);
    }
    usage.peakRssBytes = Math.max(usage.peakRssBytes, rss);
    usage.peakPssBytes = Math.max(usage.peakPssBytes, pss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      usage.cpuSeconds = [...ticks.values()].reduce((sum, value) => sum + value, 0) / TICKS_PER_SECOND;
      return usage;
    },
  };
}
