// @ts-check
/*
 * The build adapter next.config.ts names (`adapterPath`). Once `next build` has written every
 * page — under `<distDir>/server` for `next start`, into the export folder for the static copy —
 * it takes the React + Next.js runtime out of the pages that have nothing to hydrate
 * (lib/build/client-runtime.mjs) and puts their stylesheet inside them
 * (lib/build/inline-stylesheets.mjs). `next dev` never runs it, so development keeps both.
 */
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { Worker } from "node:worker_threads";
import { ownClientModuleIds } from "./client-runtime.mjs";

/** Next.js's own folders under distDir that hold no page. */
const NOT_PAGES = new Set(["cache", "static", "_next", "diagnostics", "types", "trace"]);

/** @param {string} distDir */
async function htmlFiles(distDir) {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !NOT_PAGES.has(path.relative(distDir, file).split(path.sep)[0] ?? ""));
}

/**
 * The build's client reference manifests: scripts that assign to `globalThis.__RSC_MANIFEST`,
 * each run in a context of its own.
 * @param {string} distDir
 */
async function clientReferenceManifests(distDir) {
  const app = path.join(distDir, "server", "app");
  const entries = await readdir(app, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith("_client-reference-manifest.js"));
  return Promise.all(
    files.map(async (entry) => {
      /** @type {{ __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: string | number }> }> }} */
      const context = vm.createContext({});
      vm.runInContext(await readFile(path.join(entry.parentPath, entry.name), "utf8"), context);
      return Object.values(context.__RSC_MANIFEST ?? {});
    }),
  ).then((manifests) => manifests.flat());
}

/**
 * Every stylesheet of the build, by the address pages link it at (`/_next/static/…css`).
 * @param {string} distDir
 * @returns {Promise<Map<string, string>>}
 */
async function stylesheets(distDir) {
  const dir = path.join(distDir, "static");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const css = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".css")).map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(await Promise.all(css.map(async (file) => /** @type {const} */ ([`/_next/static/${path.relative(dir, file).split(path.sep).join("/")}`, await readFile(file, "utf8")]))));
}

/**
 * Rewrites a share of the pages in a worker thread (lib/build/next-adapter-pages.mjs); the pages
 * that kept their runtime.
 * @param {import("./next-adapter-pages.mjs").PagesJob} job
 * @returns {Promise<string[]>}
 */
function rewriteInThread(job) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./next-adapter-pages.mjs", import.meta.url), { workerData: job });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => code === 0 || reject(new Error(`a page-rewriting thread ended with ${code}`)));
  });
}

/**
 * Where the pages a browser receives are. `output: "export"` builds in `.next` and then writes the
 * site into the folder distDir names (`out` when it is left at `.next`).
 * @param {{ distDir: string; projectDir: string; config: { output?: string; distDir: string } }} build
 */
function pagesFolder({ distDir, projectDir, config }) {
  if (config.output !== "export") return distDir;
  return path.resolve(projectDir, config.distDir === ".next" ? "out" : config.distDir);
}

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "atelier-journal-static-pages",
  async onBuildComplete(build) {
    const manifests = await clientReferenceManifests(build.distDir);
    if (manifests.length === 0) {
      // Without them a page's client components cannot be told from Next.js's own.
      console.warn(`Static pages: no client reference manifest under ${build.distDir}/server/app; every page keeps the client runtime.`);
      return;
    }
    const ownIds = ownClientModuleIds(manifests);
    const folder = pagesFolder(build);
    const files = await htmlFiles(folder);
    const css = [...(await stylesheets(build.distDir))];
    // All string work, 1.6 ms a page: a thread per core (7,500 pages took 12 s on one).
    const threads = Math.min(availableParallelism(), Math.ceil(files.length / 500));
    const shares = Array.from({ length: threads }, (_, n) => files.filter((_, index) => index % threads === n));
    const kept = (await Promise.all(shares.map((share) => rewriteInThread({ files: share, ownIds: [...ownIds], css })))).flat();
    // With an adapter Next.js keeps each route under server/route-cache/<kind>/<hash>/$/<route>.
    const keptRoutes = kept.map((file) => path.relative(folder, file).replace(/^.*\/\$\//, ""));
    console.log(`Static pages: removed the client runtime from ${files.length - kept.length} of ${files.length} pages; kept it on ${keptRoutes.join(", ") || "none"}.`);
  },
};

export default adapter;
