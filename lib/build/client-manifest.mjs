// @ts-check
/*
 * Which of our own client components a page renders, from the client reference manifest
 * `next build` writes beside each page's server bundle (`<page>_client-reference-manifest.js`).
 * The manifest is a script of one assignment, `globalThis.__RSC_MANIFEST["/page"] = {…}`, whose
 * value is JSON.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

/** `globalThis.__RSC_MANIFEST["/page"] =`, after which the rest of the script is the JSON. */
const ASSIGNMENT = /globalThis\.__RSC_MANIFEST\[("(?:[^"\\]|\\.)*")\]\s*=\s*/;

/**
 * The manifest's `clientModules` keys: the client components the page can render, by source
 * file (`[project]/components/x.tsx` from Turbopack, an absolute path from webpack).
 * @param {string} manifestFile
 * @returns {Promise<string[]>}
 */
export async function clientModulesOf(manifestFile) {
  const text = await readFile(manifestFile, "utf8");
  const assignment = ASSIGNMENT.exec(text);
  if (!assignment) throw new Error(`${manifestFile} is not a client reference manifest this build adapter can read`);
  /** @type {{ clientModules?: Record<string, unknown> }} */
  const manifest = JSON.parse(text.slice(assignment.index + assignment[0].length).trim().replace(/;$/, ""));
  return Object.keys(manifest.clientModules ?? {});
}

/**
 * Our own client components among a manifest's modules: project files, not packages or stylesheets.
 * @param {string[]} modules
 * @param {string} projectDir
 */
export function ownClientComponents(modules, projectDir) {
  const own = new Set();
  for (const source of modules) {
    // A module id may carry a suffix: `#export`, ` <module evaluation>`.
    const file = source.replace(/[#<].*/s, "").trim().replace(/^\[project\]\//, () => `${projectDir}/`);
    const relative = path.relative(projectDir, file);
    if (relative.startsWith("..") || relative.split(path.sep).includes("node_modules")) continue;
    // Stryker disable next-line ConditionalExpression: `path.relative` gives an absolute path only between Windows drives; the builds run on Linux.
    if (path.isAbsolute(relative)) continue;
    if (/\.css$/.test(relative)) continue;
    own.add(relative.split(path.sep).join("/"));
  }
  return [...own].sort();
}
