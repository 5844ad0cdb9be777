import { setTimeout as sleep } from "node:timers/promises";
import { nextStartArguments } from "../next-commands";
import { startGroup, type Started } from "./process-group";

export type Server = { origin: string; stop(): Promise<void> };

/** Polls `url` until it answers 200, the process exits, or `seconds` pass. */
async function waitUntilReady(url: string, started: Started, seconds: number, what: string): Promise<void> {
  let exited = false;
  void started.exited.then(() => {
    exited = true;
  });
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline && !exited) {
    const ready = await fetch(url).then((response) => response.ok, () => false);
    if (ready) return;
    await sleep(200);
  }
  const why = exited ? " (it exited; see its log)" : "";
  await started.stop();
  throw new Error(`${what} did not answer ${url}${why}`);
}

/** `npm run serve` on loopback: plain `next start`. */
export async function startNext(port: number, env: Record<string, string>, logFile: string): Promise<Server> {
  const started = startGroup(process.execPath, nextStartArguments(port), { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${origin}/`, started, 60, "next start");
  return { origin, stop: started.stop };
}

/** Any command that serves `origin` until it is stopped (run in `cwd`); ready when `readyPath` answers 200. */
export async function startCommand(command: string, args: readonly string[], origin: string, readyPath: string, env: Record<string, string>, logFile: string, cwd?: string): Promise<Server> {
  const started = startGroup(command, args, env, logFile, cwd);
  await waitUntilReady(`${origin}${readyPath}`, started, 60, [command, ...args].join(" "));
  return { origin, stop: started.stop };
}
