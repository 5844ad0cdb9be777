/**
 * `npm run audit:lighthouse [base-url]`: Lighthouse's four category scores for the home page
 * and the newest article of a production build, as a table. Without a base URL it builds the
 * site (`npm run build`, into .next) and serves it as `npm run serve` does (plain `next start`)
 * on AUDIT_PORT (default 3390), then stops the server. Each page is audited three times and the run with the median performance score is
 * reported, as Lighthouse's documentation advises: one run on a shared machine varies by several
 * points. Exits 1 when SEO or Best Practices is below 100 on either page.
 */
import { spawn } from "node:child_process";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { contentDir, publicDir } from "@/lib/content/collection";
import { loadCollection } from "@/lib/content/load";
import { buildArguments, nextStartArguments } from "./next-commands";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const mustBePerfect = ["best-practices", "seo"] as const;
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

/** A production server for `base`: the one given, or one this script builds and starts. */
async function productionServer(given: string | undefined): Promise<{ base: string; stop: () => void }> {
  if (given) return { base: given.replace(/\/+$/, ""), stop: () => {} };
  const port = process.env.AUDIT_PORT ?? "3390";
  const base = `http://127.0.0.1:${port}`;
  // Canonical URLs, feeds and social images must point at the server being audited.
  const env = { ...process.env, SITE_URL: base };
  await run(process.execPath, [...buildArguments], env);
  const server = spawn(process.execPath, nextStartArguments(port), { stdio: "inherit", env });
  await waitFor(base, 60_000);
  return { base, stop: () => server.kill() };
}

async function newestArticlePath(): Promise<string> {
  const { articles } = await loadCollection({ contentDir: contentDir(), publicDir: publicDir(), now: new Date(), includeUnpublished: false });
  const newest = articles[0];
  if (!newest) throw new Error("there is no published article to audit");
  return `/articles/${newest.slug}`;
}

const percent = (score: number | null | undefined) => (score === null || score === undefined ? "n/a" : String(Math.round(score * 100)));

type Report = { path: string; version: string; performance: number; scores: string[]; metrics: string[]; shortfalls: string[]; perfect: boolean };

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
    shortfalls,
    perfect: mustBePerfect.every((id) => lhr.categories[id]?.score === 1),
  };
}

function table(reports: readonly Report[]): string {
  const rows = [["page", "Performance", "Accessibility", "Best Practices", "SEO", "LCP", "CLS", "TBT"], ...reports.map((report) => [report.path, ...report.scores, ...report.metrics])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")).join("\n");
}

const { base, stop } = await productionServer(process.argv[2]);
const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags });
try {
  const reports: Report[] = [];
  for (const path of ["/", await newestArticlePath()]) {
    const runs: Report[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await audit(base, path, chrome.port));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor(RUNS / 2)];
    if (!median) throw new Error(`no Lighthouse run for ${path}`);
    console.log(`${path}: performance ${runs.map((report) => percent(report.performance)).join(", ")}, LCP ${runs.map((report) => report.metrics[0]).join(", ")} in ${RUNS} runs`);
    reports.push(median);
  }
  console.log(`\nLighthouse ${reports[0]?.version} (default mobile settings) on ${base}, median of ${RUNS} runs\n\n${table(reports)}`);
  const shortfalls = reports.flatMap((report) => report.shortfalls);
  if (shortfalls.length > 0) console.log(`\nAudits below 100:\n${shortfalls.map((line) => `  ${line}`).join("\n")}`);
  if (!reports.every((report) => report.perfect)) process.exitCode = 1;
} finally {
  chrome.kill();
  stop();
}
