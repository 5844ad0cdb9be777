/*
 * One `next start` process answers from one core. WEB_CONCURRENCY (default: every core) runs that
 * many copies as Node.js cluster workers sharing the port. This process then only supervises
 * them: importing this module never finishes in it, so `next start`'s own code never runs here.
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

const workers = Number(process.env.WEB_CONCURRENCY) || availableParallelism();

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  /**
   * Stops every worker, then exits once they have: a worker outliving this process would fail
   * to tell it goodbye (EPIPE on the cluster's channel).
   * @param {number} code @param {NodeJS.Signals} [signal]
   */
  const stop = (code, signal = "SIGTERM") => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead());
    if (running.length === 0) process.exit(code);
    let left = running.length;
    for (const worker of running) {
      worker?.once("exit", () => {
        left -= 1;
        if (left === 0) process.exit(code);
      });
      worker?.process.kill(signal);
    }
    setTimeout(() => process.exit(code), 10_000).unref();
  };
  const fork = () => {
    const worker = cluster.fork();
    let listening = false;
    worker.on("listening", () => (listening = true));
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      // A worker that never got as far as listening (port taken, no build) would fail again.
      if (listening) return void fork();
      console.error(`next start: a worker could not start (${signal ?? `exit code ${code}`})`);
      stop(code || 1);
    });
  };
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => stop(0, signal));
  for (let i = 0; i < workers; i += 1) fork();
  await new Promise(() => {});
}
