/**
 * `npm run test:mutation [-- lib/seo security …]`: StrykerJS (its Vitest runner) over lib/ and
 * proxy.ts, one group at a time (each folder of lib/, the security and request code, the other
 * files of lib/), each with its own incremental file under bench/mutation/incremental/ (committed,
 * so a rerun only tests the mutants whose code or tests changed). Then the score of every group,
 * from all those files, and the run time of its last run go to bench/mutation/scores.md
 * (`-- --scores` rewrites that table, and disabled.md below, without running Stryker). A folder too big for one sitting can be measured file
 * by file (`-- lib/content/dates.ts`); its row then adds up the files measured so far.
 * `-- --together a.ts b.ts …` measures several files in one Stryker run (one dry run of the suite for
 * all of them instead of one each), then gives each file its own incremental file; files last
 * measured together are rerun incrementally.
 * Every run, and `--scores`, first writes bench/mutation/disabled.md, the index of the source's
 * `Stryker disable` comments (scripts/mutation/write-disabled.ts), and stops if one gives no reason.
 * Not part of `npm test`: a full run from nothing takes hours on two cores.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DISABLED, writeDisabled } from "./mutation/write-disabled";

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

const runSchema = z.object({ date: z.string(), commit: z.string(), minutes: z.number(), concurrency: z.number(), sharedBy: z.number().optional() });
const runsSchema = z.record(z.string(), runSchema);
const readRuns = () => (existsSync(RUNS) ? runsSchema.parse(JSON.parse(readFileSync(RUNS, "utf8"))) : {});
const commit = () => spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
const concurrency = z.coerce.number().int().min(1).max(2).parse(process.env.MUTATION_CONCURRENCY ?? "2");

// The part of an incremental report whose mutants may be set aside before a run.
const earlierReportSchema = z.looseObject({
  files: z.record(z.string(), z.looseObject({ mutants: z.array(z.looseObject({ status: z.string(), static: z.boolean().optional() })) })),
});

/**
 * Takes out of an earlier report the static mutants it found alive, so that they are planned again:
 * Stryker would reuse such a verdict as long as no new test covers the mutant, and a static mutant
 * counted alive against the one test that imported its module inside the test (stryker-js#6144)
 * never gets one. Planned again, it is ignored (ignoreStatic) or tested against its covering tests.
 */
function replanStaticSurvivors(incremental: string): void {
  if (!existsSync(incremental)) return;
  const report = earlierReportSchema.parse(JSON.parse(readFileSync(incremental, "utf8")));
  const alive = (mutant: { status: string; static?: boolean }) => mutant.static === true && (mutant.status === "Survived" || mutant.status === "NoCoverage");
  if (!Object.values(report.files).some(({ mutants }) => mutants.some(alive))) return;
  const files = Object.fromEntries(Object.entries(report.files).map(([name, file]) => [name, { ...file, mutants: file.mutants.filter((mutant) => !alive(mutant)) }]));
  writeFileSync(incremental, JSON.stringify({ ...report, files }));
}

function run(group: Group, incremental = incrementalFile(group), names = [group.name]): void {
  console.log(`\n── ${group.name} ──`);
  replanStaticSurvivors(incremental);
  const args = ["run", "--incremental", "--incrementalFile", incremental, "--concurrency", String(concurrency), "--mutate", group.mutate.join(",")];
  const started = performance.now();
  const at = commit();
  // The server in Auckland, far from London and from UTC: a mutant that reads the server's zone
  // changes a date the tests expect (the runner's worker threads cannot switch TZ per test).
  const result = spawnSync(path.join("node_modules", ".bin", "stryker"), args, { stdio: "inherit", env: { ...process.env, TZ: "Pacific/Auckland" } });
  if (result.status !== 0) throw new Error(`stryker ended with ${result.status ?? result.signal} for ${group.name}`);
  const minutes = Math.round((performance.now() - started) / 6000) / 10;
  const last = { date: new Date().toISOString().slice(0, 16).replace("T", " "), commit: at, minutes, concurrency, ...(names.length > 1 ? { sharedBy: names.length } : {}) };
  const runs = { ...readRuns(), ...Object.fromEntries(names.map((name) => [name, last])) };
  writeFileSync(RUNS, `${JSON.stringify(runs, null, 2)}\n`);
}

