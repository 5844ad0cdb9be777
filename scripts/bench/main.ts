/**
 * `npm run bench`: for each size N, writes N generated articles into a temporary folder, builds
 * the site from it (cold, and warm at N = 1,000), serves it, and prints one Markdown table of
 * build time and memory, marginal cost per article, page weight and requests/s, saved as
 * bench/results-<date>.md. Options: see USAGE in options.ts. Ports: --port and the next two.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { writeBenchContent } from "../bench-content";
import { runCommand } from "../cli";
import { middleArticleSlug } from "./article-path";
import { runBuild, type BuildRun } from "./build";
import { pageSizes } from "./page-sizes";
import { pageTimeline } from "./page-timeline";
import { killAllGroups } from "./process-group";
import { parseBenchOptions, type BenchOptions } from "./options";
import { guardProjectFiles } from "./project-files";
import { markdownTable, reportRows, type LoadResult, type SizeResult } from "./report";
import { measurePhotoPage, photoPageTable } from "./photo-page";
import { measurePhotoWork, photoWorkTable } from "./photo-work";
import { measureNext, measureNginx, type Site } from "./serve-measures";
import { loadTool } from "./throughput";

const files = guardProjectFiles();
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";

async function build(size: number, kind: string, env: Record<string, string>, workDir: string): Promise<BuildRun> {
  console.log(`N = ${size}: ${kind} build (load average ${load1()}) …`);
  try {
    return await runBuild(env, path.join(workDir, `build-${kind}.log`));
  } finally {
    files.restore();
  }
}

async function tail(file: string): Promise<string> {
  return (await readFile(file, "utf8").catch(() => "")).trimEnd().split("\n").slice(-25).join("\n");
}

async function benchSize(size: number, options: BenchOptions, plan: { warm: boolean; weigh: boolean; load: boolean }, loads: LoadResult[]): Promise<SizeResult> {
  const generated = performance.now();
  const root = await writeBenchContent(size, path.resolve("public"));
  const generateSeconds = (performance.now() - generated) / 1000;
  const distDir = `.next-bench-${size}`;
  const env = { CONTENT_DIR: path.join(root, "content"), PUBLIC_DIR: path.join(root, "public"), NEXT_DIST_DIR: distDir };
  const result: SizeResult = { size, generateSeconds };
  try {
    await rm(distDir, { recursive: true, force: true });
    result.cold = await build(size, "cold", env, root);
    if (!result.cold.ok) {
      console.error(`N = ${size}: the build failed; the end of ${result.cold.logFile}:\n${await tail(result.cold.logFile)}`);
      return result;
    }
    result.pages = await pageSizes(distDir);
    result.timeline = await pageTimeline(distDir);
    if (plan.warm) result.warm = await build(size, "warm", env, root);
    if (plan.weigh) {
      const site: Site = { env, articlePath: `/articles/${await middleArticleSlug(env.CONTENT_DIR, env.PUBLIC_DIR)}`, workDir: root };
      const settings = plan.load ? { connections: options.connections, seconds: options.duration } : undefined;
      console.log(`N = ${size}: serving with next start${settings ? `, ${options.duration} s of ${options.connections} connections per page (${loadTool})` : ""} …`);
      const next = await measureNext(site, options.port, settings).catch(async (error: unknown) => {
        console.error(`N = ${size}: ${error instanceof Error ? error.message : String(error)}; the end of its log:\n${await tail(path.join(root, "next-start.log"))}`);
        return undefined;
      });
      result.weights = next?.weights;
      loads.push(...(next?.loads ?? []));
      if (settings && next) {
        console.log(`N = ${size}: nginx …`);
        loads.push(...(await measureNginx(site, next.articleHtml, { plain: options.port + 1, staticCopy: options.port + 2 }, settings)));
        files.restore();
      }
    }
    return result;
  } finally {
    if (options.keep) console.log(`N = ${size}: kept ${root} and ${distDir}`);
    else await Promise.all([rm(root, { recursive: true, force: true }), rm(distDir, { recursive: true, force: true })]);
  }
}

function header(options: BenchOptions, started: { date: string; load: string }): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return [
    `# npm run bench, ${started.date}`,
    "",
    `${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}; ` +
      `load average ${started.load} at the start and ${load1()} at the end (the machine may be shared: CPU time moves less than wall time). ` +
      `Sizes ${options.sizes.join(", ")}; loads of ${options.duration} s, ${options.connections} connections, gzip accepted, by ${loadTool} on loopback after a warm-up. ` +
      "Weights are bytes on the wire (gzipped where served gzipped), headers excluded; fonts are the preloaded ones.",
  ].join("\n");
}

runCommand(async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(options);
    return 1;
  }
  const started = { date: new Date().toISOString().slice(0, 10), load: load1() };
  const { sizes } = options;
  const smallest = sizes[0];
  const largest = sizes.at(-1);
  const warmSize = sizes.includes(1000) ? 1000 : sizes[Math.floor(sizes.length / 2)];
  const results: SizeResult[] = [];
  const loads: LoadResult[] = [];
  const interrupted = () => {
    killAllGroups();
    files.restore();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  for (const size of sizes) {
    const weigh = !options.skipServe && (size === smallest || size === largest);
    results.push(await benchSize(size, options, { warm: size === warmSize, weigh, load: weigh && size === largest }, loads));
  }
  const table = markdownTable(reportRows(results, loads, options.skipServe ? undefined : largest));
  console.log("Picture work at build time, and the eight-photo article …");
  const photos = `${photoWorkTable(await measurePhotoWork())}\n\n${photoPageTable(await measurePhotoPage(options.port + 3))}`;
  const report = `${header(options, started)}\n\n${table}\n\n${photos}\n`;
  await mkdir("bench", { recursive: true });
  const file = path.join("bench", `results-${started.date}.md`);
  await writeFile(file, report);
  console.log(`\n${report}\nSaved as ${file}.`);
  return results.every((result) => result.cold?.ok) ? 0 : 1;
});
