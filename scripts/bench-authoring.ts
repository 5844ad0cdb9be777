/**
 * `npm run bench:authoring [-- --runs 3 --port 4390]`: the figures issue 16 names, on a copy of
 * the sample journal in a temporary folder.
 *
 * - fail fast: `npm run build` with one content error, from the command to its exit; the build
 *   must fail with one report whose last line counts the problem (target: under 10 s).
 * - the preview: a fresh `npm run dev` (its own build folder, no cache) until the home page has
 *   arrived whole, then an article page, then how long a saved file takes to reach an open page
 *   (the live refresh's answer to the browser); then `npm run dev` started again on the same
 *   build folder, as an author does every day after the first: Turbopack's file-system cache
 *   (on by default for `next dev` since Next.js 16.1) is what that start reuses. The first
 *   server is stopped only once its trace shows the cache written.
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { readCommandLine, runCommand } from "./cli";

const ROOT = process.cwd();
const seconds = (from: number) => (performance.now() - from) / 1000;

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output, seconds: seconds(started) }));
  });
}

async function journalWithOneError(): Promise<{ root: string; env: Record<string, string> }> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-authoring-"));
  await cp(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true });
  const file = path.join(root, "content", "articles", "how-to-read-a-hallmark.md");
  await writeFile(file, (await readFile(file, "utf8")).replace(/^title:/m, "tittle:"));
  return { root, env: { CONTENT_DIR: path.join(root, "content"), NEXT_DIST_DIR: ".next-bench-authoring" } };
}

async function failFast(runs: number): Promise<string[]> {
  const { root, env } = await journalWithOneError();
  const rows: string[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const result = await run("npm", ["run", "--silent", "build"], env);
      const last = result.output.trimEnd().split("\n").at(-1) ?? "";
      const reports = result.output.split("The site was not built").length - 1;
      rows.push(`| npm run build, one content error | ${result.seconds.toFixed(1)} s | exit ${result.code}, ${reports} report(s), last line: ${last} |`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}

/** Asks for `url` until it answers 200 with its whole body: a streamed page counts once all of it is there. */
async function waitFor(url: string, deadline: number): Promise<number> {
  while (performance.now() < deadline) {
    const status = await fetch(url).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    );
    if (status === 200) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Waits until Next.js's trace (`<distDir>/dev/trace`) records, after its first `fromLength` bytes,
 * that Turbopack has written its file-system cache; false if it has not by `deadline`.
 */
async function cacheWritten(trace: string, fromLength: number, deadline: number): Promise<boolean> {
  while (performance.now() < deadline) {
    const text = await readFile(trace).then((bytes) => bytes.subarray(fromLength).toString("utf8"), () => "");
    if (text.includes('"name":"turbopack-persistence"')) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

type DevServer = { started: number; stop: () => Promise<void> };

/** `next dev` as `npm run dev` runs it, in its own process group so that stopping it stops its workers. */
function startDev(port: number, env: NodeJS.ProcessEnv): DevServer {
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, detached: true, stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    started,
    stop: async () => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid, "SIGTERM");
      await exited;
    },
  };
}

async function preview(port: number): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-preview-"));
  // A build folder tsconfig.json already lists, so `next dev` leaves tsconfig.json alone.
  const distDir = ".next-preview";
  const nextEnv = await readFile(path.join(ROOT, "next-env.d.ts"), "utf8");
  await rm(path.join(ROOT, distDir), { recursive: true, force: true });
  await cp(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: path.join(root, "content"), NEXT_DIST_DIR: distDir, NODE_ENV: "development" };
  let dev = startDev(port, env);
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 600_000;
  try {
    await waitFor(`${base}/`, deadline);
    const home = seconds(dev.started);
    const traceLength = await stat(path.join(ROOT, distDir, "dev", "trace")).then((file) => file.size, () => 0);
    const articleStarted = performance.now();
    await waitFor(`${base}/articles/how-to-read-a-hallmark`, deadline);
    const article = seconds(articleStarted);
    // What the open page's script does: ask for the next version, then reload.
    const version = await (await fetch(`${base}/dev/content-version`)).text();
    const asked = fetch(`${base}/dev/content-version?since=${encodeURIComponent(version)}`).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const file = path.join(root, "content", "articles", "how-to-read-a-hallmark.md");
    const saved = performance.now();
    await writeFile(file, `${await readFile(file, "utf8")}\nOne more line.\n`);
    await asked;
    const refresh = seconds(saved);
    // An author's session outlasts Turbopack's write of its cache; a bench that stopped sooner
    // would measure the next start against half a cache.
    const persisted = await cacheWritten(path.join(ROOT, distDir, "dev", "trace"), traceLength, performance.now() + 180_000);
    // The next day's `npm run dev`: the same build folder, so Turbopack's file-system cache is there.
    await dev.stop();
    dev = startDev(port, env);
    await waitFor(`${base}/`, deadline);
    const again = seconds(dev.started);
    return [
      `| npm run dev, first page (home) | ${home.toFixed(1)} s | from the command to the whole page, no build cache (the first start after a clone) |`,
      `| npm run dev, first article page | ${article.toFixed(1)} s | compiled on its first visit |`,
      `| a saved file reaches the open page | ${refresh.toFixed(2)} s | the live refresh's answer, before the browser reloads |`,
      `| npm run dev again, first page (home) | ${again.toFixed(1)} s | from the command to the whole page, with the first start's cache${persisted ? "" : " (not seen written in 3 minutes)"} |`,
    ];
  } finally {
    await dev.stop();
    await rm(root, { recursive: true, force: true });
    await rm(path.join(ROOT, distDir), { recursive: true, force: true });
    // `next dev` points next-env.d.ts at its own folder: give it back.
    await writeFile(path.join(ROOT, "next-env.d.ts"), nextEnv);
  }
}

runCommand(async () => {
  const args = readCommandLine({ options: { runs: { type: "string", default: "3" }, port: { type: "string", default: "4390" } } }, "npm run bench:authoring [-- --runs 3 --port 4390]");
  if (!args) return 1;
  const rows = [...(await failFast(Number(args.values.runs))), ...(await preview(Number(args.values.port)))];
  console.log(`| what | time | notes |\n| --- | --- | --- |\n${rows.join("\n")}`);
  console.log(`\nLoad average when done: ${loadavg().map((n) => n.toFixed(1)).join(", ")} on this machine's cores.`);
  await rm(path.join(ROOT, ".next-bench-authoring"), { recursive: true, force: true });
  return 0;
});
