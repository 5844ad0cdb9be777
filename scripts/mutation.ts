/**
 * `npm run test:mutation [-- lib/seo lib/content …]`: StrykerJS (its Vitest runner) over lib/ and
 * proxy.ts, one folder at a time, each with its own incremental file under bench/mutation/
 * incremental/ (committed, so a rerun only tests the mutants whose code or tests changed). Then
 * the score of every folder, from all those files, goes to bench/mutation/scores.md.
 * Not part of `npm test`: a full run from nothing takes hours on two cores.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const INCREMENTAL_DIR = "bench/mutation/incremental";
const SCORES = "bench/mutation/scores.md";

/** A folder of the code and the files of it that Stryker mutates. */
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
    { name: "lib", mutate: patterns("lib", false) },
    ...(existsSync("proxy.ts") ? [{ name: "proxy.ts", mutate: ["proxy.ts"] }] : []),
  ];
}

const incrementalFile = (group: Group) => path.join(INCREMENTAL_DIR, `${group.name.replaceAll("/", "-")}.json`);

function run(group: Group): void {
  console.log(`\n── ${group.name} ──`);
  const args = ["run", "--incremental", "--incrementalFile", incrementalFile(group), "--mutate", group.mutate.join(",")];
  const result = spawnSync(path.join("node_modules", ".bin", "stryker"), args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`stryker ended with ${result.status ?? result.signal} for ${group.name}`);
}

// The part of the mutation-testing-report-schema this script reads.
const reportSchema = z.object({
  files: z.record(z.string(), z.object({ mutants: z.array(z.object({ status: z.string() })) })),
});

type Tally = { killed: number; survived: number; noCoverage: number; timeout: number };

function tally(file: string): Map<string, Tally> {
  const report = reportSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const byFolder = new Map<string, Tally>();
  for (const [name, { mutants }] of Object.entries(report.files)) {
    const folder = name.includes("/") ? path.posix.dirname(name) : name;
    const counts = byFolder.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0 };
    for (const { status } of mutants) {
      if (status === "Killed") counts.killed += 1;
      else if (status === "Timeout") counts.timeout += 1;
      else if (status === "Survived") counts.survived += 1;
      else if (status === "NoCoverage") counts.noCoverage += 1;
      // CompileError, RuntimeError and Ignored mutants are not part of the score, as in Stryker's own.
    }
    byFolder.set(folder, counts);
  }
  return byFolder;
}

const score = (t: Tally) => (100 * (t.killed + t.timeout)) / Math.max(1, t.killed + t.timeout + t.survived + t.noCoverage);
const row = (name: string, t: Tally) => `| ${name} | ${score(t).toFixed(1)}% | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} |`;

function writeScores(): void {
  const folders = new Map<string, Tally>();
  for (const name of readdirSync(INCREMENTAL_DIR).filter((file) => file.endsWith(".json")).sort()) {
    for (const [folder, counts] of tally(path.join(INCREMENTAL_DIR, name))) folders.set(folder, counts);
  }
  const total = [...folders.values()].reduce<Tally>(
    (sum, t) => ({ killed: sum.killed + t.killed, timeout: sum.timeout + t.timeout, survived: sum.survived + t.survived, noCoverage: sum.noCoverage + t.noCoverage }),
    { killed: 0, survived: 0, noCoverage: 0, timeout: 0 },
  );
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  const lines = [
    "# Mutation score",
    "",
    `\`npm run test:mutation\` (StrykerJS, Vitest runner), written by scripts/mutation.ts on ${new Date().toISOString().slice(0, 10)} at commit ${commit}.`,
    "Score = (killed + timed out) / (killed + timed out + survived + not covered). Targets: ≥ 90% in lib/content,",
    "lib/seo, the feeds, the security and request code; ≥ 80% overall. Surviving mutants: bench/mutation/equivalent.md.",
    "",
    "| folder | score | killed | timed out | survived | no coverage |",
    "| --- | --- | --- | --- | --- | --- |",
    ...[...folders].sort(([a], [b]) => a.localeCompare(b)).map(([folder, t]) => row(folder, t)),
    row("**all**", total),
    "",
  ];
  writeFileSync(SCORES, lines.join("\n"));
  console.log(`\n${lines.join("\n")}`);
}

mkdirSync(INCREMENTAL_DIR, { recursive: true });
const wanted = process.argv.slice(2);
const all = groups();
const chosen = wanted.length === 0 ? all : all.filter((group) => wanted.includes(group.name));
if (wanted.length > 0 && chosen.length !== wanted.length) {
  throw new Error(`unknown folder in ${wanted.join(", ")}; choose from ${all.map((group) => group.name).join(", ")}`);
}
for (const group of chosen) run(group);
writeScores();
