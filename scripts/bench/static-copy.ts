import { existsSync, readFileSync } from "node:fs";
import { startCommand, type Server } from "./server";
import { startGroup } from "./process-group";

/*
 * The static copy (`npm run build:static` → out/, served by Debian's nginx) is measured only when
 * the tree has it. The contract the bench relies on:
 *   - `npm run build:static` honours CONTENT_DIR, PUBLIC_DIR and NEXT_DIST_DIR, and writes out/;
 *   - `npm run serve:static`, or else `scripts/serve-static.{ts,mts,mjs,js,sh}`, serves out/ on
 *     127.0.0.1 at the port given as `--port <n>` (and in PORT), in the foreground until SIGTERM.
 */
const RUNNERS: Record<string, string[]> = {
  ts: [process.execPath, "--import", "tsx"],
  mts: [process.execPath, "--import", "tsx"],
  mjs: [process.execPath],
  js: [process.execPath],
  sh: ["bash"],
};

function npmScripts(): Record<string, string> {
  const manifest: unknown = JSON.parse(readFileSync("package.json", "utf8"));
  const scripts = typeof manifest === "object" && manifest !== null && "scripts" in manifest ? manifest.scripts : undefined;
  return typeof scripts === "object" && scripts !== null ? Object.fromEntries(Object.entries(scripts).map(([name, value]) => [name, String(value)])) : {};
}

function serveCommand(port: number): string[] | undefined {
  if ("serve:static" in npmScripts()) return ["npm", "run", "--silent", "serve:static", "--", "--port", String(port)];
  for (const [extension, runner] of Object.entries(RUNNERS)) {
    const file = `scripts/serve-static.${extension}`;
    if (existsSync(file)) return [...runner, file, "--port", String(port)];
  }
  return undefined;
}

/** Whether this tree can build and serve the static copy. */
export function hasStaticCopy(): boolean {
  return "build:static" in npmScripts() && serveCommand(0) !== undefined;
}

/** `npm run build:static` for the bench's content; true when it succeeded. */
export async function buildStaticCopy(env: Record<string, string>, logFile: string): Promise<boolean> {
  return (await startGroup("npm", ["run", "--silent", "build:static"], { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile).exited) === 0;
}

export async function serveStaticCopy(port: number, env: Record<string, string>, logFile: string): Promise<Server> {
  const [command = "", ...args] = serveCommand(port) ?? [];
  return startCommand(command, args, `http://127.0.0.1:${port}`, "/", { ...env, PORT: String(port) }, logFile);
}
