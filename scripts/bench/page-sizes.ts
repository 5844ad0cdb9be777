import { prerenderedFiles, type PrerenderedFile } from "./prerendered-files";

/** The largest file of one kind in a build, and how many files of that kind pass the limit. */
export type LargestFile = { route: string; bytes: number; files: number; overLimit: number };

export type PageSizes = { html?: LargestFile; rsc?: LargestFile };

/** The issue's limit for any page's HTML, uncompressed. */
export const HTML_LIMIT_BYTES = 100_000;

function largest(files: readonly PrerenderedFile[], extension: string): LargestFile | undefined {
  if (files.length === 0) return undefined;
  const top = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const route = `/${top.relative.slice(0, -extension.length)}`.replace(/^\/index$/, "/");
  return { route, bytes: top.bytes, files: files.length, overLimit: files.filter((file) => file.bytes > HTML_LIMIT_BYTES).length };
}

/**
 * The prerendered pages of a build (`<distDir>/server/app/**.html`) and their RSC payloads
 * (`.rsc`, what a `<Link>` prefetches): a list that is not paginated shows up as it grows with N.
 */
export async function pageSizes(distDir: string): Promise<PageSizes> {
  const sized = await prerenderedFiles(distDir, /\.(html|rsc)$/);
  const ofKind = (extension: string) => sized.filter(({ relative }) => relative.endsWith(extension));
  return { html: largest(ofKind(".html"), ".html"), rsc: largest(ofKind(".rsc"), ".rsc") };
}
