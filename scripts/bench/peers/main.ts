/**
 * `npm run bench:peers`: issue 15's performance floor, side by side with the Next.js blog starter
 * and Astro's blog template in one run (PEERS_DIR; docs/benchmarks.md says how to make them). The
 * same generated articles go into all three; cold builds run interleaved (this site, the starter,
 * this site again, Astro, --rounds times) so that each comparison shares the machine's conditions;
 * then one build of each at the large size (peak memory, marginal cost), plain `next start` of this
 * site and the starter loaded in turns, and the static copy under nginx. Saves
 * bench/results-<date>-<hhmm>.md.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { benchArticles, writeBenchContent } from "../../bench-content";
import { runCommand } from "../../cli";
import { middleArticleSlug } from "../article-path";
import type { BuildRun } from "../build";
import { pageSizes } from "../page-sizes";
import { IMAGE_VARIANT, pageTimeline } from "../page-timeline";
import { killAllGroups } from "../process-group";
import { guardProjectFiles } from "../project-files";
import { markdownTable } from "../report";
import { measureNginx } from "../serve-measures";
import { loadTool } from "../throughput";
import { buildAstro, buildOurs, buildStarter } from "./peer-builds";
import { peerDirs, type PeerDirs } from "./peer-dirs";
import { parsePeerBenchOptions, type PeerBenchOptions } from "./peer-options";
import { peerRows, type PeerResults } from "./peer-report";
import { oursArticleWeight, serveSideBySide } from "./peer-serve";
import { serveStarterFonts } from "./starter-fonts";
import { writePeerContent } from "./write-peer-content";

const DIST_DIR = ".next-bench-peers";
const files = guardProjectFiles();
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";

type Run = { options: PeerBenchOptions; peers: PeerDirs; work: string; mockFile: string };
type Journal = { env: { CONTENT_DIR: string; PUBLIC_DIR: string; NEXT_DIST_DIR: string }; slug: string; size: number };

/** The same `size` articles for this site (a temporary folder) and in each peer's content folder. */
async function writeJournals(size: number, { peers, work }: Run): Promise<Journal> {
  console.log(`N = ${size}: writing the articles for all three …`);
  const root = await writeBenchContent(size, path.resolve("public"), { root: path.join(work, `journal-${size}`) });
  await writePeerContent(benchArticles(size), peers, path.resolve("public"));
  const env = { CONTENT_DIR: path.join(root, "content"), PUBLIC_DIR: path.join(root, "public"), NEXT_DIST_DIR: DIST_DIR };
  return { env, slug: await middleArticleSlug(env.CONTENT_DIR, env.PUBLIC_DIR), size };
}

async function timed(what: string, journal: Journal, build: (logFile: string) => Promise<BuildRun>, { work }: Run): Promise<BuildRun> {
  console.log(`N = ${journal.size}: ${what} (load average ${load1()}) …`);
  const logFile = path.join(work, `${what.replaceAll(/\W+/g, "-")}-${journal.size}.log`);
  try {
    const run = await build(logFile);
    console.log(`  ${run.ok ? `${run.wallSeconds.toFixed(1)} s, peak ${(run.peakRssBytes / 1e9).toFixed(2)} GB` : `FAILED: see ${logFile}`}`);
    return run;
  } finally {
    files.restore();
  }
}

function builders(journal: Journal, run: Run) {
  return {
    ours: (label: string) => timed(`this site ${label}`, journal, (log) => buildOurs(journal.env, log), run),
    starter: (label: string) => timed(`blog starter ${label}`, journal, (log) => buildStarter(run.peers.starter, run.mockFile, log), run),
    astro: (label: string) => timed(`Astro ${label}`, journal, (log) => buildAstro(run.peers.astro, log), run),
  };
}

/** Saves the report as it stands: a run stopped half-way still leaves every figure it measured. */
type Save = (results: PeerResults, done: string) => Promise<void>;

async function interleavedRound(round: number, journal: Journal, run: Run, results: PeerResults, save: Save): Promise<void> {
  const build = builders(journal, run);
  const ours = await build.ours(`round ${round}`);
  const starter = await build.starter(`round ${round}`);
  const oursAgain = await build.ours(`round ${round} again`);
  results.rounds.push({ ours, starter, oursAgain, astro: await build.astro(`round ${round}`) });
  await save(results, `everything up to round ${round} of ${run.options.rounds} of the cold builds at N = ${journal.size}`);
}

/**
 * The phases, ordered so that a run stopped early still covers every target: the first round of
 * interleaved cold builds, plain `next start` side by side, the large builds (peak memory, marginal
 * cost) and this site's page at the large size, then the other rounds, and last the static copy
 * under nginx (one more build). Each saves the report as it ends.
 */
