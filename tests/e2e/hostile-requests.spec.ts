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
  test.setTimeout(180_000);
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
