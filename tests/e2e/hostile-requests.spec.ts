import { readFileSync } from "node:fs";
import path from "node:path";
import { hostileRequests } from "../helpers/hostile-requests";
import { rawRequest, type RawRequest, type RawResponse } from "../helpers/raw-http";
import { expect, test } from "./fixtures";

const ALLOWED = new Set([200, 400, 404, 405]);

/** Text that only a leaked file, a stack trace or a server path would put in a response. */
const LEAKS: [string, RegExp][] = [
  ["package.json", new RegExp(`"name": "${JSON.parse(readFileSync("package.json", "utf8")).name}"|"devDependencies"`)],
  [".env or shell configuration", /^\s*[A-Z][A-Z0-9_]{2,}=\S/m],
  ["TypeScript or JavaScript source", /\bimport (?:type )?\{[^}]*\} from "|export default (?:function|nextConfig)|"compilerOptions"/],
  ["a git file", /\[core\]\s+repositoryformatversion/],
  ["a system file", /root:x:0:0:/],
  ["a stack trace", /\n\s+at .+[(\s][^\s()]+:\d+:\d+\)?/],
  ["a server path", new RegExp(`${path.resolve(".").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}|node_modules/`)],
];

function verdict(request: RawRequest, response: RawResponse, origin: URL): string[] {
  const what = `${request.method} ${request.target.slice(0, 120)}${request.headers ? ` ${JSON.stringify(request.headers)}` : ""}`;
  const problems: string[] = [];
  const redirect = response.status >= 300 && response.status < 400;
  if (!ALLOWED.has(response.status) && !redirect) problems.push(`${what}: answered ${response.status}`);
  if (redirect && response.headers.location && new URL(response.headers.location, origin).origin !== origin.origin) {
    problems.push(`${what}: redirects off the site to ${response.headers.location}`);
  }
  for (const [leak, pattern] of LEAKS) if (pattern.test(response.body)) problems.push(`${what}: the body holds ${leak}`);
  return problems;
}

test("a thousand malformed, traversing and oversized requests get a 200, 3xx, 400, 404 or 405, and leak nothing", async ({ baseURL }) => {
  // Only catches a hang: a thousand requests take minutes on a starved two-core machine.
  test.setTimeout(600_000);
  const origin = new URL(baseURL ?? "");
  expect(hostileRequests.length).toBeGreaterThanOrEqual(1000);

  const queue = [...hostileRequests];
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  // A few at a time, like a scanner: enough to overlap, not enough to be a load test.
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let request = queue.shift(); request; request = queue.shift()) {
        const response = await rawRequest(origin, request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        problems.push(...verdict(request, response, origin));
      }
    }),
  );
  expect(problems).toEqual([]);
  test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(statuses)) });

  // And the server is still fine afterwards.
  expect((await rawRequest(origin, { method: "GET", target: "/" })).status).toBe(200);
});

test("the leak detector recognises the files it looks for", () => {
  const samples = [
    readFileSync("package.json", "utf8"),
    "SITE_URL=https://journal.example\n",
    readFileSync("next.config.ts", "utf8"),
    readFileSync("tsconfig.json", "utf8"),
    "[core]\n\trepositoryformatversion = 0\n",
    "root:x:0:0:root:/root:/bin/bash\n",
    "Error: boom\n    at Object.<anonymous> (/srv/app/server.js:10:5)\n",
    `<p>${path.resolve("lib/site.ts")}</p>`,
  ];
  const origin = new URL("http://127.0.0.1");
  for (const body of samples) {
    expect(verdict({ method: "GET", target: "/x" }, { status: 200, headers: {}, body }, origin), body.slice(0, 40)).not.toEqual([]);
  }
  expect(verdict({ method: "GET", target: "/x" }, { status: 500, headers: {}, body: "" }, origin)).not.toEqual([]);
  expect(verdict({ method: "GET", target: "/x" }, { status: 308, headers: { location: "//evil.example/" }, body: "" }, origin)).not.toEqual([]);
});

