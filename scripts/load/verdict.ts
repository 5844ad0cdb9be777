/** What the load run measured, independent of the tool that measured it. */
export type LoadFigures = {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  socketErrors: number;
  timeouts: number;
  non2xx: number;
  /** Resident memory of the server's process tree before any load, in bytes. */
  idleRss: number;
  /** Resident memory samples of the server's process tree, one per second after the warm-up, in bytes. */
  rss: number[];
};

export type Row = { measure: string; value: string; limit: string; ok: boolean };

const MAX_RSS_GROWTH = 0.2;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * The report table and whether the server held up: no socket errors or timeouts, only 2xx for
 * valid pages, and memory in the last sixth of the run (the last 10 s of 60) less than 20% above
 * the first sixth: a leak would keep climbing. The samples every 5 s show the curve.
 */
export function judgeLoad(figures: LoadFigures): Row[] {
  const window = Math.max(1, Math.floor(figures.rss.length / 6));
  const first = mean(figures.rss.slice(0, window));
  const last = mean(figures.rss.slice(-window));
  const growth = first > 0 ? last / first - 1 : Number.POSITIVE_INFINITY;
  const info = (measure: string, value: string): Row => ({ measure, value, limit: "", ok: true });
  return [
    info("duration", `${figures.seconds} s after a ${figures.warmupSeconds} s warm-up, ${figures.connections} connections`),
    info("requests", `${figures.requests} (${figures.requestsPerSecond.toFixed(0)}/s)`),
    info("latency p50 / p99 / max", `${figures.latencyMs.p50} / ${figures.latencyMs.p99} / ${figures.latencyMs.max} ms`),
    { measure: "socket errors", value: String(figures.socketErrors), limit: "0", ok: figures.socketErrors === 0 },
    { measure: "timeouts", value: String(figures.timeouts), limit: "0", ok: figures.timeouts === 0 },
    { measure: "non-2xx answers", value: String(figures.non2xx), limit: "0", ok: figures.non2xx === 0 },
    {
      measure: `server RSS, first ${window} s → last ${window} s`,
      value: `${mib(first)} → ${mib(last)} (${(growth * 100).toFixed(1)}%)`,
      limit: `< ${MAX_RSS_GROWTH * 100}%`,
      ok: growth < MAX_RSS_GROWTH,
    },
    info("server RSS, idle then every 5 s", [figures.idleRss, ...figures.rss.filter((_, second) => second % 5 === 0)].map((bytes) => (bytes / 1024 / 1024).toFixed(0)).join(" ") + " MiB"),
  ];
}

/** A plain-text table, for terminals and CI logs alike. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [["measure", "value", "limit", "result"], ...rows.map((row) => [row.measure, row.value, row.limit, row.limit ? (row.ok ? "pass" : "FAIL") : ""])];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...cells.map((line) => (line[column] ?? "").length)));
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [format(cells[0] ?? []), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(format)].join("\n");
}
