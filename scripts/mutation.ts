/**
 * `npm run test:mutation [-- lib/seo security …]`: StrykerJS (its Vitest runner) over lib/ and
 * proxy.ts, one group at a time (each folder of lib/, the security and request code, the other
 * files of lib/), each with its own incremental file under bench/mutation/incremental/ (committed,
 * so a rerun only tests the mutants whose code or tests changed). Then the score of every group,
 * from all those files, and the run time of its last run go to bench/mutation/scores.md.
 * Not part of `npm test`: a full run from nothing takes hours on two cores.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const INCREMENTAL_DIR = "bench/mutation/incremental";
const RUNS = "bench/mutation/runs.json";
const SCORES = "bench/mutation/scores.md";
// The "security and request code": what answers or shapes every response.
const SECURITY = ["proxy.ts", "lib/request-guard.ts", "lib/security-headers.ts", "lib/cache-headers.ts"];

/** A part of the code and the files of it that Stryker mutates. */
type Group = { name: string; mutate: string[] };

// One pattern per extension in use: Stryker's --mutate splits on commas, so `*.{ts,mjs}` would not survive it.
function patterns(folder: string, deep: boolean): string[] {
  const names = readdirSync(folder, { recursive: deep, encoding: "utf8" });
  return ["ts", "tsx", "mjs"].filter((extension) => names.some((name) => name.endsWith(`.${extension}`))).map((extension) => `${folder}/${deep ? "**/" : ""}*.${extension}`);
}

function groups(): Group[] {
  const folders = readdirSync("lib", { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [
    ...folders.map((folder) => ({ name: `lib/${folder.name}`, mutate: patterns(`lib/${folder.name}`, true) })),
    { name: "security", mutate: SECURITY.filter((file) => existsSync(file)) },
    { name: "lib", mutate: [...patterns("lib", false), ...SECURITY.map((file) => `!${file}`)] },
  ];
}

const incrementalFile = (group: Group) => path.join(INCREMENTAL_DIR, `${group.name.replaceAll("/", "-")}.json`);

const runSchema = z.object({ date: z.string(), commit: z.string(), minutes: z.number(), concurrency: z.number() });
const runsSchema = z.record(z.string(), runSchema);
const readRuns = () => (existsSync(RUNS) ? runsSchema.parse(JSON.parse(readFileSync(RUNS, "utf8"))) : {});
const commit = () => spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
const concurrency = z.coerce.number().int().min(1).max(2).parse(process.env.MUTATION_CONCURRENCY ?? "2");

function run(group: Group): void {
  console.log(`\n── ${group.name} ──`);
  const args = ["run", "--incremental", "--incrementalFile", incrementalFile(group), "--concurrency", String(concurrency), "--mutate", group.mutate.join(",")];
  const started = performance.now();
  const at = commit();
  // The server in Auckland, far from London and from UTC: a mutant that reads the server's zone
  // changes a date the tests expect (the runner's worker threads cannot switch TZ per test).
  const result = spawnSync(path.join("node_modules", ".bin", "stryker"), args, { stdio: "inherit", env: { ...process.env, TZ: "Pacific/Auckland" } });
  if (result.status !== 0) throw new Error(`stryker ended with ${result.status ?? result.signal} for ${group.name}`);
  const minutes = Math.round((performance.now() - started) / 6000) / 10;
  const runs = { ...readRuns(), [group.name]: { date: new Date().toISOString().slice(0, 16).replace("T", " "), commit: at, minutes, concurrency } };
  writeFileSync(RUNS, `${JSON.stringify(runs, null, 2)}\n`);
}

// The part of the mutation-testing-report-schema this script reads.
const reportSchema = z.object({
  files: z.record(z.string(), z.object({ mutants: z.array(z.object({ status: z.string() })) })),
});

type Tally = { killed: number; survived: number; noCoverage: number; timeout: number };

function tally(file: string): Tally {
  const report = reportSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const counts: Tally = { killed: 0, survived: 0, noCoverage: 0, timeout: 0 };
  for (const { mutants } of Object.values(report.files)) {
    for (const { status } of mutants) {
      if (status === "Killed") counts.killed += 1;
      else if (status === "Timeout") counts.timeout += 1;
      else if (status === "Survived") counts.survived += 1;
      else if (status === "NoCoverage") counts.noCoverage += 1;
      // CompileError, RuntimeError and Ignored mutants are not part of the score, as in Stryker's own.
    }
  }
  return counts;
}

const score = (t: Tally) => (100 * (t.killed + t.timeout)) / Math.max(1, t.killed + t.timeout + t.survived + t.noCoverage);

function writeScores(all: Group[]): void {
  const runs = readRuns();
  const measured = all.filter((group) => existsSync(incrementalFile(group)));
  const missing = all.filter((group) => !existsSync(incrementalFile(group)));
  const rows = measured.map((group) => {
    const t = tally(incrementalFile(group));
    const last = runs[group.name];
    const when = last ? `${last.date} UTC, ${last.commit}, ${last.minutes} min at concurrency ${last.concurrency}` : "not recorded";
    return { t, line: `| ${group.name} | ${score(t).toFixed(1)}% | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${when} |` };
  });
  const total = rows.reduce<Tally>(
    (sum, { t }) => ({ killed: sum.killed + t.killed, timeout: sum.timeout + t.timeout, survived: sum.survived + t.survived, noCoverage: sum.noCoverage + t.noCoverage }),
    { killed: 0, survived: 0, noCoverage: 0, timeout: 0 },
  );
  const lines = [
    "# Mutation score",
    "",
    "`npm run test:mutation` (StrykerJS 9.6.1, Vitest runner, `perTest` coverage, incremental), written by",
    "scripts/mutation.ts. Score = (killed + timed out) / (killed + timed out + survived + not covered).",
    "Targets: ≥ 90% in lib/content, lib/seo, the feeds (lib/feeds, lib/xml) and the security and request",
    `code (${SECURITY.join(", ")}); ≥ 80% overall. Surviving mutants: bench/mutation/equivalent.md.`,
    "The run time is the group's last run (incremental reruns are shorter than a first run).",
    "",
    "| group | score | killed | timed out | survived | no coverage | last run (time, commit, run time) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(({ line }) => line),
    `| **measured groups** | ${score(total).toFixed(1)}% | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | |`,
    "",
    missing.length === 0 ? "Every group is measured." : `Not measured yet: ${missing.map((group) => group.name).join(", ")}.`,
    "",
  ];
  writeFileSync(SCORES, lines.join("\n"));
  console.log(`\n${lines.join("\n")}`);
}

mkdirSync(INCREMENTAL_DIR, { recursive: true });
const wanted = process.argv.slice(2);
const all = groups();
// A single file of lib/ is a group of its own: a first run of a big folder can take longer than one sitting.
const files = wanted.filter((name) => name.startsWith("lib/") && /\.(ts|tsx|mjs)$/.test(name) && existsSync(name)).map((name) => ({ name, mutate: [name] }));
const chosen = wanted.length === 0 ? all : [...all.filter((group) => wanted.includes(group.name)), ...files];
if (wanted.length > 0 && chosen.length !== wanted.length) {
  throw new Error(`unknown group in ${wanted.join(", ")}; choose from ${all.map((group) => group.name).join(", ")} or a file of lib/`);
}
for (const group of chosen) run(group);
// Files measured on their own (runs.json names them) get a row of their own.
const fileGroups = Object.keys(readRuns())
  .filter((name) => /\.(ts|tsx|mjs)$/.test(name) && name !== "proxy.ts")
  .map((name) => ({ name, mutate: [name] }));
writeScores([...all, ...fileGroups]);
