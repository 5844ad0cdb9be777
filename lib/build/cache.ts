import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isStaticExport } from "@/lib/static-params";

/*
 * Work a build can hand to the next one, stored by content hash under `<distDir>/cache/journal`
 * (beside Next.js's own cache, so `rm -rf .next` clears both). An entry's name is the hash of
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

function entryPath(dir: string, key: string, extension: string): string {
  return path.join(/*turbopackIgnore: true*/ dir, key.slice(0, 2), `${key}.${extension}`);
}

export function readEntry(dir: string, key: string, extension: string): Buffer | undefined {
  try {
    return readFileSync(entryPath(dir, key, extension));
  } catch {
    return undefined;
  }
}

export function writeEntry(dir: string, key: string, extension: string, data: string | Uint8Array) {
  const file = entryPath(dir, key, extension);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    // Rename is atomic: a parallel build worker never reads half an entry.
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next build some time.
  }
}
