/** What one load run measured, whichever tool ran it. */
export type Throughput = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Answers outside 2xx/3xx. */
  non2xx: number;
  /** The machine's one-minute load average as the measured run began. */
  loadAverage?: number;
};

const TO_MS: Record<string, (value: number) => number> = { us: (value) => value / 1000, ms: (value) => value, s: (value) => value * 1000, m: (value) => value * 60_000 };

function durationMs(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? "");
  const convert = TO_MS[match?.[2] ?? ""];
  return match && convert ? convert(Number(match[1])) : Number.NaN;
}

/** Reads the summary `wrk --latency` prints. */
export function parseWrkOutput(output: string): Throughput {
  const percentile = (p: number) => durationMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(output)?.[1]);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Number(/^Requests\/sec:\s+([\d.]+)/m.exec(output)?.[1] ?? Number.NaN),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    errors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  };
}
