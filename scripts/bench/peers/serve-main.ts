/**
 * `npm run bench:serve`: issue 15's serving floor alone, in a quarter of an hour instead of
 * `bench:peers`' hour. One small journal (`--size`, 100 articles: the article page's cost does not
 * depend on N) is built for this site and for the Next.js blog starter (PEERS_DIR/blog-starter);
 * both are served by plain `next start` and their same article loaded in turns; then the static
 * copy under nginx against nginx serving the article's bytes as a plain file. Saves
 * bench/serve-<date>-<hhmm>.md, each load with the load average it ran at.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { benchArticles, writeBenchContent } from "../../bench-content";
import { runCommand } from "../../cli";
import { middleArticleSlug } from "../article-path";
import type { BuildRun } from "../build";
import { killAllGroups } from "../process-group";
import { guardProjectFiles } from "../project-files";
import { markdownTable, loadRows, type Row } from "../report";
import { measureNginx } from "../serve-measures";
import { loadTool } from "../throughput";
import { buildOurs, buildStarter } from "./peer-builds";
import { peerDir } from "./peer-dirs";
import { parseServeBenchOptions, type ServeBenchOptions } from "./peer-options";
import { startRows, weightRows } from "./peer-report";
import { serveSideBySide, type Served } from "./peer-serve";
import { serveStarterFonts } from "./starter-fonts";
import { writeStarterContent } from "./write-peer-content";

const DIST_DIR = ".next-bench-serve";
const files = guardProjectFiles();
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function buildRow(what: string, run: BuildRun): Row {
  return { measure: `build for this run: ${what}`, value: run.ok ? `${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s` : `FAILED: see ${run.logFile}`, target: "" };
}

function htmlRow(served: Served): Row {
  return { measure: "the article's HTML as served, uncompressed", value: `this site ${kb(served.articleHtml.length)}, the blog starter ${kb(served.starterHtml.length)}`, target: "" };
}

function header(options: ServeBenchOptions, started: { date: string; time: string; load: string }): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return [
    `# npm run bench:serve, ${started.date} ${started.time} UTC`,
    "",
    `${availableParallelism()} CPUs (${cpu}), Node.js ${process.version}, a machine shared with other work (load average ${started.load} at the start, ${load1()} at the end; each load gives its own). ` +
      `${options.size.toLocaleString("en-GB")} generated articles, the same bodies in both sites. Plain \`next start\` of each, no preload, no flags, both running at once; ` +
      `the same article loaded ${options.turns} times each, this site and the starter in turns, ${options.duration} s and ${options.connections} connections a load, gzip accepted, by ${loadTool} on loopback after a warm-up. ` +
      `Then the static copy under nginx against nginx serving the article's bytes as a plain file (gzip_static), ${options.turns} loads each in turns. Peers: docs/benchmarks.md.`,
  ].join("\n");
}

runCommand(async () => {
  const options = parseServeBenchOptions(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(options);
    return 1;
  }
  const starter = peerDir(process.env.PEERS_DIR, "starter");
  if (typeof starter !== "string") {
    console.error(starter.missing);
    return 1;
  }
  const now = new Date().toISOString();
  const started = { date: now.slice(0, 10), time: now.slice(11, 16), load: load1() };
  const work = await mkdtemp(path.join(tmpdir(), "journal-serve-"));
  const fonts = await serveStarterFonts(starter, options.port + 4, work);
  const stopAll = () => {
    killAllGroups();
    files.restore();
    process.exit(130);
  };
  process.once("SIGINT", stopAll);
  process.once("SIGTERM", stopAll);
  try {
    console.log(`writing ${options.size} articles for both …`);
    const root = await writeBenchContent(options.size, path.resolve("public"), { root: path.join(work, "journal") });
    await writeStarterContent(benchArticles(options.size), starter, path.resolve("public"));
    const env = { CONTENT_DIR: path.join(root, "content"), PUBLIC_DIR: path.join(root, "public"), NEXT_DIST_DIR: DIST_DIR };
    const slug = await middleArticleSlug(env.CONTENT_DIR, env.PUBLIC_DIR);
    console.log(`building this site (load average ${load1()}) …`);
    const ours = await buildOurs(env, path.join(work, "build-ours.log"));
    files.restore();
    console.log(`building the blog starter (load average ${load1()}) …`);
    const theirs = await buildStarter(starter, fonts.mockFile, path.join(work, "build-starter.log"));
    const rows: Row[] = [buildRow("this site (npm run build)", ours), buildRow("Next.js blog starter (next build)", theirs)];
    if (ours.ok && theirs.ok) {
      const load = { connections: options.connections, seconds: options.duration };
      const served = await serveSideBySide({ oursEnv: env, slug, starterDir: starter, port: options.port, workDir: work }, load, options.turns);
      rows.push(...weightRows({ size: options.size, weights: served.weights }), htmlRow(served), ...startRows(options.size, served.loads));
      console.log(`the static copy under nginx (load average ${load1()}) …`);
      const nginx = await measureNginx({ env, articlePath: `/articles/${slug}`, workDir: work }, served.articleHtml, { plain: options.port + 2, staticCopy: options.port + 3 }, load, options.turns);
      files.restore();
      rows.push(...loadRows(nginx, options.size));
    }
    const file = path.join("bench", `serve-${started.date}-${started.time.replace(":", "")}.md`);
    await mkdir("bench", { recursive: true });
    await writeFile(file, `${header(options, started)}\n\n${markdownTable(rows)}\n`);
    console.log(`\n${markdownTable(rows)}\n\nSaved ${file}.`);
    return ours.ok && theirs.ok ? 0 : 1;
  } finally {
    await fonts.stop();
    files.restore();
    if (options.keep) console.log(`Kept ${work} (logs, journal) and ${DIST_DIR}.`);
    else await Promise.all([rm(work, { recursive: true, force: true }), rm(DIST_DIR, { recursive: true, force: true })]);
  }
});