async function measure(run: Run, save: Save): Promise<PeerResults> {
  const { options } = run;
  let small = await writeJournals(options.size, run);
  const results: PeerResults = { size: options.size, rounds: [] };
  await interleavedRound(1, small, run, results, save);
  results.pages = await pageSizes(DIST_DIR);
  results.imageVariants = (await pageTimeline(DIST_DIR)).find(({ kind }) => kind === IMAGE_VARIANT);
  const load = { connections: options.connections, seconds: options.duration };
  const last = results.rounds.at(-1);
  const serve = !options.skipServe && last?.oursAgain.ok === true && last.starter.ok;
  const sides = { oursEnv: small.env, slug: small.slug, starterDir: run.peers.starter, port: options.port, workDir: run.work };
  const served = serve ? await serveSideBySide(sides, load) : undefined;
  if (served) {
    results.weights = served.weights;
    results.loads = served.loads;
    await save(results, `round 1 and plain next start side by side at N = ${small.size}`);
  }
  const large = await writeJournals(options.largeSize, run);
  const build = builders(large, run);
  const ours = await build.ours("large");
  results.large = { size: large.size, ours, starter: await build.starter("large"), astro: await build.astro("large"), pages: await pageSizes(DIST_DIR) };
  if (served && ours.ok && results.weights) results.weights.oursLarge = await oursArticleWeight({ ...sides, oursEnv: large.env, slug: large.slug });
  await save(results, `round 1, next start side by side and the builds at N = ${large.size}`);
  if (options.rounds > 1) small = await writeJournals(options.size, run);
  for (let round = 2; round <= options.rounds; round += 1) await interleavedRound(round, small, run, results, save);
  if (served) {
    console.log(`N = ${small.size}: the static copy under nginx …`);
    results.nginx = await measureNginx({ env: small.env, articlePath: `/articles/${small.slug}`, workDir: run.work }, served.articleHtml, { plain: options.port + 2, staticCopy: options.port + 3 }, load);
    files.restore();
  }
  return results;
}

function header(options: PeerBenchOptions, started: { date: string; load: string }, done: string): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return [
    `# npm run bench:peers, ${started.date}`,
    "",
    `${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}. ` +
      `**A loaded machine**: it was shared with other work during the run (load average ${started.load} at the start, ${load1()} at the end), so wall times are slower than on a quiet machine and drift; ` +
      `the builds ran interleaved (this site, the blog starter, this site again, Astro; ${options.rounds === 1 ? "one round" : `${options.rounds} rounds`}) so that each comparison shares the same conditions, and CPU times are given beside wall times. ` +
      `Cold builds of ${options.size.toLocaleString("en-GB")} articles, then one of each at ${options.largeSize.toLocaleString("en-GB")} (peak = summed RSS of the build's whole process tree); caches outside a build's output (Astro's resized images) are kept, as ISSUE-NOTES asks for image caches. ` +
      `Loads of ${options.duration} s, ${options.connections} connections, gzip accepted, by ${loadTool} on loopback after a warm-up. Peers: docs/benchmarks.md.`,
    "",
    done === "all" ? "The run finished every phase." : `**Partial**: the run had finished ${done} when this was saved; the rows below are what it measured.`,
  ].join("\n");
}

runCommand(async () => {
  const options = parsePeerBenchOptions(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(options);
    return 1;
  }
  const peers = peerDirs(process.env.PEERS_DIR);
  if (typeof peers === "string") {
    console.error(peers);
    return 1;
  }
  const now = new Date().toISOString();
  const started = { date: now.slice(0, 10), load: load1() };
  const work = await mkdtemp(path.join(tmpdir(), "journal-peers-"));
  const fonts = await serveStarterFonts(peers.starter, options.port + 4, work);
  const stopAll = () => {
    killAllGroups();
    files.restore();
    process.exit(130);
  };
  process.once("SIGINT", stopAll);
  process.once("SIGTERM", stopAll);
  // The time in the name: a second run on the same day must not overwrite the first's figures.
  const file = path.join("bench", `results-${started.date}-${now.slice(11, 16).replace(":", "")}.md`);
  const save: Save = async (results, done) => {
    await mkdir("bench", { recursive: true });
    await writeFile(file, `${header(options, started, done)}\n\n${markdownTable(peerRows(results))}\n`);
    console.log(`Saved ${file} (${done === "all" ? "complete" : `after ${done}`}).`);
  };
  try {
    const results = await measure({ options, peers, work, mockFile: fonts.mockFile }, save);
    await save(results, "all");
    console.log(`\n${markdownTable(peerRows(results))}`);
    return results.rounds.every((round) => Object.values(round).every((run) => run.ok)) ? 0 : 1;
  } finally {
    await fonts.stop();
    files.restore();
    if (options.keep) console.log(`Kept ${work} (logs, journals) and ${DIST_DIR}.`);
    else await Promise.all([rm(work, { recursive: true, force: true }), rm(DIST_DIR, { recursive: true, force: true })]);
  }
});
