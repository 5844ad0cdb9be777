import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCollection, type LoadOptions } from "@/lib/content/load";
import { checkCollection, checkContent } from "@/lib/checks/check-collection";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";

export type ContentFolder = {
  root: string;
  contentDir: string;
  publicDir: string;
  write(relative: string, text: string | Buffer): Promise<void>;
  load(options?: Partial<LoadOptions>): ReturnType<typeof loadCollection>;
  remove(): Promise<void>;
};

/** A real content/ and public/ pair in a temporary folder, for loader tests. */
export async function makeContentFolder(): Promise<ContentFolder> {
  const root = await mkdtemp(path.join(tmpdir(), "journal-content-"));
  const contentDir = path.join(root, "content");
  const publicDir = path.join(root, "public");
  await mkdir(path.join(contentDir, "articles"), { recursive: true });
  await mkdir(path.join(contentDir, "authors"), { recursive: true });
  await mkdir(publicDir, { recursive: true });
  // Every site has an about page (content/pages/about.md): a temporary one must build too.
  await mkdir(path.join(contentDir, "pages"), { recursive: true });
  await writeFile(path.join(contentDir, "pages", "about.md"), ABOUT);
  return {
    root,
    contentDir,
    publicDir,
    async write(relative, text) {
      const file = path.join(root, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    load(options = {}) {
      return loadCollection({ contentDir, publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false, ...options });
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A valid article file; `fields` replace or add frontmatter lines verbatim. */
export function article(fields: Record<string, string | undefined> = {}, body = "Some words about silver.\n"): string {
  const defaults: Record<string, string | undefined> = {
    title: '"Caring for Silver"',
    description: '"How to keep sterling bright without wearing it away."',
    date: "2025-11-29",
    author: "isla",
    tags: '["metal care"]',
  };
  const merged = { ...defaults, ...fields };
  const lines = Object.entries(merged).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

export const ISLA = `---\nname: Isla Marrow\nrole: "Owner and artisan, Marrow & Vale"\n---\nIsla makes rings.\n`;
export const GUEST = `---\nname: Jonah Petrakis\nguest: true\nwebsite: https://petrakis.example\n---\nJonah carves wax.\n`;

export const ABOUT = `---\ntitle: About the studio\ndescription: "A small studio that writes about its work."\n---\nWe make rings.\n`;

/** Every issue `check:content` reports for the folder's published journal on 2026-01-01. */
export async function checkFolder(folder: ContentFolder): Promise<ContentIssue[]> {
  const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false, dev: false });
  return issues;
}

/** The errors `check:content` prints once `body` is the text of content/articles/care.md, whose text starts on line 9. */
export async function articleErrors(folder: ContentFolder, body: string): Promise<string[]> {
  await folder.write("content/articles/care.md", article({ title: '"Silver Care"' }, body));
  return (await checkFolder(folder)).filter((issue) => issue.severity === "error").map(formatIssue);
}

/** Every problem the checks find in the article `name` whose text is `text`, as "line: severity: message". */
export async function articleProblems(folder: ContentFolder, name: string, text: string): Promise<string[]> {
  await folder.write(`content/articles/${name}`, article({}, `${text}\n`));
  const issues = await checkCollection(await folder.load(), { publicDir: folder.publicDir, dev: false });
  return issues.map((issue) => `${issue.line ?? "-"}: ${issue.severity}: ${issue.message}`);
}
