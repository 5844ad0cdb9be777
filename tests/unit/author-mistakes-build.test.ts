import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MISTAKES } from "../fixtures/author-mistakes/table";
import { mistakesJournal, type Journal } from "../helpers/author-mistakes";
import { projectRoot, runScript } from "../helpers/run-script";

/*
 * Plain `next build`, as every Next.js host runs it (not `npm run build`), on the journal of issue
 * 16's mistakes (tests/fixtures/author-mistakes): it must stop in its config step, before compiling
 * anything, with the same error lines as `check:content`, each printed once.
 */

const DIST_DIR = ".next-test-mistakes";
// A build that got as far as compiling would point these at its folder: they are then given back.
// Only then: another file's build (author-workflow.test.ts, in the other Vitest worker) may hold
// them meanwhile, and gives them back itself.
const touched = ["next-env.d.ts", "tsconfig.json"].map((name) => path.join(projectRoot, name));

/** `next build` from the project root, with Vitest's NODE_ENV=test removed as in a terminal. */
function nextBuild(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  return new Promise((resolve) => {
    execFile("env", ["-u", "NODE_ENV", process.execPath, next, "build"], { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, output: `${stdout}\n${stderr}` });
    });
  });
}

const errors = MISTAKES.flatMap((row) => row.report).filter((line) => line.startsWith("error"));

let journal: Journal;
let saved: (string | undefined)[] = [];

beforeAll(async () => {
  journal = await mistakesJournal();
  saved = await Promise.all(touched.map((file) => readFile(file, "utf8").catch(() => undefined)));
});

afterAll(async () => {
  await journal.remove();
  await rm(path.join(projectRoot, DIST_DIR), { recursive: true, force: true });
  await Promise.all(touched.map(async (file, index) => {
    const text = saved[index];
    if (text !== undefined && (await readFile(file, "utf8")).includes(DIST_DIR)) await writeFile(file, text);
  }));
});

describe("next build on a journal with mistakes", { timeout: 900_000 }, () => {
  it("stops before compiling, with check:content's error lines once each, and ends on how many and where", async () => {
    const env = { CONTENT_DIR: journal.contentDir, PUBLIC_DIR: journal.publicDir, NEXT_DIST_DIR: DIST_DIR };
    const [build, check] = [await nextBuild(env), await runScript("check:content", [], env)];
    expect(build.code).toBe(1);
    const lines = build.output.split("\n");
    // The table's lines, written by hand, are the lines both commands print.
    expect(errors).toHaveLength(51);
    for (const line of errors) {
      expect(lines.filter((printed) => printed === line), line).toHaveLength(1);
      expect(check.stdout.split("\n"), line).toContain(line);
    }
    expect(lines.filter((line) => line.startsWith("warning"))).toEqual([]);
    expect(lines.filter((line) => line.trim() !== "").at(-1)).toBe(
      "The build stopped on 51 errors in content/articles/author-full-name.md, content/articles/author-with-capitals.md, content/articles/camera-file-name-as-description.md, content/articles/cover-on-one-line.md and 32 more files.",
    );
    // Nothing was compiled, and no stack trace or object dump follows the report.
    expect(build.output).not.toMatch(/Creating an optimized production build|Compiled|Collecting page data/);
    expect(build.output).not.toMatch(/^\s+at |\{\s*$|Error:/m);
  });
});
