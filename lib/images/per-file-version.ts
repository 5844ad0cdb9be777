import { statSync } from "node:fs";

/**
 * A reader of files that reads each version of a file once per process: keyed by path, size and
 * time, so `next dev` sees a replaced picture. Returns the same promise for the same version.
 */
export function oncePerFileVersion<T>(read: (file: string) => Promise<T>): (file: string) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (file) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    const key = `${file}:${stat?.size}:${stat?.mtimeMs}`;
    const result = results.get(key) ?? read(file);
    results.set(key, result);
    return result;
  };
}
