import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export type PrerenderedFile = {
  /** Path under `<distDir>/server/app`, with forward slashes (`articles/x.html`). */
  relative: string;
  bytes: number;
  writtenMs: number;
};

/**
 * The files a build prerendered under `<distDir>/server/app` whose names match `pattern`, with
 * their size and the time they were written; the per-segment prefetch copies are left out.
 */
export async function prerenderedFiles(distDir: string, pattern: RegExp): Promise<PrerenderedFile[]> {
  const app = path.join(distDir, "server", "app");
  const entries = await readdir(app, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.parentPath.includes(".segments"))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const { size, mtimeMs } = await stat(file);
        return { relative: path.relative(app, file).split(path.sep).join("/"), bytes: size, writtenMs: mtimeMs };
      }),
  );
}
