import path from "node:path";
import { checkLoaded } from "./checks/check-collection";
import { contentDir, contentSignature, getCollection, publicDir } from "./content/collection";
import type { ContentIssue } from "./content/issues";

/** One content file's problems, as the preview shows them on its page. */
export type FileProblems = { file: string; issues: ContentIssue[]; broken: boolean };

const isDev = process.env.NODE_ENV === "development";

let cached: { key: string; problems: Promise<FileProblems[]> } | undefined;

async function collect(): Promise<FileProblems[]> {
  const collection = await getCollection();
  // As `check:content -- --dev`: a link to a draft is advice while previewing.
  const issues = await checkLoaded(collection, { publicDir: publicDir(), dev: true });
  const broken = new Set(collection.broken.map((file) => file.file));
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  return [...byFile].map(([file, list]) => ({ file, issues: list, broken: broken.has(file) }));
}

/**
 * In `next dev`, every content file with problems, checked as `check:content` checks them, once
 * per change of the content. Always empty in a production build, whose content has passed.
 */
export function getPreviewProblems(): Promise<FileProblems[]> {
  if (!isDev) return Promise.resolve([]);
  const dir = contentDir();
  const key = contentSignature(dir);
  if (cached?.key !== key) cached = { key, problems: collect() };
  return cached.problems;
}

/** The problems of the file behind `/articles/<id>` or `/authors/<id>`, if it has any. */
export async function getPageProblems(section: "articles" | "authors", id: string): Promise<FileProblems | undefined> {
  const file = `${path.basename(contentDir())}/${section}/${id}.md`;
  return (await getPreviewProblems()).find((entry) => entry.file === file);
}

/** The ids of the files in `section` that have errors, so the preview still has a page for each. */
export async function getBrokenIds(section: "articles" | "authors"): Promise<string[]> {
  if (!isDev) return [];
  return (await getCollection()).broken.filter((file) => file.kind === section.slice(0, -1)).map((file) => file.id);
}

/** The files with errors, for the home page's banner, each with its page when it has one. */
export async function getFilesWithErrors(): Promise<{ file: string; href?: string; errors: number }[]> {
  return (await getPreviewProblems()).flatMap(({ file, issues }) => {
    const errors = issues.filter((issue) => issue.severity === "error").length;
    if (errors === 0) return [];
    const page = /\/(articles|authors)\/([a-z0-9-]+)\.md$/.exec(file);
    return [{ file, href: page ? `/${page[1]}/${page[2]}` : undefined, errors }];
  });
}

/** The content's version: changes whenever an author saves, adds, renames or deletes a file. */
export function contentVersion(): string {
  return contentSignature(contentDir()).slice(0, 16);
}

/** The content version a preview page is rendered from, for its live refresh; undefined in production. */
export function getPreviewVersion(): string | undefined {
  return isDev ? contentVersion() : undefined;
}
