import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** The largest file of one kind in a build, and how many files of that kind pass the limit. */
export type LargestFile = { route: string; bytes: number; files: number; overLimit: number };

export type PageSizes = { html?: LargestFile; rsc?: LargestFile };

/** The issue's limit for any page's HTML, uncompressed. */
export const HTML_LIMIT_BYTES = 100_000;

function largest(app: string, files: readonly { file: string; bytes: number }[], extension: string): LargestFile | undefined {
  if (files.length === 0) return undefined;
  const top = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const route = `/${path.relative(app, top.file).split(path.sep).join("/").slice(0, -extension.length)}`.replace(/^\/index$/, "/");
  return { route, bytes: top.bytes, files: files.length, overLimit: files.filter((file) => file.bytes > HTML_LIMIT_BYTES).length };
}

/**
 * The prerendered pages of a build (`<distDir>/server/app/**.html`) and their RSC payloads
 * (`.rsc`, what a `<Link>` prefetches): a list that is not paginated shows up as it grows with N.
 */
export async function pageSizes(distDir: string): Promise<PageSizes> {
  const app = path.join(distDir, "server", "app");
  const entries = await readdir(app, { recursive: true, withFileTypes: true }).catch(() => []);
  const sized = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.(html|rsc)$/.test(entry.name) && !entry.parentPath.includes(".segments"))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file, bytes: (await stat(file)).size };
      }),
  );
  const ofKind = (extension: string) => sized.filter(({ file }) => file.endsWith(extension));
  return { html: largest(app, ofKind(".html"), ".html"), rsc: largest(app, ofKind(".rsc"), ".rsc") };
}
