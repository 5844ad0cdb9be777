/** The files Stryker mutates: those of the project matching stryker.config.json's `mutate` patterns. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const configSchema = z.looseObject({ mutate: z.array(z.string()) });

/** Whether `file` is mutated under `patterns`, read as Stryker reads them: in order, a `!` taking files out again. */
export function isMutated(file: string, patterns: string[]): boolean {
  return patterns.reduce((mutated, pattern) => (pattern.startsWith("!") ? mutated && !path.matchesGlob(file, pattern.slice(1)) : mutated || path.matchesGlob(file, pattern)), false);
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
