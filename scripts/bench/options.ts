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
  const sizes = args.values.sizes.split(",").map((size) => Number(size.trim().replaceAll("_", "")));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) return `--sizes takes whole numbers separated by commas, like 100,1000,5000`;
  const [duration, connections, port] = [Number(args.values.duration), Number(args.values.connections), Number(args.values.port)];
  if (!(duration > 0)) return "--duration takes a number of seconds, like 15";
  if (!Number.isInteger(connections) || connections < 1) return "--connections takes a whole number, like 32";
  if (!Number.isInteger(port) || port < 1024 || port > 65_532) return "--port takes a port number, like 3600 (the bench uses it and the next three)";
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    skipServe: args.values["skip-serve"],
    duration,
    connections,
    port,
    keep: args.values.keep,
  };
}
