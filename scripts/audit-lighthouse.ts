/**
 * `npm run audit:lighthouse [-- <site url>] [--photos <url>]`: Lighthouse's four category scores
 * (default mobile settings) for the home page and the newest article of the sample journal, and
 * for issue 17's eight-photo article (scripts/large-photo-journal.ts), as a table with LCP, CLS,
 * TBT and the machine's load average. A URL names a server already running; without one the script
 * builds that site (plain `next build`, the journal into .next, the eight-photo journal into
 * .next-hostile, one after the other) and serves it as `npm run serve` does (plain `next start`) on
 * AUDIT_PORT (default 3390) and the port after it, then stops the servers. Each page is audited
 * three times and the run with the median performance score is reported, as Lighthouse's
 * documentation advises: one run on a shared machine varies by several points. Exits 1 when
 * Accessibility, Best Practices or SEO is below 100 on any page; Performance, which follows the
 * machine's load, is reported.
 */
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { contentDir, publicDir } from "@/lib/content/collection";
import { loadCollection } from "@/lib/content/load";
import { writeLargePhotoPublicDir } from "./large-photo-fixture";
import { LARGE_PHOTO_JOURNAL } from "./large-photo-journal";
import { buildArguments, nextStartArguments } from "./next-commands";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const mustBePerfect = ["accessibility", "best-practices", "seo"] as const;
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RUNS = 3;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn(command, args, { stdio: "inherit", env }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

type Server = { base: string; stop: () => void };

/** A production server: the one at `given`, or one this script builds with `env` and starts on `port`. */
async function productionServer(given: string | undefined, port: number, env: Record<string, string> = {}): Promise<Server> {
  if (given) return { base: given.replace(/\/+$/, ""), stop: () => {} };
  const base = `http://127.0.0.1:${port}`;
  // Canonical URLs, feeds and social images must point at the server being audited.
  const serverEnv = { ...process.env, ...env, SITE_URL: base };
  await run(process.execPath, [...buildArguments], serverEnv);
  const server = spawn(process.execPath, nextStartArguments(port), { stdio: "inherit", env: serverEnv });
  await waitFor(base, 60_000);
  return { base, stop: () => server.kill() };
}

/** The eight-photo journal: its photos drawn first (kept from an earlier run), then built like the e2e suite's. */
async function largePhotoServer(given: string | undefined, port: number): Promise<Server> {
  const { contentDir, publicDir, distDir } = LARGE_PHOTO_JOURNAL;
  if (!given) await writeLargePhotoPublicDir(contentDir, publicDir);
  return productionServer(given, port, { NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir });
}

async function newestArticlePath(): Promise<string> {
  const { articles } = await loadCollection({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false });
  const newest = articles[0];
  if (!newest) throw new Error("there is no published article to audit");
  return `/articles/${newest.slug}`;
}

const percent = (score: number | null | undefined) => (score === null || score === undefined ? "n/a" : String(Math.round(score * 100)));

type Report = { path: string; version: string; performance: number; scores: string[]; metrics: string[]; benchmarkIndex: string; shortfalls: string[]; perfect: boolean };

/** The metrics the issue names, precise enough to compare with its limits (LCP under 1.5 s). */
const metrics = {
  "largest-contentful-paint": (value: number) => `${(value / 1000).toFixed(2)} s`,
  "cumulative-layout-shift": (value: number) => value.toFixed(3),
  "total-blocking-time": (value: number) => `${Math.round(value)} ms`,
} as const;

async function audit(base: string, path: string, port: number): Promise<Report> {
  const result = await lighthouse(`${base}${path}`, { port, output: "json", logLevel: "error", onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
  // The audits that cost points, so a score below 100 says what to fix.
  const shortfalls = categories.flatMap((id) => {
    const category = lhr.categories[id];
    return (category?.auditRefs ?? []).flatMap((ref) => {
      const result = lhr.audits[ref.id];
      return ref.weight > 0 && result?.score !== null && result?.score !== undefined && result.score < 1
        ? [`${path}  ${category?.title}: ${result.title} (${percent(result.score)})`]
        : [];
    });
  });
  return {
    path,
    version: lhr.lighthouseVersion,
    performance: lhr.categories.performance?.score ?? 0,
    scores: categories.map((id) => percent(lhr.categories[id]?.score)),
    metrics: Object.entries(metrics).map(([id, format]) => {
      const value = lhr.audits[id]?.numericValue;
      return value === undefined ? "n/a" : format(value);
    }),
    // Lighthouse's own CPU benchmark of this machine at the time of the run: it falls as the load rises.
    benchmarkIndex: String(Math.round(lhr.environment.benchmarkIndex)),
    shortfalls,
    perfect: mustBePerfect.every((id) => lhr.categories[id]?.score === 1),
  };
}

function table(reports: readonly Report[]): string {
  const rows = [["page", "Performance", "Accessibility", "Best Practices", "SEO", "LCP", "CLS", "TBT", "CPU index"], ...reports.map((report) => [report.path, ...report.scores, ...report.metrics, report.benchmarkIndex])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")).join("\n");
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { photos: { type: "string" } } });
const port = Number(process.env.AUDIT_PORT ?? 3390);
const load = () => loadavg().map((value) => value.toFixed(1)).join(", ");
const started = load();
// One build at a time: the machine is shared, and two builds at once slow both.
const servers: Server[] = [];
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  const site = await productionServer(positionals[0], port);
  servers.push(site);
  const photos = await largePhotoServer(values.photos, port + 1);
  servers.push(photos);
  const pages = [
    { base: site.base, path: "/" },
    { base: site.base, path: await newestArticlePath() },
    { base: photos.base, path: LARGE_PHOTO_JOURNAL.article },
  ];
  chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags });
  const auditsStarted = load();
  const reports: Report[] = [];
  for (const { base, path } of pages) {
    const runs: Report[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await audit(base, path, chrome.port));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor(RUNS / 2)];
    if (!median) throw new Error(`no Lighthouse run for ${path}`);
    console.log(`${path}: performance ${runs.map((report) => percent(report.performance)).join(", ")}, LCP ${runs.map((report) => report.metrics[0]).join(", ")}, TBT ${runs.map((report) => report.metrics[2]).join(", ")}, CPU index ${runs.map((report) => report.benchmarkIndex).join(", ")} in ${RUNS} runs`);
    reports.push(median);
  }
  console.log(`\nLighthouse ${reports[0]?.version} (default mobile settings), median of ${RUNS} runs; load average (1, 5, 15 min) ${started} at the start, ${auditsStarted} when the audits began, ${load()} at the end\n\n${table(reports)}`);
  const shortfalls = reports.flatMap((report) => report.shortfalls);
  if (shortfalls.length > 0) console.log(`\nAudits below 100:\n${shortfalls.map((line) => `  ${line}`).join("\n")}`);
  if (!reports.every((report) => report.perfect)) process.exitCode = 1;
} finally {
  chrome?.kill();
  for (const server of servers) server.stop();
}
