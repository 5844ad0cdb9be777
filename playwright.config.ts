import { defineConfig, devices } from "@playwright/test";
import { LARGE_PHOTO_JOURNAL } from "./scripts/large-photo-journal";

const port = Number(process.env.E2E_PORT ?? 3100);
// BASE_URL lets the same suite run against any server (the static copy under nginx, a preview).
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
// A second site built from tests/fixtures/hostile: every page must keep its payloads inert. It also
// holds an article with eight camera-sized photos for the page-weight budget (photo-budget.spec.ts),
// drawn at test time into a public folder of its own, so that no other production build is needed.
const hostilePort = port + 1;
const { contentDir: HOSTILE_CONTENT_DIR, publicDir: HOSTILE_PUBLIC_DIR, distDir: HOSTILE_DIST_DIR } = LARGE_PHOTO_JOURNAL;
const hostileURL = process.env.HOSTILE_BASE_URL ?? `http://127.0.0.1:${hostilePort}`;
/*
 * The oracle journal (tests/fixtures/oracle), whose expected pages tests/e2e/oracle.spec.ts writes
 * out by hand, built and served twice: with the server's clock west of London and far east of it.
 * The studio's dates must read the same in both. Only this small journal is built twice.
 */
const ORACLE_ZONES = [
  { project: "oracle-los-angeles", timeZone: "America/Los_Angeles", port: port + 2, distDir: ".next-oracle-la" },
  { project: "oracle-auckland", timeZone: "Pacific/Auckland", port: port + 3, distDir: ".next-oracle-auckland" },
];
const oracleURL = (zonePort: number) => `http://127.0.0.1:${zonePort}`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // Debian's Chromium: this machine cannot download Playwright's own browser.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

// Twelve articles in shards of five: search must merge three Pagefind bundles, as 5,000 would.
const SEARCH_SHARDS = { SEARCH_SHARD_SIZE: "5" };
// The site's own `next start` build type-checks the code; every other build here is of the same
// code (another journal, time zone or output), so it skips that check (next.config.ts).
const TYPES_CHECKED = { BUILD_TYPES_CHECKED: "1" };

/** The static copy (npm run build:static) under nginx, exactly as deploy/nginx.conf serves it. */
function staticServer(url: string, listenPort: number) {
  return {
    command: `npm run build:static && scripts/serve-static.sh ${listenPort}`,
    url,
    // A production build on a busy 2-core machine can take minutes; this only catches a hang.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    env: { SITE_URL: url, ...SEARCH_SHARDS, ...TYPES_CHECKED },
  };
}

// E2E_SERVERS=none starts no server: for a spec that starts its own (tests/e2e/preview.spec.ts runs
// `next dev`), run alone without four production builds.
const noServers = process.env.E2E_SERVERS === "none";

// E2E_TARGET=static runs the suite against the static copy instead of `next start`.
const staticTarget = process.env.E2E_TARGET === "static";
// The oracle runs with the `next start` pass only; it builds its own journal even when BASE_URL names a site.
const oracle = !staticTarget;

function nextServer(url: string, listenPort: number, env: Record<string, string> = {}, prepare = "") {
  return {
    command: `${prepare}npm run build && npm run serve -- -H 127.0.0.1 -p ${listenPort}`,
    url,
    // A production build on a busy 2-core machine can take minutes; this only catches a hang.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    env: { SITE_URL: url, ...env },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Playwright's 30 s default is a wall-clock budget a loaded 2-core machine misses; this only catches a hang.
  timeout: 120_000,
  // Likewise for each assertion's polling (5 s by default): search loads Pagefind's WebAssembly first.
  expect: { timeout: 60_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: [/hostile-content/, /photo-budget/, /oracle/], use: { ...chromium, baseURL } },
    { name: "hostile", testMatch: /hostile-content|photo-budget/, use: { ...chromium, baseURL: hostileURL } },
    ...(oracle ? ORACLE_ZONES.map(({ project, port: zonePort }) => ({ name: project, testMatch: /oracle\.spec/, use: { ...chromium, baseURL: oracleURL(zonePort) } })) : []),
  ],
  webServer: noServers
    ? []
    : [
    ...(process.env.BASE_URL ? [] : [staticTarget ? staticServer(baseURL, port) : nextServer(baseURL, port, SEARCH_SHARDS)]),
    ...(process.env.HOSTILE_BASE_URL || staticTarget
      ? []
      : [
          nextServer(
            hostileURL,
            hostilePort,
            { NEXT_DIST_DIR: HOSTILE_DIST_DIR, CONTENT_DIR: HOSTILE_CONTENT_DIR, PUBLIC_DIR: HOSTILE_PUBLIC_DIR, ...TYPES_CHECKED },
            `node --import tsx scripts/large-photo-fixture.ts ${HOSTILE_CONTENT_DIR} ${HOSTILE_PUBLIC_DIR} && `,
          ),
        ]),
    ...(oracle
      ? ORACLE_ZONES.map(({ timeZone, port: zonePort, distDir }) =>
          nextServer(oracleURL(zonePort), zonePort, { NEXT_DIST_DIR: distDir, CONTENT_DIR: "tests/fixtures/oracle", TZ: timeZone, ...TYPES_CHECKED }),
        )
      : []),
  ],
});
