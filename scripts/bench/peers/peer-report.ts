import { COLUMN_WIDTHS } from "@/lib/images/variants";
import type { BuildRun } from "../build";
import { HTML_LIMIT_BYTES, type PageSizes } from "../page-sizes";
import type { KindTiming } from "../page-timeline";
import { loadRows, type LoadResult, type Row } from "../report";
import type { Throughput } from "../throughput";
import type { PageWeight } from "../weight";

/** One round of the interleaved cold builds, in the order they ran. */
export type Round = { ours: BuildRun; starter: BuildRun; oursAgain: BuildRun; astro: BuildRun };

export type PeerResults = {
  size: number;
  rounds: Round[];
  /** This site's largest pages at `size`. */
  pages?: PageSizes;
  /** The covers and avatars this site's last cold build at `size` resized, from its files' times. */
  imageVariants?: KindTiming;
  /** One cold build of each at the large size, one after another. */
  large?: { size: number; ours: BuildRun; starter: BuildRun; astro: BuildRun; pages?: PageSizes };
  /** Bytes a first visit to the same article downloads, at `size` (and this site's at the large size). */
  weights?: { ours: PageWeight; starter: PageWeight; oursLarge?: PageWeight };
  /** Plain `next start`, the article page with gzip, loads taken in turns. */
  loads?: { ours: Throughput[]; starter: Throughput[] };
  /** nginx: the plain file and the static copy (serve-measures.ts). */
  nginx?: LoadResult[];
};

/** Issue 15's performance floor. */
export const FLOOR = { starterRatio: 1, marginalMs: 28, peakBytes: 2e9, pageDrift: 0.05, articleBytes: 56_000 };

const count = (n: number) => n.toLocaleString("en-GB");
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const signed = (ratio: number) => `${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)}%`;

function runValue(run: BuildRun): string {
  return run.ok ? `${s(run.wallSeconds)} wall, ${s(run.cpuSeconds)} CPU, peak ${gb(run.peakRssBytes)} RSS` : `FAILED after ${s(run.wallSeconds)}: see ${run.logFile}`;
}

function roundRows(size: number, rounds: readonly Round[]): Row[] {
  const names: [keyof Round, string][] = [["ours", "this site (npm run build)"], ["starter", "Next.js blog starter (next build)"], ["oursAgain", "this site again"], ["astro", "Astro blog template (astro build)"]];
  return rounds.flatMap((round, index) => names.map(([key, name]) => ({ measure: `cold build, N = ${count(size)}, round ${index + 1}: ${name}`, value: runValue(round[key]), target: "" })));
}

/** This site's time against a peer's, round by round (this site's two builds averaged), then over all rounds. */
export function ratioRow(size: number, rounds: readonly Round[], peer: "starter" | "astro"): Row {
  const ok = rounds.every((round) => round.ours.ok && round.oursAgain.ok && round[peer].ok);
  const name = peer === "starter" ? "the blog starter" : "Astro";
  const measure = `cold build, N = ${count(size)}: this site ÷ ${name}, same run`;
  if (!ok || rounds.length === 0) return { measure, value: "n/a (a build failed)", target: peer === "starter" ? `≤ ${FLOOR.starterRatio.toFixed(2)}×` : "", met: peer === "starter" ? false : undefined };
  const ours = rounds.map((round) => (round.ours.wallSeconds + round.oursAgain.wallSeconds) / 2);
  const theirs = rounds.map((round) => round[peer].wallSeconds);
  const ratio = mean(ours) / mean(theirs);
  const perRound = rounds.map((_, index) => `round ${index + 1} ${((ours[index] ?? 0) / (theirs[index] ?? 1)).toFixed(2)}×`).join(", ");
  const cpu = mean(rounds.map((round) => (round.ours.cpuSeconds + round.oursAgain.cpuSeconds) / 2)) / mean(rounds.map((round) => round[peer].cpuSeconds));
  const value = `${s(mean(ours))} vs ${s(mean(theirs))} wall = ${ratio.toFixed(2)}× (${perRound}); CPU time ${cpu.toFixed(2)}×`;
  if (peer === "astro") return { measure, value, target: "" };
  return { measure, value, target: `≤ ${FLOOR.starterRatio.toFixed(2)}×`, met: ratio <= FLOOR.starterRatio };
}

/** Milliseconds each extra article adds to a cold build: from the mean of the small builds to the large one. */
export function marginalMs(small: readonly BuildRun[], large: BuildRun, sizes: { size: number; largeSize: number }, pick: (run: BuildRun) => number = (run) => run.wallSeconds): number {
  return ((pick(large) - mean(small.map(pick))) * 1000) / (sizes.largeSize - sizes.size);
}

function largeRows(results: PeerResults): Row[] {
  const { large, rounds, size } = results;
  if (!large) return [];
  const sizes = { size, largeSize: large.size };
  const span = `${count(size)} → ${count(large.size)}`;
  const contenders: { key: "ours" | "starter" | "astro"; name: string; small: BuildRun[] }[] = [
    { key: "ours", name: "this site", small: rounds.flatMap((round) => [round.ours, round.oursAgain]) },
    { key: "starter", name: "Next.js blog starter", small: rounds.map((round) => round.starter) },
    { key: "astro", name: "Astro blog template", small: rounds.map((round) => round.astro) },
  ];
  return contenders.flatMap(({ key, name, small }) => {
    const run = large[key];
    const ours = key === "ours";
    const built = run.ok && small.every((one) => one.ok);
    const marginal = built ? `${marginalMs(small, run, sizes).toFixed(1)} ms per article wall, ${marginalMs(small, run, sizes, (one) => one.cpuSeconds).toFixed(1)} ms CPU` : "n/a (a build failed)";
    return [
      { measure: `cold build, N = ${count(large.size)}: ${name}`, value: runValue(run), target: ours ? `peak RSS < ${gb(FLOOR.peakBytes)}` : "", met: ours ? run.ok && run.peakRssBytes < FLOOR.peakBytes : undefined },
      { measure: `marginal cost, ${span}: ${name}`, value: marginal, target: ours ? `≤ ${FLOOR.marginalMs} ms` : "", met: ours ? built && marginalMs(small, run, sizes) <= FLOOR.marginalMs : undefined },
    ];
  });
}

