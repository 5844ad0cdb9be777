import type { BuildRun } from "./build";
import { HTML_LIMIT_BYTES, type PageSizes } from "./page-sizes";
import type { KindTiming } from "./page-timeline";
import type { Throughput } from "./throughput";
import type { PageWeight } from "./weight";

export type SizeResult = {
  size: number;
  generateSeconds: number;
  cold?: BuildRun;
  warm?: BuildRun;
  pages?: PageSizes;
  /** Cost per page of each kind in the cold build. */
  timeline?: KindTiming[];
  /** Article and home weights, when measured at this size. */
  weights?: { articlePath: string; article: PageWeight; home: PageWeight };
};

export type LoadResult = {
  server: string;
  page: string;
  /** The figures, or why there are none. */
  figures: Throughput | string;
  target?: string;
  /** Whether the figures meet the target, and a note (a comparison) to print beside them. */
  judge?: (figures: Throughput) => { met: boolean; note?: string };
};

export type Row = { measure: string; value: string; target: string; met?: boolean };

// The targets.
const COLD_1000_SECONDS = 45;
const PEAK_BYTES = 2e9;
const SLOPE_MS = 30;
const SLOPE_DRIFT = 0.2;
const WEIGHT_DRIFT = 0.05;
const ARTICLE_BYTES = 150_000;

const count = (n: number) => n.toLocaleString("en-GB");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const s = (seconds: number | undefined) => (seconds === undefined ? "?" : `${seconds.toFixed(1)} s`);
const percent = (ratio: number) => `${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)}%`;

function buildValue(run: BuildRun): string {
  const cpu = `, ${s(run.cpuSeconds)} CPU`;
  const { compileSeconds, typesSeconds, pagesSeconds, pages } = run.phases;
  const phases = `compile ${s(compileSeconds)}, TypeScript ${s(typesSeconds)}, ${pages === undefined ? "?" : count(pages)} pages in ${s(pagesSeconds)}`;
  const holders = run.peakProcesses.map(({ name, rssBytes }) => `${name} ${gb(rssBytes)}`).join(" + ");
  return run.ok ? `${s(run.wallSeconds)} wall${cpu}, peak ${gb(run.peakRssBytes)} RSS / ${gb(run.peakPssBytes)} PSS [${holders}] (${phases})` : `FAILED after ${s(run.wallSeconds)}: see ${run.logFile}`;
}

function buildRows(results: readonly SizeResult[]): Row[] {
  const largest = results.at(-1)?.size;
  return results.flatMap(({ size, generateSeconds, cold, warm, pages, timeline }) => {
    const rows: Row[] = [];
    if (cold) {
      const targets: string[] = [];
      let met: boolean | undefined;
      if (size === 1000) {
        targets.push(`< ${COLD_1000_SECONDS} s`);
        met = cold.ok && cold.wallSeconds < COLD_1000_SECONDS;
      }
      if (size === largest) {
        targets.push(`peak RSS < ${gb(PEAK_BYTES)}`);
        met = (met ?? true) && cold.ok && cold.peakRssBytes < PEAK_BYTES;
      }
      rows.push({ measure: `cold build, N = ${count(size)}`, value: `${buildValue(cold)}; content written in ${s(generateSeconds)}`, target: targets.join(", "), met });
    }
    if (timeline && timeline.length > 0) {
      const kinds = timeline.map(({ kind, files, msEach }) => `${kind} ${msEach.toFixed(1)} ms × ${count(files)}`).join(", ");
      rows.push({ measure: `cold build, N = ${count(size)}: wall time per prerendered page`, value: kinds, target: "" });
    }
    if (pages?.html) {
      const { route, bytes, files, overLimit } = pages.html;
      rows.push({
        measure: `largest HTML page, N = ${count(size)}`,
        value: `${route}: ${kb(bytes)} uncompressed; ${count(overLimit)} of ${count(files)} pages over ${kb(HTML_LIMIT_BYTES)}`,
        target: `every page < ${kb(HTML_LIMIT_BYTES)}`,
        met: overLimit === 0,
      });
    }
    if (pages?.rsc) {
      const { route, bytes } = pages.rsc;
      rows.push({ measure: `largest RSC payload (what a link prefetches), N = ${count(size)}`, value: `${route}: ${kb(bytes)} uncompressed`, target: "" });
    }
    if (warm && cold) {
      const share = cold.ok && warm.ok ? ` = ${((warm.wallSeconds / cold.wallSeconds) * 100).toFixed(0)}% of cold` : "";
      rows.push({ measure: `warm rebuild, N = ${count(size)} (same content and dist dir)`, value: `${buildValue(warm)}${share}`, target: "" });
    }
    return rows;
  });
}

