import { startCommand, type Server } from "./server";
import { startGroup } from "./process-group";

/** `npm run build:static` for the bench's content (CONTENT_DIR, PUBLIC_DIR); true when it succeeded. */
export async function buildStaticCopy(env: Record<string, string>, logFile: string): Promise<boolean> {
  return (await startGroup("npm", ["run", "--silent", "build:static"], { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile).exited) === 0;
}

/** `npm run serve:static` (scripts/serve-static.sh): out/ under Debian's nginx on loopback. */
export async function serveStaticCopy(port: number, env: Record<string, string>, logFile: string): Promise<Server> {
  return startCommand("bash", ["scripts/serve-static.sh", "--port", String(port)], `http://127.0.0.1:${port}`, "/", env, logFile);
}
