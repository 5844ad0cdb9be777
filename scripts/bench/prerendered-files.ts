import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export type PrerenderedFile = {
  /** Where the file is. */
  file: string;
  /** The route's path with forward slashes and the file's extension (`articles/x.html`). */
  relative: string;
  bytes: number;
  writtenMs: number;
};

/**
 * Where a build keeps the output of a prerendered route, and the route's own path within it.
 * With a build adapter (next.config.ts) Next.js stores each route's output in
 * `server/route-cache/<kind>/<owner hash>/$/<route>`; without one, in `server/app/<route>`.
 */
const LAYOUTS: { root: string[]; route: (relative: string) => string | undefined }[] = [
  { root: ["server", "route-cache"], route: (relative) => relative.split("/$/")[1] },
  { root: ["server", "app"], route: (relative) => relative },
];

/**
 * The files a build prerendered whose names match `pattern`, with their size and the time they
 * were written; the per-segment prefetch copies are left out.
 */
export async function prerenderedFiles(distDir: string, pattern: RegExp): Promise<PrerenderedFile[]> {
  const found = await Promise.all(
    LAYOUTS.map(async ({ root, route }) => {
      const dir = path.join(distDir, ...root);
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
      return Promise.all(
        entries
          .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.parentPath.includes(".segments"))
          .map(async (entry) => {
            const file = path.join(entry.parentPath, entry.name);
            const { size, mtimeMs } = await stat(file);
            return { file, relative: route(path.relative(dir, file).split(path.sep).join("/")), bytes: size, writtenMs: mtimeMs };
          }),
      );
    }),
  );
  return found.flat().filter((file): file is PrerenderedFile => file.relative !== undefined);
}
