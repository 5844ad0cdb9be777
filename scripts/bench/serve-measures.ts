import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { hasNginx, startPlainNginx } from "./nginx-plain";
import type { LoadResult } from "./report";
import { startNext, type Server } from "./server";
import { buildStaticCopy, serveStaticCopy } from "./static-copy";
import { measureThroughput, type LoadSettings, type Throughput } from "./throughput";
import { pageHtml, pageWeight, type PageWeight } from "./weight";

const NEXT_START_RPS = 1500;
const SHARE_OF_PLAIN_FILE = 0.9;

export type Site = { env: Record<string, string>; articlePath: string; workDir: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const clean = (figures: Throughput) => figures.errors === 0 && figures.non2xx === 0;

async function withServer<S extends Server, T>(start: Promise<S>, measure: (server: S) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

/** Article and home page weights from `next start`, and with `load`, their requests/s. */
export function measureNext(site: Site, port: number, load: LoadSettings | undefined) {
  return withServer(startNext(port, site.env, path.join(site.workDir, "next-start.log")), async ({ origin }) => {
    const weights = { articlePath: site.articlePath, article: await pageWeight(`${origin}${site.articlePath}`), home: await pageWeight(`${origin}/`) };
    const articleHtml = await pageHtml(`${origin}${site.articlePath}`);
    const loads: LoadResult[] = [];
    if (load) {
      const article = await measureThroughput(`${origin}${site.articlePath}`, load);
      loads.push({ server: "next start", page: "article page", figures: article, target: `> ${NEXT_START_RPS.toLocaleString("en-GB")} req/s, 0 errors`, judge: (f) => ({ met: f.requestsPerSecond > NEXT_START_RPS && clean(f) }) });
      const home = await measureThroughput(`${origin}/`, load);
      loads.push({ server: "next start", page: "home page", figures: home, target: "0 errors", judge: (f) => ({ met: clean(f) }) });
    }
    return { weights, loads, articleHtml };
  }) satisfies Promise<{ weights: { articlePath: string; article: PageWeight; home: PageWeight }; loads: LoadResult[]; articleHtml: Buffer }>;
}

/*
 * The plain file and the static copy's article are loaded in turns, twice each, and compared by
 * their means: this shared machine's speed drifts by 10–30% within a minute, and one load of each,
 * a static build apart, compared the drift more than the servers.
 */
const ROUNDS = 2;

/** One figure for several loads of the same URL: mean requests/s, p50 and load average, worst p99, all errors. */
export function meanThroughput(runs: readonly Throughput[]): Throughput {
  const sum = (pick: (run: Throughput) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const loads = runs.flatMap((run) => (run.loadAverage === undefined ? [] : [run.loadAverage]));
  return {
    requestsPerSecond: sum((run) => run.requestsPerSecond) / runs.length,
    p50Ms: sum((run) => run.p50Ms) / runs.length,
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    ...(loads.length > 0 ? { loadAverage: loads.reduce((total, load) => total + load, 0) / loads.length } : {}),
  };
}

/** Loads the plain file (when there is one) and the article in turns, then the home page. */
async function loadInTurns(origin: string, plainUrl: string | undefined, site: Site, load: LoadSettings, rounds: number) {
  const plainRuns: Throughput[] = [];
  const articleRuns: Throughput[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (plainUrl) plainRuns.push(await measureThroughput(plainUrl, load));
    articleRuns.push(await measureThroughput(`${origin}${site.articlePath}`, load));
  }
  const home = await measureThroughput(`${origin}/`, load);
  return { plain: plainRuns.length > 0 ? meanThroughput(plainRuns) : undefined, article: meanThroughput(articleRuns), home };
}

/**
 * Debian's nginx serving a plain file with the article page's bytes (the ceiling), and the
 * static copy under nginx, loaded in turns.
 */
export async function measureNginx(site: Site, articleHtml: Buffer, ports: { plain: number; staticCopy: number }, load: LoadSettings, rounds = ROUNDS): Promise<LoadResult[]> {
  const plainServer = `nginx, plain file of the article's ${(articleHtml.length / 1000).toFixed(1)} KB`;
  const server = "nginx, static copy";
  const failed = (figures: string): LoadResult[] => ["article page", "home page"].map((page) => ({ server, page, figures }));
  const hadOut = existsSync("out");
  try {
    if (!(await buildStaticCopy(site.env, path.join(site.workDir, "build-static.log")))) {
      return failed(`n/a (npm run build:static failed; see ${path.join(site.workDir, "build-static.log")})`);
    }
    const plainNginx = hasNginx() ? await startPlainNginx(articleHtml, ports.plain).catch((error: unknown) => message(error)) : "n/a (no /usr/sbin/nginx)";
    try {
      const plainUrl = typeof plainNginx === "string" ? undefined : plainNginx.url;
      const { plain, article, home } = await withServer(serveStaticCopy(ports.staticCopy, site.env, path.join(site.workDir, "serve-static.log")), ({ origin }) => loadInTurns(origin, plainUrl, site, load, rounds));
      const share = (figures: Throughput) => (plain ? figures.requestsPerSecond / plain.requestsPerSecond : Number.NaN);
      const note = (figures: Throughput) => `${(share(figures) * 100).toFixed(0)}% of the plain file`;
      return [
        { server: plainServer, page: `gzip_static, mean of ${rounds} loads`, figures: plain ?? `failed: ${String(plainNginx)}` },
        { server, page: `article page, mean of ${rounds} loads`, figures: article, target: `≥ ${SHARE_OF_PLAIN_FILE * 100}% of the plain file`, judge: (f) => ({ met: share(f) >= SHARE_OF_PLAIN_FILE && clean(f), note: note(f) }) },
        { server, page: "home page", figures: home, judge: (f) => ({ met: clean(f), note: note(f) }), target: "0 errors" },
      ];
    } finally {
      if (typeof plainNginx !== "string") await plainNginx.server.stop();
    }
  } catch (error) {
    return failed(`failed: ${message(error)}`);
  } finally {
    // out/ is a build output: left holding the bench's articles if it was there (npm run
    // build:static makes it again), removed if the bench made it.
    if (!hadOut) await rm("out", { recursive: true, force: true });
  }
}
