/** The files Stryker mutates: those of the project matching stryker.config.json's `mutate` patterns. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { minimatch } from "minimatch";
import { z } from "zod";

const configSchema = z.looseObject({ mutate: z.array(z.string()) });

/** Whether `file` is mutated under `patterns`, read as Stryker reads them (minimatch, hidden files left out): in order, a `!` taking files out again. */
export function isMutated(file: string, patterns: string[]): boolean {
  const matches = (pattern: string) => minimatch(file, pattern, { dot: false });
  return patterns.reduce((mutated, pattern) => (pattern.startsWith("!") ? mutated && !matches(pattern.slice(1)) : mutated || matches(pattern)), false);
}

/** The project's files (committed, or new and not ignored) that Stryker mutates, sorted. */
export function mutatedFiles(config = "stryker.config.json"): string[] {
  const { mutate } = configSchema.parse(JSON.parse(readFileSync(config, "utf8")));
  const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout
    .split("\n")
    .filter((file) => file !== "" && isMutated(file, mutate) && existsSync(file))
    .sort();
}
