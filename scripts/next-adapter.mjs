// @ts-check
/*
 * The build adapter next.config.ts names (`adapterPath`). Once `next build` has written every
 * page — under `<distDir>/server` for `next start`, into the export folder for the static copy —
 * it takes the React + Next.js runtime out of the pages that have nothing to hydrate
 * (lib/html/client-runtime.mjs). `next dev` never runs it, so development keeps the runtime.
 */
import { readdir, readFile, rename, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";
import { withoutClientRuntime } from "../lib/html/client-runtime.mjs";

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
 * @param {string} file
 * @returns {Promise<boolean>} whether the page lost its runtime
 */
async function strip(file) {
  const html = await readFile(file, "utf8");
  const stripped = withoutClientRuntime(html);
  if (stripped === undefined) return false;
  const { atime, mtime } = await stat(file);
  // Rename is atomic: an interrupted build leaves the old page, never half of the new one.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, stripped);
  // Next.js reports the file's time as the page's Last-Modified; the page was made at build time.
  await utimes(temporary, atime, mtime);
  await rename(temporary, file);
  return true;
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
    const folder = pagesFolder(build);
    const files = await htmlFiles(folder);
    const limit = pLimit(32);
    const stripped = await Promise.all(files.map((file) => limit(() => strip(file))));
    const kept = files.filter((_, index) => !stripped[index]).map((file) => path.relative(folder, file));
    console.log(`Static pages: removed the client runtime from ${stripped.length - kept.length} of ${files.length} pages; kept it on ${kept.join(", ") || "none"}.`);
  },
};

export default adapter;
