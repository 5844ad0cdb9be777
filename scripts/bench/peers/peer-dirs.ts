import { existsSync } from "node:fs";
import path from "node:path";

/** The two peers' folders under PEERS_DIR (docs/benchmarks.md says how to make them). */
export type PeerDirs = { starter: string; astro: string };

const NAMES = { starter: "blog-starter", astro: "astro-blog" } as const;
const NEEDS = { starter: "node_modules/next/dist/bin/next", astro: "node_modules/astro/astro.js" } as const;

/** One peer's folder, or a sentence saying what is missing. */
export function peerDir(peersDir: string | undefined, peer: keyof PeerDirs): string | { missing: string } {
  if (!peersDir) return { missing: "PEERS_DIR is not set: it names the folder holding blog-starter/ and astro-blog/ (docs/benchmarks.md)" };
  const dir = path.resolve(peersDir, NAMES[peer]);
  if (!existsSync(path.join(dir, NEEDS[peer]))) return { missing: `${path.join(dir, NEEDS[peer])} is missing: make ${dir} and run npm ci there (docs/benchmarks.md)` };
  return dir;
}

/** The peers' folders, or a sentence saying which one is missing. */
export function peerDirs(peersDir: string | undefined): PeerDirs | string {
  const starter = peerDir(peersDir, "starter");
  if (typeof starter !== "string") return starter.missing;
  const astro = peerDir(peersDir, "astro");
  if (typeof astro !== "string") return astro.missing;
  return { starter, astro };
}