// What this script needs of a whole report to cut it into one report per file.
const wholeReportSchema = z.looseObject({ files: z.record(z.string(), z.unknown()), testFiles: z.unknown() });

/**
 * Several files of lib/ measured in one Stryker run, then each given its own incremental file (the
 * whole report with that file's mutants alone), so that each is rerun on its own later. Files last
 * measured together (their incremental files hold the same tests) are put back into one report, so
 * that only what changed is tested again; otherwise every mutant of theirs is tested from nothing.
 */
function runTogether(files: Group[]): void {
  // One combined report per run, so that two sets of files can be measured at the same time.
  const combined = path.join(INCREMENTAL_DIR, `together-${process.pid}.tmp.json`);
  rmSync(combined, { force: true });
  const earlier = files.map((file) => (existsSync(incrementalFile(file)) ? wholeReportSchema.parse(JSON.parse(readFileSync(incrementalFile(file), "utf8"))) : undefined));
  const [first] = earlier;
  const tests = (report: z.infer<typeof wholeReportSchema> | undefined) => JSON.stringify(report?.testFiles);
  if (first !== undefined && earlier.every((report) => report !== undefined && tests(report) === tests(first))) {
    writeFileSync(combined, JSON.stringify({ ...first, files: Object.assign({}, ...earlier.map((report) => report?.files)) }));
  }
  run({ name: files.map((file) => file.name).join(", "), mutate: files.map((file) => file.name) }, combined, files.map((file) => file.name));
  const report = wholeReportSchema.parse(JSON.parse(readFileSync(combined, "utf8")));
  for (const file of files) {
    const mutants = report.files[file.name];
    if (mutants === undefined) continue;
    writeFileSync(incrementalFile(file), JSON.stringify({ ...report, files: { [file.name]: mutants } }, null, 2));
  }
  rmSync(combined);
}

// The part of the mutation-testing-report-schema this script reads.
const reportSchema = z.object({
  files: z.record(z.string(), z.object({ mutants: z.array(z.object({ status: z.string() })) })),
});

type Tally = { killed: number; survived: number; noCoverage: number; timeout: number };

/** A Stryker report as the scores read it. */
const readReport = (file: string) => reportSchema.parse(JSON.parse(readFileSync(file, "utf8")));

