// @ts-check
/*
 * The build adapter next.config.ts names (`adapterPath`): the last steps of `next build`, once every
 * page is written. `next dev` never runs it.
 *
 * 1. Zero JavaScript (lib/client-routes.mjs): a page outside the declared client routes that
 *    renders one of our client components fails the build; the others lose the React + Next.js
 *    runtime and get their stylesheet inline (lib/build/page-runtime.mjs), in a worker thread per
 *    core (lib/build/next-adapter-pages.mjs).
 * 2. The search index (scripts/build-search-index.ts), in a process of its own, at the same time.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { clientRoutes, isClientRoute } from "../client-routes.mjs";
import { clientModulesOf, ownClientComponents } from "./client-manifest.mjs";

/** @typedef {Parameters<NonNullable<import("next").NextAdapter["onBuildComplete"]>>[0]} Build */

/**
 * Pages outside the declared routes that render our client components, as messages.
 * @param {Build} build
 */
async function undeclaredClientPages({ outputs, projectDir }) {
  const problems = new Set();
  for (const page of outputs.appPages) {
    // `sourcePage` is the page's file under app/ (`/search/page`), below its route; one page has several outputs.
    if (isClientRoute(page.sourcePage)) continue;
    const manifest = page.filePath.replace(/\.js$/, "_client-reference-manifest.js");
    const own = ownClientComponents(await clientModulesOf(manifest), projectDir);
    if (own.length > 0) problems.add(`app${page.sourcePage} renders ${own.join(", ")}`);
  }
  return [...problems];
}

/**
 * The folder `output: "export"` writes the static copy to: `out` when distDir is left at `.next`.
 * @param {Build} build
 */
function exportFolder({ config, projectDir }) {
  return path.resolve(projectDir, config.distDir === ".next" ? "out" : config.distDir);
}

/**
 * The URL path an exported HTML file is served at: `about.html` and `about/index.html` are `/about`.
 * @param {string} exported the export folder
 * @param {string} file an HTML file in it
 */
export function exportedPathname(exported, file) {
  return `/${path.relative(exported, file).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "")}`;
}

/**
 * The prerendered HTML files of the pages that lose the runtime: the adapter's prerender outputs,
 * or, for `output: "export"` (whose outputs list no prerenders), the HTML files of the export
 * folder, but Next.js's own files under `_next/`.
 * @param {Build} build
 */
async function pagesToStrip(build) {
  if (build.config.output !== "export") {
    return build.outputs.prerenders.flatMap((prerender) => {
      const file = prerender.fallback?.filePath;
      return file?.endsWith(".html") && !isClientRoute(prerender.pathname) ? [file] : [];
    });
  }
  const exported = exportFolder(build);
  const entries = await readdir(exported, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const pathname = exportedPathname(exported, file);
      return !pathname.startsWith("/_next/") && !isClientRoute(pathname);
    });
}

/**
 * Strips a share of the pages in a worker thread; fails with the thread's error (`once` rejects on
 * an `error` event, which a thread sends when it throws).
 * @param {import("./next-adapter-pages.mjs").PagesJob} job
 */
async function stripInThread(job) {
  await once(new Worker(new URL("./next-adapter-pages.mjs", import.meta.url), { workerData: job }), "exit");
}

/**
 * Takes the runtime out of the pages, in a thread per core and per 500 pages.
 * @param {Build} build
 * @param {string[]} files
 * @param {string} declared the declared client routes, for the build's log
 */
async function stripAll(build, files, declared) {
  const css = await Promise.all(
    build.outputs.staticFiles.filter((file) => file.pathname.endsWith(".css")).map(async (file) => /** @type {[string, string]} */ ([file.pathname, await readFile(file.filePath, "utf8")])),
  );
  // Stryker disable next-line MethodExpression,ArithmeticOperator: the number of threads changes how long the step takes, not what it writes: every share is stripped.
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 500)));
  const shares = Array.from({ length: threads }, (_, n) => files.filter((_, index) => index % threads === n));
  await Promise.all(shares.map((share) => stripInThread({ files: share, css })));
  console.log(`Zero JavaScript: removed the client runtime from ${files.length} pages; kept it on ${declared}.`);
}

/**
 * Runs scripts/build-search-index.ts with the build's environment.
 * @param {string} projectDir
 * @param {string} outDir
 */
function buildSearchIndex(projectDir, outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build-search-index.ts", outDir], { cwd: projectDir, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(undefined) : reject(new Error(`the search index could not be built (exit ${code})`))));
  });
}

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "atelier-journal",
  async onBuildComplete(build) {
    // Stryker disable next-line StringLiteral: one route is declared, and a list of one reads the same whatever the separator.
    const declared = clientRoutes.join(", ");
    const undeclared = await undeclaredClientPages(build);
    if (undeclared.length > 0) {
      throw new Error(
        `Zero JavaScript: only ${declared} may ship client components (lib/client-routes.mjs), but\n  ${undeclared.join("\n  ")}\nMake those components server components, or declare the route.`,
      );
    }
    const files = await pagesToStrip(build);
    const exported = build.config.output === "export";
    const indexDir = exported ? path.join(exportFolder(build), "pagefind") : path.join(build.distDir, "search-index");
    // The index reads the articles from the build cache, not the pages: it is built while they are rewritten.
    const [stripped, indexed] = await Promise.allSettled([stripAll(build, files, declared), buildSearchIndex(build.projectDir, indexDir)]);
    if (stripped.status === "rejected") throw stripped.reason;
    if (indexed.status === "rejected") throw indexed.reason;
  },
};

export default adapter;
