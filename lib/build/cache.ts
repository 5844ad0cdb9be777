import { createHash } from "node:crypto";
import path from "node:path";
import cacache from "cacache";
import { isStaticExport } from "../static-params";

/*
 * Work a build can hand to the next one, kept with cacache under `<distDir>/cache/journal`
 * (beside Next.js's own cache, so `rm -rf .next` clears both). An entry's key is the hash of
 * everything that went into it: a changed input is a different entry, never a stale one.
 */

/**
 * The folder Next.js builds in. For the static copy NEXT_DIST_DIR names the export's destination,
 * which the export empties before writing the site, while the build itself happens in `.next`.
 */
function buildDir(): string {
  return isStaticExport() ? ".next" : process.env.NEXT_DIST_DIR || ".next";
}

/** Where a kind of work is kept (`markdown`, `social-images`, `search-index`). Off under test runners. */
export function buildCacheDir(kind: string): string | undefined {
  if (process.env.NODE_ENV === "test" || process.env.JOURNAL_RENDER_CACHE === "off") return undefined;
  return path.resolve(/*turbopackIgnore: true*/ buildDir(), "cache", "journal", kind);
}

type KeyBuilder = { add(...parts: (string | Uint8Array)[]): KeyBuilder; digest(): string };

/** `cacheKey` for parts that arrive one at a time, so that they need not all be held at once. */
export function cacheKeyBuilder(...parts: (string | Uint8Array)[]): KeyBuilder {
  const hash = createHash("sha256");
  const builder: KeyBuilder = {
    add(...more) {
      for (const part of more) hash.update(`${part.length}:`).update(part);
      return builder;
    },
    digest: () => hash.digest("hex"),
  };
  return builder.add(...parts);
}

/** SHA-256 over the parts, each one delimited so that ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  return cacheKeyBuilder(...parts).digest();
}

/** A cached entry, or nothing when there is none or it fails cacache's integrity check. */
export async function readEntry(dir: string, key: string): Promise<Buffer | undefined> {
  try {
    return (await cacache.get(dir, key)).data;
  } catch /* Stryker disable next-line BlockStatement: an empty catch gives undefined too. */ {
    return undefined;
  }
}

/** Stores an entry; cacache writes it atomically, so a parallel build worker never reads half of one. */
export async function writeEntry(dir: string, key: string, data: string | Uint8Array): Promise<void> {
  try {
    await cacache.put(dir, key, data);
  } catch {
    // A read-only or full disk only costs the next build some time.
  }
}