function tally(report: z.infer<typeof reportSchema>): Tally {
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

/** Whether `file`, measured on its own, belongs to `group`. */
function inGroup(file: string, group: Group): boolean {
  if (group.name === "security") return SECURITY.includes(file);
  if (group.name === "lib") return path.dirname(file) === "lib" && !SECURITY.includes(file);
  return file.startsWith(`${group.name}/`);
}

/** How many files a group mutates. */
function fileCount(group: Group): number {
  if (group.name === "security") return group.mutate.length;
  const folder = group.name;
  const names = readdirSync(folder, { recursive: folder !== "lib", encoding: "utf8" });
  return names.filter((name) => /\.(ts|tsx|mjs)$/.test(name) && (folder !== "lib" || !SECURITY.includes(`lib/${name}`))).length;
}

const sum = (tallies: Tally[]) =>
  tallies.reduce<Tally>(
    (total, t) => ({ killed: total.killed + t.killed, timeout: total.timeout + t.timeout, survived: total.survived + t.survived, noCoverage: total.noCoverage + t.noCoverage }),
    { killed: 0, survived: 0, noCoverage: 0, timeout: 0 },
  );

const cells = (t: Tally) => `${score(t).toFixed(1)}% | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage}`;

function lastRun(name: string, runs: Record<string, z.infer<typeof runSchema>>): string {
  const last = runs[name];
  if (!last) return "not recorded";
  const shared = last.sharedBy === undefined ? "" : `, one run for ${last.sharedBy} files`;
  return `${last.date} UTC, ${last.commit}, ${last.minutes} min at concurrency ${last.concurrency}${shared}`;
}

function writeScores(all: Group[], files: Group[]): void {
  const runs = readRuns();
  const measuredFiles = files.filter((file) => existsSync(incrementalFile(file)));
  const rows: { t: Tally; line: string }[] = [];
  const missing: Group[] = [];
  for (const group of all) {
    if (existsSync(incrementalFile(group))) {
      // Files written after the folder's run are measured on their own: the row adds them, or it would count the folder as it was.
      const folderRun = readReport(incrementalFile(group));
      const since = measuredFiles.filter((file) => inGroup(file.name, group) && !(file.name in folderRun.files));
      const t = sum([tally(folderRun), ...since.map((file) => tally(readReport(incrementalFile(file))))]);
      const name = since.length === 0 ? group.name : `${group.name} (the folder's run and ${since.length} files measured on their own since)`;
      const when = since.length === 0 ? lastRun(group.name, runs) : `the folder: ${lastRun(group.name, runs)}; the files: below`;
      rows.push({ t, line: `| ${name} | ${cells(t)} | ${when} |` });
      continue;
    }
    // A folder too big for one sitting is measured file by file: its row is what is measured so far.
    const parts = measuredFiles.filter((file) => inGroup(file.name, group));
    if (parts.length === 0) {
      missing.push(group);
      continue;
    }
    const t = sum(parts.map((file) => tally(readReport(incrementalFile(file)))));
    rows.push({ t, line: `| ${group.name} (partial: ${parts.length} of ${fileCount(group)} files) | ${cells(t)} | the files' own runs, below |` });
  }
  const total = sum(rows.map(({ t }) => t));
  const fileLines = measuredFiles.map((file) => `| ${file.name} | ${cells(tally(readReport(incrementalFile(file))))} | ${lastRun(file.name, runs)} |`);
  const header = ["| group | score | killed | timed out | survived | no coverage | last run (time, commit, run time) |", "| --- | --- | --- | --- | --- | --- | --- |"];
  const lines = [
    "# Mutation score",
    "",
    "`npm run test:mutation` (StrykerJS 9.6.1, Vitest runner, `perTest` coverage, incremental), written by",
    "scripts/mutation.ts. Score = (killed + timed out) / (killed + timed out + survived + not covered).",
    "Targets: ≥ 90% in lib/content, lib/seo, the feeds (lib/feeds, lib/xml) and the security and request",
    `code (${SECURITY.join(", ")}); ≥ 80% overall. Surviving mutants: bench/mutation/equivalent.md.`,
    "The run time is the group's last run (incremental reruns are shorter than a first run). A group",
    "marked partial is measured file by file (`npm run test:mutation -- lib/content/dates.ts`): its row",
    "counts the files measured so far, listed in the second table.",
    "",
    ...header,
    ...rows.map(({ line }) => line),
    `| **measured groups** | ${cells(total)} | |`,
    "",
    missing.length === 0 ? "Every group is measured, at least in part." : `Not measured yet: ${missing.map((group) => group.name).join(", ")}.`,
    "",
    ...(fileLines.length === 0 ? [] : ["## Files measured on their own", "", ...header, ...fileLines, ""]),
  ];
  writeFileSync(SCORES, lines.join("\n"));
  console.log(`\n${lines.join("\n")}`);
}

mkdirSync(INCREMENTAL_DIR, { recursive: true });
// Before any run, so that a comment without its reason stops the script before hours of Stryker.
console.log(`${writeDisabled()} Stryker disable comments indexed in ${DISABLED}`);
// `--scores` only rewrites the table from the incremental files, without running Stryker.
const wanted = process.argv.slice(2).filter((name) => name !== "--scores" && name !== "--together");
const scoresOnly = process.argv.includes("--scores");
const together = process.argv.includes("--together");
const all = groups();
// A single file of lib/ is a group of its own: a first run of a big folder can take longer than one sitting.
const files = wanted.filter((name) => name.startsWith("lib/") && /\.(ts|tsx|mjs)$/.test(name) && existsSync(name)).map((name) => ({ name, mutate: [name] }));
const chosen = scoresOnly ? [] : wanted.length === 0 ? all : [...all.filter((group) => wanted.includes(group.name)), ...files];
if (!scoresOnly && wanted.length > 0 && chosen.length !== wanted.length) {
  throw new Error(`unknown group in ${wanted.join(", ")}; choose from ${all.map((group) => group.name).join(", ")} or a file of lib/`);
}
if (together) {
  if (files.length !== wanted.length) throw new Error("--together takes files of lib/ only");
  runTogether(files);
} else {
  for (const group of chosen) run(group);
}
// Files measured on their own (runs.json names them) get a row of their own.
const fileGroups = Object.keys(readRuns())
  .filter((name) => /\.(ts|tsx|mjs)$/.test(name) && name !== "proxy.ts")
  .sort()
  .map((name) => ({ name, mutate: [name] }));
writeScores(all, fileGroups);
