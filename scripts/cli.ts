/**
 * What the author-facing commands share: reading their options, creating files without ever
 * overwriting one, and reporting problems in plain sentences instead of stack traces.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** The command line parsed by `config`, or undefined after telling the author what was wrong. */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    // Node's messages go on to explain `--` escaping, which only confuses: the first sentence says it.
    const reason = error instanceof Error ? (error.message.split(". ")[0] ?? error.message) : String(error);
    console.error(`${reason}.\n\nUsage: ${usage}`);
    return undefined;
  }
}

/** Writes a new file; false, and nothing written, when the file already exists. */
export async function createFile(file: string, text: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    // `wx` creates the file in the same call that fails if it exists: no check-then-write race.
    await writeFile(file, text, { flag: "wx" });
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") return false;
    throw error;
  }
}

/** A path the author can click or copy: relative to where they ran the command. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative.split(path.sep).join("/");
}

/** Where `npm run dev` serves a page. */
export function previewUrl(pagePath: string): string {
  return `http://localhost:${process.env.PORT ?? "3000"}${pagePath}`;
}

/** Prints each problem under the option it came from; returns the exit code. */
export function reportProblems(problems: readonly { field: string; message: string }[], options: Record<string, string>): number {
  console.error("Nothing was written:");
  for (const { field, message } of problems) console.error(`  ${options[field] ?? field}: ${message}`);
  return 1;
}

/** Runs a command; an unexpected failure (a read-only folder …) prints one line, not a stack trace. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
