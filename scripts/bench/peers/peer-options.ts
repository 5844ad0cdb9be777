import { readCommandLine } from "../../cli";
import { parseLoadOptions, parseSizes } from "../options";

export type PeerBenchOptions = {
  /** Articles in the interleaved cold builds (and where pages are served and loaded). */
  size: number;
  /** Articles in the one build of each where peak memory is read; the marginal cost runs from `size` to it. */
  largeSize: number;
  /** How many times the sequence this site, starter, this site again, Astro runs. */
  rounds: number;
  /** Seconds of measured load per URL. */
  duration: number;
  connections: number;
  /** First of the five ports the bench uses (this site, the starter, nginx plain file, static copy, fonts). */
  port: number;
  skipServe: boolean;
  keep: boolean;
};

export const PEER_USAGE = "PEERS_DIR=/work/peers npm run bench:peers [-- --sizes 1000,5000 --rounds 2 --duration 15 --connections 32 --port 4700 --skip-serve --keep]";

/** The options, or a sentence saying what is wrong with them. */
export function parsePeerBenchOptions(argv: string[]): PeerBenchOptions | string {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        sizes: { type: "string", default: "1000,5000" },
        rounds: { type: "string", default: "2" },
        duration: { type: "string", default: "15" },
        connections: { type: "string", default: "32" },
        port: { type: "string", default: "4700" },
        "skip-serve": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
    },
    PEER_USAGE,
  );
  if (!args) return "see the usage above";
  const sizes = parseSizes(args.values.sizes);
  const [size, largeSize] = sizes;
  if (sizes.length !== 2 || size === undefined || largeSize === undefined || !sizes.every((n) => Number.isInteger(n) && n >= 1) || largeSize <= size) {
    return "--sizes takes two whole numbers, the smaller first, like 1000,5000";
  }
  const rounds = Number(args.values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) return "--rounds takes a whole number, like 2";
  const load = parseLoadOptions(args.values, { ports: 5, example: 4700 });
  if (typeof load === "string") return load;
  return { size, largeSize, rounds, ...load, skipServe: args.values["skip-serve"], keep: args.values.keep };
}

export type ServeBenchOptions = {
  /** Articles in the journal both sites are built from. */
  size: number;
  /** Loads of each site's article, taken in turns. */
  turns: number;
  duration: number;
  connections: number;
  /** First of the five ports the bench uses (this site, the starter, nginx plain file, static copy, fonts). */
  port: number;
  keep: boolean;
};

export const SERVE_USAGE = "PEERS_DIR=/work/peers npm run bench:serve [-- --size 100 --turns 3 --duration 15 --connections 32 --port 4700 --keep]";

/** `npm run bench:serve`'s options, or a sentence saying what is wrong with them. */
export function parseServeBenchOptions(argv: string[]): ServeBenchOptions | string {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        size: { type: "string", default: "100" },
        turns: { type: "string", default: "3" },
        duration: { type: "string", default: "15" },
        connections: { type: "string", default: "32" },
        port: { type: "string", default: "4700" },
        keep: { type: "boolean", default: false },
      },
    },
    SERVE_USAGE,
  );
  if (!args) return "see the usage above";
  const [size, turns] = [Number(args.values.size), Number(args.values.turns)];
  if (!Number.isInteger(size) || size < 1) return "--size takes a whole number of articles, like 100";
  if (!Number.isInteger(turns) || turns < 1) return "--turns takes a whole number, like 3";
  const load = parseLoadOptions(args.values, { ports: 5, example: 4700 });
  if (typeof load === "string") return load;
  return { size, turns, ...load, keep: args.values.keep };
}
