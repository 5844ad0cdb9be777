import { startCommand, type Server } from "../server";

/**
 * Plain `next start` of the project in `dir` on loopback: no preload, no flags, as every Next.js
 * host runs it (this site with its env: CONTENT_DIR, PUBLIC_DIR, NEXT_DIST_DIR).
 */
export function startPlainNext(dir: string, port: number, env: Record<string, string>, logFile: string): Promise<Server> {
  const args = ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)];
  return startCommand(process.execPath, args, `http://127.0.0.1:${port}`, "/", { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile, dir);
}
