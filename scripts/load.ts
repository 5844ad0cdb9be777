/**
 * `npm run load`: serves the production build on loopback and sends 64 connections at a mix of
 * every published page for 60 s (autocannon) after a 10 s warm-up under the same load, sampling
 * the server's memory once a second. Prints a table; exit code 1 if any limit is broken.
 * `--duration <s>` and `--warmup <s>` for a shorter run.
 * LOAD_PORT (default 3190) picks the port.
 */
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { contentDir, publicDir } from "@/lib/content/collection";
import { loadCollection } from "@/lib/content/load";
import { processTreeRss } from "./load/process-tree-rss";
import { formatTable, judgeLoad } from "./load/verdict";
import { nextStartArguments } from "./next-commands";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "60" }, warmup: { type: "string", default: "10" }, connections: { type: "string", default: "64" } },
});
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const port = Number(process.env.LOAD_PORT ?? 3190);
const origin = `http://127.0.0.1:${port}`;

const { articles, authors } = await loadCollection({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false });
const paths = ["/", ...articles.map((article) => `/articles/${article.slug}`), ...[...authors.keys()].map((id) => `/authors/${id}`)];

// Its own process group, so the server and anything it starts end together.
const server = spawn(process.execPath, nextStartArguments(port), {
  detached: true,
  stdio: ["ignore", "ignore", "inherit"],
});
const serverPid = server.pid;
if (serverPid === undefined) throw new Error("could not start next start");
const stopServer = () => process.kill(-serverPid, "SIGTERM");

try {
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (ready) break;
    if (attempt > 100) throw new Error(`next start did not answer on ${origin}; is there a build (npm run build)?`);
    await sleep(200);
  }
  const requests = paths.map((path) => ({ method: "GET" as const, path }));
  const idleRss = processTreeRss(serverPid);
  // The same load, unmeasured: the heap grows to its working size in the first seconds, which
  // is not a leak. Memory is judged from here on.
  await autocannon({ url: origin, connections, duration: warmup, requests });

  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(processTreeRss(serverPid)), 1000);
  const result = await autocannon({ url: origin, connections, duration, requests });
  clearInterval(sampler);

  const rows = judgeLoad({
    seconds: duration,
    warmupSeconds: warmup,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    socketErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    idleRss,
    rss,
  });
  console.log(`\n${paths.length} pages on ${origin}\n\n${formatTable(rows)}`);
  process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
} finally {
  stopServer();
}
