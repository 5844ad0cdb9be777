import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";

// Groups still running, so that Ctrl-C on the bench does not leave a server or build behind.
const running = new Set<number>();

/** Ends every group this process started and has not stopped yet. */
export function killAllGroups(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

export type Started = { child: ChildProcess; pid: number; exited: Promise<number>; stop(): Promise<void> };

/**
 * Starts a command in its own process group with its output in `logFile`, so that stopping it
 * also ends every worker it started (next build's workers, next start's server, nginx's workers).
 * `cwd` is where it runs (a peer's folder); the bench's own folder when left out.
 */
export function startGroup(command: string, args: readonly string[], env: Record<string, string>, logFile: string, cwd?: string): Started {
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd, detached: true, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  // Each line carries the seconds since the start: the log doubles as a timeline of the build.
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => log.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`));
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  running.add(pid);
  const exited = new Promise<number>((resolve) => {
    // Resolved once the log is on disk, so the caller can read it.
    child.on("close", (code, signal) => {
      running.delete(pid);
      log.end(() => resolve(code ?? (signal ? 128 : 1)));
    });
  });
  return {
    child,
    pid,
    exited,
    async stop() {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        return; // Already gone.
      }
      const late = setTimeout(() => {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // Ended in the meantime.
        }
      }, 10_000);
      await exited;
      clearTimeout(late);
    },
  };
}