/** Cost of each extra article between consecutive sizes, in ms: the later slopes must stay near the first. */
function slopeRows(results: readonly SizeResult[]): Row[] {
  const built = results.flatMap((result) => (result.cold?.ok ? [{ size: result.size, run: result.cold }] : []));
  const slopes = built.slice(1).flatMap((to, index) => {
    const from = built[index];
    if (!from) return [];
    const per = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : ((b - a) * 1000) / (to.size - from.size));
    return [{ from: from.size, to: to.size, wall: per(from.run.wallSeconds, to.run.wallSeconds) ?? 0, cpu: per(from.run.cpuSeconds, to.run.cpuSeconds) }];
  });
  const first = slopes[0];
  return slopes.map((slope, index) => {
    const cpu = slope.cpu === undefined ? "" : ` (CPU ${slope.cpu.toFixed(1)} ms)`;
    if (index === 0 || !first) return { measure: `marginal cost, ${count(slope.from)} → ${count(slope.to)}`, value: `${slope.wall.toFixed(1)} ms per article${cpu}`, target: `< ${SLOPE_MS} ms`, met: slope.wall < SLOPE_MS };
    const drift = slope.wall / first.wall - 1;
    return {
      measure: `marginal cost, ${count(slope.from)} → ${count(slope.to)}`,
      value: `${slope.wall.toFixed(1)} ms per article${cpu}, ${percent(drift)} vs ${count(first.from)} → ${count(first.to)}`,
      target: `< ${SLOPE_MS} ms, within ${SLOPE_DRIFT * 100}%`,
      met: slope.wall < SLOPE_MS && Math.abs(drift) <= SLOPE_DRIFT,
    };
  });
}

function weightValue(weight: PageWeight): string {
  return `${kb(weight.total)}: HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}, fonts ${kb(weight.font)}; ${weight.files} files with the HTML`;
}

function weightRows(results: readonly SizeResult[]): Row[] {
  const measured = results.flatMap(({ size, weights }) => (weights ? [{ size, ...weights }] : []));
  const first = measured[0];
  return (["article", "home"] as const).flatMap((page) =>
    measured.map(({ size, articlePath, ...weights }, index) => {
      const weight = weights[page];
      const where = page === "article" ? `article page (${articlePath})` : "home page";
      const withoutFonts = weight.total - weight.font;
      const budget = page === "article" ? { target: `HTML + CSS + JS < ${kb(ARTICLE_BYTES)}`, met: withoutFonts < ARTICLE_BYTES } : { target: "", met: undefined };
      if (index === 0 || !first) return { measure: `${where}, N = ${count(size)}`, value: weightValue(weight), ...budget };
      const drift = weight.total / first[page].total - 1;
      return {
        measure: `${where}, N = ${count(size)}`,
        value: `${weightValue(weight)}, ${percent(drift)} vs N = ${count(first.size)}`,
        target: [budget.target, `within ${WEIGHT_DRIFT * 100}%`].filter(Boolean).join(", "),
        met: (budget.met ?? true) && Math.abs(drift) <= WEIGHT_DRIFT,
      };
    }),
  );
}

export function loadRows(loads: readonly LoadResult[], size: number | undefined): Row[] {
  const at = size === undefined ? "" : ` (N = ${count(size)})`;
  return loads.map(({ server, page, figures, target = "", judge }) => {
    const measure = `${server}, ${page}${at}`;
    if (typeof figures === "string") return { measure, value: figures, target };
    const load = figures.loadAverage === undefined ? "" : ` (load average ${figures.loadAverage.toFixed(1)})`;
    const value = `${count(Math.round(figures.requestsPerSecond))} req/s${load}, p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, ${figures.errors} errors, ${figures.non2xx} non-2xx`;
    const judged = judge?.(figures);
    return { measure, value: judged?.note ? `${value}; ${judged.note}` : value, target, met: judged?.met };
  });
}

export function reportRows(results: readonly SizeResult[], loads: readonly LoadResult[], loadSize: number | undefined): Row[] {
  return [...buildRows(results), ...slopeRows(results), ...weightRows(results), ...loadRows(loads, loadSize)];
}

const escape = (cell: string) => cell.replaceAll("|", "\\|");

export function markdownTable(rows: readonly Row[]): string {
  const result = (row: Row) => (row.met === undefined ? "" : row.met ? "met" : "**missed**");
  const lines = rows.map((row) => `| ${[row.measure, row.value, row.target, result(row)].map(escape).join(" | ")} |`);
  return ["| measure | value | target | result |", "| --- | --- | --- | --- |", ...lines].join("\n");
}
