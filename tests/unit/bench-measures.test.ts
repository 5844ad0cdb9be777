import { describe, expect, it } from "vitest";
import type { BuildRun } from "../../scripts/bench/build";
import { parseBuildLog } from "../../scripts/bench/build-log";
import { pageAssets } from "../../scripts/bench/html-assets";
import { parseBenchOptions } from "../../scripts/bench/options";
import { loadRows, markdownTable, reportRows } from "../../scripts/bench/report";
import { parseWrkOutput } from "../../scripts/bench/wrk-output";

describe("the assets a page makes a browser download", () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="preload" href="/_next/static/media/display.woff2" as="font" crossorigin="" type="font/woff2"/>
    <link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fcover.jpg&amp;w=640 640w"/>
    <link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
    <script src="/_next/static/chunks/main.js" async=""></script>
    <link rel="canonical" href="http://localhost:3000/articles/x"/>
    <link rel="icon" href="/icon.png"/>
    <script src="/_next/static/chunks/polyfills.js" noModule=""></script>
    <script type="application/ld+json">{}</script>
  </head><body><script src="/_next/static/chunks/webpack.js" async=""></script></body></html>`;

  it("lists stylesheets, scripts and preloaded fonts once each, as absolute URLs", () => {
    expect(pageAssets(html, "http://127.0.0.1:3600/articles/x")).toEqual([
      { kind: "font", url: "http://127.0.0.1:3600/_next/static/media/display.woff2" },
      { kind: "css", url: "http://127.0.0.1:3600/_next/static/chunks/site.css" },
      { kind: "js", url: "http://127.0.0.1:3600/_next/static/chunks/webpack.js" },
      { kind: "js", url: "http://127.0.0.1:3600/_next/static/chunks/main.js" },
    ]);
  });
});

describe("reading wrk's summary", () => {
  it("takes requests/s, the 50th and 99th percentiles in ms, and every error", () => {
    const output = `Running 15s test @ http://127.0.0.1:3600/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    21.57ms    3.48ms   1.60s    87.50%
  Latency Distribution
     50%  820.00us
     75%   22.46ms
     90%   24.85ms
     99%    1.20s
  22236 requests in 15.01s, 277.55MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 12
Requests/sec:   1481.58
Transfer/sec:     18.49MB
`;
    expect(parseWrkOutput(output)).toEqual({ requestsPerSecond: 1481.58, p50Ms: 0.82, p99Ms: 1200, errors: 5, non2xx: 12 });
  });
});

describe("reading next build's phases", () => {
  it("finds compile, type-check and page generation times in any unit", () => {
    const log = `✓ Compiled successfully in 21.5s
  Finished TypeScript in 850ms ...
✓ Generating static pages using 1 worker (10234/10234) in 2.5min
`;
    expect(parseBuildLog(log)).toEqual({ compileSeconds: 21.5, typesSeconds: 0.85, pagesSeconds: 150, pages: 10_234 });
  });
});

describe("the bench's options", () => {
  it("sorts sizes, and explains a bad value", () => {
    const options = parseBenchOptions(["--sizes", "200,50", "--duration", "3", "--skip-serve"]);
    expect(options).toMatchObject({ sizes: [50, 200], duration: 3, skipServe: true, connections: 32, port: 3600 });
    expect(parseBenchOptions(["--sizes", "100,lots"])).toMatch(/--sizes takes whole numbers/);
  });
});

describe("the bench's table", () => {
  const run = (wallSeconds: number, cpuSeconds: number): BuildRun => ({
    ok: true,
    wallSeconds,
    cpuSeconds,
    peakRssBytes: 1.5e9,
    peakPssBytes: 1.4e9,
    peakProcesses: [{ name: "next build", rssBytes: 1.5e9 }],
    peakAtSeconds: 60,
    phases: {},
    logFile: "build.log",
  });

  it("judges the marginal cost per article between sizes, and whether it stays within 20%", () => {
    const rows = reportRows(
      [
        { size: 100, generateSeconds: 0, cold: run(20, 30) },
        { size: 1000, generateSeconds: 0, cold: run(38, 48) },
        { size: 5000, generateSeconds: 0, cold: run(126, 136) },
      ],
      [],
      undefined,
    );
    const slopes = rows.filter((row) => row.measure.startsWith("marginal cost"));
    expect(slopes.map((row) => row.value)).toEqual(["20.0 ms per article (CPU 20.0 ms)", "22.0 ms per article (CPU 22.0 ms), +10.0% vs 100 → 1,000"]);
    expect(slopes.map((row) => row.met)).toEqual([true, true]);
    expect(rows.find((row) => row.measure === "cold build, N = 1,000")?.met).toBe(true);
    expect(markdownTable(rows).split("\n")[0]).toBe("| measure | value | target | result |");
  });
});

describe("several loads of one URL", () => {
  it("are summed up by their mean requests/s and p50, their worst p99 and all their errors", async () => {
    const { meanThroughput } = await import("../../scripts/bench/serve-measures");
    const runs = [
      { requestsPerSecond: 80_000, p50Ms: 0.2, p99Ms: 4, errors: 0, non2xx: 1 },
      { requestsPerSecond: 70_000, p50Ms: 0.4, p99Ms: 6, errors: 2, non2xx: 0 },
    ];
    expect(meanThroughput(runs)).toEqual({ requestsPerSecond: 75_000, p50Ms: expect.closeTo(0.3, 5) as number, p99Ms: 6, errors: 2, non2xx: 1 });
    const busy = runs.map((run, index) => ({ ...run, loadAverage: [8, 10][index] }));
    expect(meanThroughput(busy).loadAverage).toBe(9);
  });
});

describe("a load's row in the table", () => {
  it("gives the load average the machine had when the load began", () => {
    const figures = { requestsPerSecond: 24_116.4, p50Ms: 1, p99Ms: 279.06, errors: 0, non2xx: 0, loadAverage: 7.64 };
    expect(loadRows([{ server: "nginx, static copy", page: "article page", figures }], 100)).toEqual([
      { measure: "nginx, static copy, article page (N = 100)", value: "24,116 req/s (load average 7.6), p50 1.0 ms, p99 279.1 ms, 0 errors, 0 non-2xx", target: "", met: undefined },
    ]);
  });
});
