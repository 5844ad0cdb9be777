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

async function staticCopyLoads(site: Site, port: number, load: LoadSettings, plain: Throughput | undefined): Promise<LoadResult[]> {
  const server = "nginx, static copy";
  const hadOut = existsSync("out");
  try {
    if (!(await buildStaticCopy(site.env, path.join(site.workDir, "build-static.log")))) {
      return ["article page", "home page"].map((page) => ({ server, page, figures: `n/a (npm run build:static failed; see ${path.join(site.workDir, "build-static.log")})` }));
    }
    return await withServer(serveStaticCopy(port, site.env, path.join(site.workDir, "serve-static.log")), async ({ origin }) => {
      const share = (figures: Throughput) => (plain ? figures.requestsPerSecond / plain.requestsPerSecond : Number.NaN);
      const note = (figures: Throughput) => `${(share(figures) * 100).toFixed(0)}% of the plain file`;
      const article = await measureThroughput(`${origin}${site.articlePath}`, load);
      const home = await measureThroughput(`${origin}/`, load);
      return [
        { server, page: "article page", figures: article, target: `≥ ${SHARE_OF_PLAIN_FILE * 100}% of the plain file`, judge: (f) => ({ met: share(f) >= SHARE_OF_PLAIN_FILE && clean(f), note: note(f) }) },
        { server, page: "home page", figures: home, judge: (f) => ({ met: clean(f), note: note(f) }), target: "0 errors" },
      ];
    });
  } finally {
    // out/ is a build output: left holding the bench's articles if it was there (npm run
    // build:static makes it again), removed if the bench made it.
    if (!hadOut) await rm("out", { recursive: true, force: true });
  }
}

/**
 * Debian's nginx serving a plain file with the article page's bytes (the ceiling), then the
 * static copy under nginx.
 */
export async function measureNginx(site: Site, articleHtml: Buffer, ports: { plain: number; staticCopy: number }, load: LoadSettings): Promise<LoadResult[]> {
  let plain: Throughput | undefined;
  const loads: LoadResult[] = [];
  const server = `nginx, plain file of the article's ${(articleHtml.length / 1000).toFixed(1)} KB`;
  if (hasNginx()) {
    try {
      plain = await withServer(startPlainNginx(articleHtml, ports.plain).then(({ server: started, url }) => ({ ...started, url })), (started) => measureThroughput(started.url, load));
      loads.push({ server, page: "gzip_static", figures: plain });
    } catch (error) {
      loads.push({ server, page: "gzip_static", figures: `failed: ${message(error)}` });
    }
  } else {
    loads.push({ server, page: "gzip_static", figures: "n/a (no /usr/sbin/nginx)" });
  }
  const staticCopy = await staticCopyLoads(site, ports.staticCopy, load, plain).catch((error: unknown) =>
    ["article page", "home page"].map((page) => ({ server: "nginx, static copy", page, figures: `failed: ${message(error)}` })),
  );
  return [...loads, ...staticCopy];
}
