import { execFile } from "node:child_process";
import path from "node:path";

export type ScriptResult = { code: number; stdout: string; stderr: string };

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * Runs `npm run <script> -- <args>` from the project root, exactly as an author types it, with
 * `env` added (CONTENT_DIR, PUBLIC_DIR …). Vitest's NODE_ENV=test is removed, unless `env`
 * sets one, so the command sees what it would in a terminal.
 */
export function runScript(script: string, args: readonly string[], env: Record<string, string>, timeout = 600_000): Promise<ScriptResult> {
  const unset = "NODE_ENV" in env ? [] : ["-u", "NODE_ENV"];
  return new Promise((resolve) => {
    execFile(
      "env",
      [...unset, "npm", "run", "--silent", script, "--", ...args],
      { cwd: projectRoot, env: { ...process.env, ...env }, timeout, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