function pageRows(results: PeerResults): Row[] {
  const sized = [
    { size: results.size, pages: results.pages },
    { size: results.large?.size, pages: results.large?.pages },
  ];
  return sized.flatMap(({ size, pages }) => {
    if (size === undefined || !pages?.html) return [];
    const { route, bytes, files, overLimit } = pages.html;
    return [{ measure: `this site's largest HTML page, N = ${count(size)}`, value: `${route}: ${kb(bytes)}; ${count(overLimit)} of ${count(files)} pages over ${kb(HTML_LIMIT_BYTES)}`, target: `every page < ${kb(HTML_LIMIT_BYTES)}`, met: overLimit === 0 }];
  });
}

/** Seconds per source image: each is resized into `widths` variants. */
export function imageRow(size: number, variants: KindTiming, widths: number): Row {
  const sources = Math.round(variants.files / widths);
  const perSource = (variants.msEach * widths) / 1000;
  return {
    measure: `image encoding in this site's cold build, N = ${count(size)}`,
    value: `${count(variants.files)} variants of ${count(sources)} source images, ${variants.msEach.toFixed(1)} ms each = ${perSource.toFixed(2)} s per source image (${widths} widths)`,
    target: "",
  };
}

function weightValue(weight: PageWeight): string {
  return `${kb(weight.total)}: HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}, fonts ${kb(weight.font)}`;
}

/** The article's first-visit weight on each site (and this site's at the large size, to show it flat in N). */
export function weightRows(results: Pick<PeerResults, "size" | "weights" | "large">): Row[] {
  const weights = results.weights;
  if (!weights) return [];
  const { ours, starter, oursLarge } = weights;
  const rows: Row[] = [
    { measure: `article page, first visit, gzip, N = ${count(results.size)}: this site`, value: weightValue(ours), target: `HTML + CSS + fonts ≤ ${kb(FLOOR.articleBytes)}, JS 0 B`, met: ours.total <= FLOOR.articleBytes && ours.js === 0 },
    { measure: `article page, first visit, gzip, N = ${count(results.size)}: Next.js blog starter`, value: weightValue(starter), target: "" },
  ];
  if (oursLarge && results.large) {
    const drift = oursLarge.total / ours.total - 1;
    rows.push({ measure: `article page, N = ${count(results.large.size)}: this site`, value: `${weightValue(oursLarge)}; ${signed(drift)} vs N = ${count(results.size)}`, target: `flat in N (within ${FLOOR.pageDrift * 100}%)`, met: Math.abs(drift) <= FLOOR.pageDrift });
  }
  return rows;
}

const clean = (runs: readonly Throughput[]) => runs.every((run) => run.errors === 0 && run.non2xx === 0);

function loadValue(runs: readonly Throughput[]): string {
  const at = (run: Throughput) => (run.loadAverage === undefined ? "" : ` at load ${run.loadAverage.toFixed(1)}`);
  const each = runs.map((run) => `${Math.round(run.requestsPerSecond).toLocaleString("en-GB")}${at(run)}`).join(" / ");
  const errors = runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0);
  return `${Math.round(mean(runs.map((run) => run.requestsPerSecond))).toLocaleString("en-GB")} req/s (loads: ${each}), p99 ${Math.max(...runs.map((run) => run.p99Ms)).toFixed(1)} ms, ${errors} errors or non-2xx`;
}

/** Plain `next start`: this site against the starter, each the mean of its loads, taken in turns. */
export function startRows(size: number, loads: { ours: Throughput[]; starter: Throughput[] }): Row[] {
  const at = `plain next start, article page, gzip, N = ${count(size)}`;
  if (loads.ours.length === 0 || loads.starter.length === 0) return [{ measure: at, value: "n/a (no load ran)", target: "≥ the starter's req/s", met: false }];
  const ratio = mean(loads.ours.map((run) => run.requestsPerSecond)) / mean(loads.starter.map((run) => run.requestsPerSecond));
  return [
    { measure: `${at}: this site`, value: `${loadValue(loads.ours)}; ${(ratio * 100).toFixed(0)}% of the starter's`, target: "≥ the starter's req/s, 0 errors", met: ratio >= 1 && clean(loads.ours) },
    { measure: `${at}: Next.js blog starter`, value: loadValue(loads.starter), target: "" },
  ];
}

/** The whole comparison, one row per measure, with issue 15's targets where it names one. */
export function peerRows(results: PeerResults): Row[] {
  return [
    ...roundRows(results.size, results.rounds),
    ratioRow(results.size, results.rounds, "starter"),
    ratioRow(results.size, results.rounds, "astro"),
    ...(results.imageVariants ? [imageRow(results.size, results.imageVariants, COLUMN_WIDTHS.length)] : []),
    ...largeRows(results),
    ...pageRows(results),
    ...weightRows(results),
    ...(results.loads ? startRows(results.size, results.loads) : []),
    ...loadRows(results.nginx ?? [], results.size),
  ];
}
