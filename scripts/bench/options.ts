import { readCommandLine } from "../cli";

export type BenchOptions = {
  /** Article counts to build, ascending. */
  sizes: number[];
  /** Only build: no server, no page weights, no requests/s. */
  skipServe: boolean;
  /** Seconds of measured load per URL. */
  duration: number;
  connections: number;
  /** First of the ports the bench may use (next start, nginx plain file, static copy). */
  port: number;
  /** Keep the generated folders and `.next-bench-<N>` builds for a look afterwards. */
  keep: boolean;
};

export const USAGE = "npm run bench [-- --sizes 100,1000,5000 --duration 15 --connections 32 --port 3600 --skip-serve --keep]";

/** The options, or a sentence saying what is wrong with them. */
export function parseBenchOptions(argv: string[]): BenchOptions | string {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        sizes: { type: "string", default: "100,1000,5000" },
        duration: { type: "string", default: "15" },
        connections: { type: "string", default: "32" },
        port: { type: "string", default: "3600" },
        "skip-serve": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
    },
    USAGE,
  );
  if (!args) return "see the usage above";
  const sizes = parseSizes(args.values.sizes);
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) return `--sizes takes whole numbers separated by commas, like 100,1000,5000`;
  const load = parseLoadOptions(args.values, { ports: 4, example: 3600 });
  if (typeof load === "string") return load;
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), skipServe: args.values["skip-serve"], ...load, keep: args.values.keep };
}

/** `--sizes 1000,5_000` as numbers (unchecked). */
export function parseSizes(text: string): number[] {
  return text.split(",").map((size) => Number(size.trim().replaceAll("_", "")));
}

/** The load options every bench shares, or a sentence saying what is wrong; the bench takes `ports` ports from `--port` on. */
export function parseLoadOptions(values: { duration: string; connections: string; port: string }, { ports, example }: { ports: number; example: number }): Pick<BenchOptions, "duration" | "connections" | "port"> | string {
  const [duration, connections, port] = [Number(values.duration), Number(values.connections), Number(values.port)];
  if (!(duration > 0)) return "--duration takes a number of seconds, like 15";
  if (!Number.isInteger(connections) || connections < 1) return "--connections takes a whole number, like 32";
  if (!Number.isInteger(port) || port < 1024 || port > 65_536 - ports) return `--port takes a port number, like ${example} (the bench uses it and the next ${ports - 1})`;
  return { duration, connections, port };
}
