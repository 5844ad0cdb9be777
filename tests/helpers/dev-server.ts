import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { projectRoot } from "./run-script";

export type DevServer = { url: string; log: () => string; stop: () => Promise<void> };

/** A port nobody is listening on, chosen by the system so parallel runs never collide. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Starts `next dev` as an author would, and waits until it answers. */
export async function startDevServer(env: Record<string, string>, timeoutMs = 900_000): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  // Its own process group, so stopping it also stops the workers it starts.
  const child: ChildProcess = spawn(process.execPath, [next, "dev", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    env: { ...process.env, ...env, NODE_ENV: "development" },
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Waits for the exit, so the caller may delete the folders the server writes to.
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return { url, log: () => output, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next dev did not start:\n${output}`);
}
