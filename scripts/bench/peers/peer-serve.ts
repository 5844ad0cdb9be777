import { loadavg } from "node:os";
import path from "node:path";
import { startCommand, type Server } from "../server";
import { measureThroughput, type LoadSettings, type Throughput } from "../throughput";
import { pageHtml, pageWeight, type PageWeight } from "../weight";

/**
 * Plain `next start` of the project in `dir` on loopback: no preload, no flags, as every Next.js
 * host runs it (this site with its env: CONTENT_DIR, PUBLIC_DIR, NEXT_DIST_DIR).
 */
export function startPlainNext(dir: string, port: number, env: Record<string, string>, logFile: string): Promise<Server> {
  const args = ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)];
  return startCommand(process.execPath, args, `http://127.0.0.1:${port}`, "/", { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile, dir);
}

/** This site (built with `oursEnv`) on `port`, the starter on the next port; the same article on both. */
export type SideBySide = { oursEnv: Record<string, string>; slug: string; starterDir: string; port: number; workDir: string };

async function withServer<T>(start: Promise<Server>, measure: (server: Server) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

/** What serving both measured: first-visit weights, the loads in the order they ran, and each article's HTML as served (uncompressed). */
export type Served = { weights: { ours: PageWeight; starter: PageWeight }; loads: { ours: Throughput[]; starter: Throughput[] }; articleHtml: Buffer; starterHtml: Buffer };

/**
 * Both sites under plain `next start` at once: the article's first-visit weight on each, then
 * loads of it, this site and the starter in turns (`turns` each), so both meet the same moments of
 * a shared machine.
 */
export function serveSideBySide(sides: SideBySide, load: LoadSettings, turns = 2): Promise<Served> {
  const log = (name: string) => path.join(sides.workDir, `next-start-${name}.log`);
  return withServer(startPlainNext(process.cwd(), sides.port, sides.oursEnv, log("ours")), (ours) =>
    withServer(startPlainNext(sides.starterDir, sides.port + 1, {}, log("starter")), async (starter) => {
      const urls = { ours: `${ours.origin}/articles/${sides.slug}`, starter: `${starter.origin}/posts/${sides.slug}` };
      const weights = { ours: await pageWeight(urls.ours), starter: await pageWeight(urls.starter) };
      const loads: { ours: Throughput[]; starter: Throughput[] } = { ours: [], starter: [] };
      for (let turn = 1; turn <= turns; turn += 1) {
        console.log(`  loads of the article, turn ${turn} of ${turns} (load average ${loadavg()[0]?.toFixed(1)}) …`);
        loads.ours.push(await measureThroughput(urls.ours, load));
        loads.starter.push(await measureThroughput(urls.starter, load));
      }
      return { weights, loads, articleHtml: await pageHtml(urls.ours), starterHtml: await pageHtml(urls.starter) };
    }),
  );
}

/** This site's article weight alone (at another size, to see that pages stay flat in N). */
export function oursArticleWeight(sides: SideBySide): Promise<PageWeight> {
  return withServer(startPlainNext(process.cwd(), sides.port, sides.oursEnv, path.join(sides.workDir, "next-start-ours-large.log")), (ours) => pageWeight(`${ours.origin}/articles/${sides.slug}`));
}
