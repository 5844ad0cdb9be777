import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import autocannon from "autocannon";
import { parseWrkOutput, type Throughput } from "./wrk-output";

export type { Throughput } from "./wrk-output";

export type LoadSettings = { connections: number; seconds: number };

const WRK = "/usr/bin/wrk";
const GZIP = { "accept-encoding": "gzip" };

function runWrk(url: string, { connections, seconds }: LoadSettings): Promise<Throughput> {
  const threads = String(Math.min(availableParallelism(), connections));
  const args = ["-t", threads, "-c", String(connections), "-d", `${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url];
  return new Promise((resolve, reject) => {
    execFile(WRK, args, (error, stdout) => (error ? reject(error) : resolve(parseWrkOutput(stdout))));
  });
}

async function runAutocannon(url: string, { connections, seconds }: LoadSettings): Promise<Throughput> {
  const result = await autocannon({ url, connections, duration: seconds, headers: GZIP });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Which tool measures: wrk (C, so it takes less of the CPU the server needs) when Debian's is installed. */
export const loadTool = existsSync(WRK) ? "wrk" : "autocannon";

/**
 * Requests/s and latency for one URL on loopback, gzip accepted, after an unmeasured warm-up
 * (JIT, caches, nginx's open files) of a fifth of the run.
 */
export async function measureThroughput(url: string, settings: LoadSettings): Promise<Throughput> {
  const run = loadTool === "wrk" ? runWrk : runAutocannon;
  await run(url, { ...settings, seconds: Math.max(1, Math.round(settings.seconds / 5)) });
  const loadAverage = loadavg()[0];
  return { ...(await run(url, settings)), loadAverage };
}
