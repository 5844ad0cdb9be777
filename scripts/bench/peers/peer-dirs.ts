import { existsSync } from "node:fs";
import path from "node:path";

/** The two peers' folders under PEERS_DIR (docs/benchmarks.md says how to make them). */
export type PeerDirs = { starter: string; astro: string };

const NAMES = { starter: "blog-starter", astro: "astro-blog" } as const;
const NEEDS = { starter: "node_modules/next/dist/bin/next", astro: "node_modules/astro/astro.js" } as const;

/** The peers' folders, or a sentence saying which one is missing. */
export function peerDirs(peersDir: string | undefined): PeerDirs | string {
  if (!peersDir) return "PEERS_DIR is not set: it names the folder holding blog-starter/ and astro-blog/ (docs/benchmarks.md)";
  const dirs = { starter: path.resolve(peersDir, NAMES.starter), astro: path.resolve(peersDir, NAMES.astro) };
  for (const peer of ["starter", "astro"] as const) {
    if (!existsSync(path.join(dirs[peer], NEEDS[peer]))) return `${path.join(dirs[peer], NEEDS[peer])} is missing: make ${dirs[peer]} and run npm ci there (docs/benchmarks.md)`;
  }
  return dirs;
}