/** Request header values of 15 KB (just under Node.js's 16 KB limit), each in a benign and a pathological shape. */
const SIZE = 15_000;
const HEADER_SHAPES: { what: string; target: string; header: string; benign: string; pathological: string }[] = [
  { what: "If-None-Match", target: "/", header: "if-none-match", benign: `"${"a".repeat(SIZE)}"`, pathological: `a${" ".repeat(SIZE)}b` },
  { what: "If-None-Match list", target: "/", header: "if-none-match", benign: `"${"a".repeat(SIZE)}"`, pathological: " ,".repeat(SIZE / 2) },
  { what: "Accept-Encoding", target: "/", header: "accept-encoding", benign: "a".repeat(SIZE), pathological: `gzip${" ".repeat(SIZE)};q=x` },
  { what: "Cache-Control", target: "/", header: "cache-control", benign: "a".repeat(SIZE), pathological: `,${" ".repeat(SIZE)}no-cachex` },
  { what: "Cookie", target: "/", header: "cookie", benign: `a=${"b".repeat(SIZE)}`, pathological: "a=b;".repeat(SIZE / 4) },
  { what: "Range", target: "/images/logo.png", header: "range", benign: `bytes=0-${"0".repeat(SIZE)}`, pathological: `bytes=${"0-0,".repeat(SIZE / 4)}0-0` },
  { what: "Next-Router-State-Tree", target: "/", header: "next-router-state-tree", benign: "a".repeat(SIZE), pathological: "%5B".repeat(SIZE / 3) },
  { what: "Next-Url", target: "/", header: "next-url", benign: `/${"a".repeat(SIZE)}`, pathological: "/.segments/".repeat(SIZE / 11) },
];
const PATH_SHAPES: { what: string; benign: string; pathological: string }[] = [
  { what: "path", benign: `/${"a".repeat(SIZE)}`, pathological: `/${"a/.segments/".repeat(SIZE / 13)}x` },
  { what: "path with percent signs", benign: `/articles/${"a".repeat(SIZE)}`, pathological: `/articles/${"%25".repeat(SIZE / 3)}` },
  { what: "path of slashes", benign: `/images/${"a".repeat(SIZE)}`, pathological: `/images/${"a/".repeat(SIZE / 2)}x` },
];

/** The quickest of five answers, in milliseconds: a busy machine only ever adds time. */
async function quickest(origin: URL, request: RawRequest): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const response = await rawRequest(origin, request, 60_000);
    best = Math.min(best, performance.now() - started);
    expect(response.status, `${request.target.slice(0, 30)}`).toBeLessThan(500);
  }
  return best;
}

test("work on a request header or path is linear in its size: a pathological shape costs what a benign one does", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? "");
  const slow: string[] = [];
  const shapes = [
    ...HEADER_SHAPES.map(({ what, target, header, benign, pathological }) => ({
      what,
      benign: { method: "GET", target, headers: { [header]: benign } },
      pathological: { method: "GET", target, headers: { [header]: pathological } },
    })),
    ...PATH_SHAPES.map(({ what, benign, pathological }) => ({ what, benign: { method: "GET", target: benign }, pathological: { method: "GET", target: pathological } })),
  ];
  for (const { what, benign, pathological } of shapes) {
    const benignMs = await quickest(origin, benign);
    const pathologicalMs = await quickest(origin, pathological);
    // Quadratic work on 15 KB costs a second (the old If-None-Match parser: 1.1 s against 24 ms);
    // linear work stays within a small factor of the benign shape of the same size.
    if (pathologicalMs > 3 * benignMs + 250) slow.push(`${what}: ${Math.round(pathologicalMs)} ms against ${Math.round(benignMs)} ms`);
  }
  expect(slow).toEqual([]);
});

test("request headers are bounded: 40 KB of them is refused with 431", async ({ baseURL }) => {
  const origin = new URL(baseURL ?? "");
  const response = await rawRequest(origin, { method: "GET", target: "/", headers: { "x-padding": "a".repeat(40_000) } });
  expect(response.status).toBe(431);
});
