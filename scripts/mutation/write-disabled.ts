/** Writes bench/mutation/disabled.md from the source, or refuses when a disable comment gives no reason. */
import { readFileSync, writeFileSync } from "node:fs";
import { disableComments } from "./disable-comments";
import { disabledIndex, withoutReason } from "./disabled-index";
import { mutatedFiles } from "./mutated-files";

export const DISABLED = "bench/mutation/disabled.md";

/** Reads every file Stryker mutates and writes the index of its disable comments; returns how many there are. */
export function writeDisabled(): number {
  const files = mutatedFiles().map((file) => ({ file, comments: disableComments(readFileSync(file, "utf8")) }));
  const missing = withoutReason(files);
  if (missing.length > 0) throw new Error(`${missing.length} Stryker disable comment(s) without a reason:\n${missing.join("\n")}`);
  writeFileSync(DISABLED, disabledIndex(files));
  return files.reduce((count, { comments }) => count + comments.length, 0);
}
