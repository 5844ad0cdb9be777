import { statSync } from "node:fs";
import { LRUCache } from "lru-cache";

/**
 * How many file versions are kept: far more than a journal's pictures, so a build still reads each
 * once, while `next dev` lets go of the oldest as a jeweler keeps replacing photos.
 */
const KEPT_VERSIONS = 10_000;

/**
 * A reader of files that reads each version of a file once per process: keyed by path, size and
 * time, so `next dev` sees a replaced picture. Returns the same promise for the same version, of
 * the `max` versions last asked for.
 */
export function oncePerFileVersion<T>(read: (file: string) => Promise<T>, max = KEPT_VERSIONS): (file: string) => Promise<T> {
  const results = new LRUCache<string, Promise<T>>({ max });
  return (file) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    const key = `${file}:${stat?.size}:${stat?.mtimeMs}`;
    const result = results.get(key) ?? read(file);
    results.set(key, result);
    return result;
  };
}
