// @ts-check
/*
 * The page rewriting of the build adapter (lib/build/next-adapter.mjs), for one share of the pages:
 * run in a worker thread per core, since it is all string work.
 */
import { readFile, rename, stat, utimes, writeFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import pLimit from "p-limit";
import { withoutClientRuntime } from "./client-runtime.mjs";
import { inlineStylesheets } from "./inline-stylesheets.mjs";

/** @typedef {{ files: string[]; ownIds: string[]; css: [string, string][] }} PagesJob */

/**
 * @param {string} file
 * @param {ReadonlySet<string>} ownIds
 * @param {ReadonlyMap<string, string>} css
 * @returns {Promise<boolean>} whether the page lost its runtime
 */
async function strip(file, ownIds, css) {
  const html = await readFile(file, "utf8");
  const withoutRuntime = withoutClientRuntime(html, ownIds);
  if (withoutRuntime === undefined) return false;
  const stripped = inlineStylesheets(withoutRuntime, (href) => css.get(href));
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
 * Strips and inlines each page; the pages that kept their runtime.
 * @param {PagesJob} job
 * @returns {Promise<string[]>}
 */
export async function rewritePages({ files, ownIds, css }) {
  const ids = new Set(ownIds);
  const sheets = new Map(css);
  const limit = pLimit(16);
  const stripped = await Promise.all(files.map((file) => limit(() => strip(file, ids, sheets))));
  return files.filter((_, index) => !stripped[index]);
}

if (parentPort && workerData) parentPort.postMessage(await rewritePages(/** @type {PagesJob} */ (workerData)));
