import { describe, expect, it } from "vitest";
import { formatTable, judgeLoad, type LoadFigures } from "@/scripts/load/verdict";

const MiB = 1024 * 1024;
const healthy: LoadFigures = {
  seconds: 60,
  warmupSeconds: 10,
  connections: 64,
  requests: 60_000,
  requestsPerSecond: 1000,
  latencyMs: { p50: 50, p99: 200, max: 400 },
  socketErrors: 0,
  timeouts: 0,
  non2xx: 0,
  idleRss: 150 * MiB,
  // Still settling at first, then steady.
  rss: Array.from({ length: 60 }, (_, second) => (second < 10 ? 180 : 200) * MiB),
};

const failed = (figures: LoadFigures) => judgeLoad(figures).filter((row) => !row.ok).map((row) => row.measure);

describe("judgeLoad", () => {
  it("passes a server that answers everything and whose memory settles", () => {
    expect(failed(healthy)).toEqual([]);
  });

  it("fails socket errors, timeouts and non-2xx answers", () => {
    expect(failed({ ...healthy, socketErrors: 1, timeouts: 2, non2xx: 3 })).toEqual(["socket errors", "timeouts", "non-2xx answers"]);
  });

  it("fails memory that keeps climbing: the last 10 s 20% or more above the first 10 s", () => {
    const leaking = Array.from({ length: 60 }, (_, second) => (150 + second) * MiB);
    expect(failed({ ...healthy, rss: leaking })).toEqual(["server RSS, first 10 s → last 10 s"]);
  });

  it("prints every measure with its limit and result", () => {
    const table = formatTable(judgeLoad({ ...healthy, non2xx: 5 }));
    expect(table).toMatch(/^measure\s+value\s+limit\s+result\n-+/);
    expect(table).toMatch(/non-2xx answers\s+5\s+0\s+FAIL/);
    expect(table).toMatch(/server RSS, first 10 s → last 10 s\s+180\.0 MiB → 200\.0 MiB \(11\.1%\)\s+< 20%\s+pass/);
    expect(table).toMatch(/server RSS, idle then every 5 s\s+150 180 180 200 200 200 200 200 200 200 200 200 200 MiB$/m);
  });
});
