// @ts-check
/*
 * The page rewriting of the build adapter (lib/build/next-adapter.mjs) for one share of the
 * pages, in a worker thread: parsing and writing HTML trees is all CPU work.
 */
import { readFile, rename, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { pageStylesheets } from "./critical-css.mjs";
import { withoutRuntime } from "./page-runtime.mjs";

/** @typedef {{ files: string[]; css: [string, string][] }} PagesJob */

/**
 * @param {string} file
 * @param {ReturnType<typeof pageStylesheets>} stylesheets
 */
async function strip(file, stylesheets) {
  let html;
  try {
    const page = await readFile(file, "utf8");
    html = withoutRuntime(page, stylesheets(page));
  } catch (error) {
    throw new Error(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { atime, mtime } = await stat(file);
  // Rename is atomic: an interrupted build leaves the old page, never half of the new one.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, html);
  // Next.js reports the file's time as the page's Last-Modified; the page was made at build time.
  await utimes(temporary, atime, mtime);
  await rename(temporary, file);
}

/**
 * Strips the runtime from each page, one at a time.
 * @param {PagesJob} job
 */
export async function stripPages({ files, css }) {
  const stylesheets = pageStylesheets(css);
  for (const file of files) await strip(file, stylesheets);
}

// Stryker disable all: runs only in the adapter's thread, where Stryker switches no mutant on; tests/unit/next-adapter.test.ts runs it through onBuildComplete (`if (false)` by hand fails its tests).
if (parentPort && workerData) {
  await stripPages(/** @type {PagesJob} */ (workerData));
}
