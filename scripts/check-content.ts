/**
 * `npm run check:content [-- --dev] [--changed] [files…]`: everything the build would reject, plus
 * writing advice, in one report. With file paths (or `--changed`, the files git sees as changed),
 * only those files' problems, their authors' files' problems, and the problems elsewhere that
 * involve them. Exit code 1 on errors.
 */
import "./load-env";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { checkContent } from "@/lib/checks/check-collection";
import { contentDir, publicDir } from "@/lib/content/collection";
import { displayPath } from "@/lib/content/content-files";
import type { Collection } from "@/lib/content/types";
import { reportLines, summaryLine, type ContentIssue } from "@/lib/content/issues";
import { printable } from "@/lib/content/printable";
import { readCommandLine, runCommand } from "./cli";

const USAGE = "npm run check:content [-- --dev] [--changed] [content/articles/my-article.md …]";
const git = promisify(execFile);

/** The content files git sees as changed, added or deleted since the last commit. */
async function changedFiles(dir: string): Promise<string[]> {
  const run = async (args: string[]) => (await git("git", ["-C", dir, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout.split("\0").filter(Boolean);
  const tracked = await run(["diff", "--name-only", "--no-renames", "--relative", "-z", "HEAD", "--", "."]);
  const untracked = await run(["ls-files", "--others", "--exclude-standard", "-z", "--", "."]);
  return [...tracked, ...untracked].map((file) => path.join(dir, file));
}

/** Whether the problem is in one of `files`, or involves one of them (a link to it, its title twice). */
function involves(issue: ContentIssue, files: ReadonlySet<string>): boolean {
  return files.has(issue.file) || (issue.related ?? []).some((file) => files.has(file));
}

/** The author files that the articles among `files` name: their byline is part of the article. */
function authorFilesOf(collection: Collection, files: ReadonlySet<string>): Set<string> {
  const named = [
    ...collection.allArticles.filter((article) => files.has(article.file)).map((article) => article.author),
    ...collection.broken.filter((file) => file.kind === "article" && files.has(file.file)).flatMap((file) => file.fields?.author ?? []),
  ];
  const authorFiles = new Map([...[...collection.authors.values()].map((author) => [author.id, author.file] as const), ...collection.broken.filter((file) => file.kind === "author").map((file) => [file.id, file.file] as const)]);
  return new Set(named.flatMap((id) => authorFiles.get(id) ?? []));
}

runCommand(async () => {
  const args = readCommandLine({ allowPositionals: true, options: { dev: { type: "boolean", default: false }, changed: { type: "boolean", default: false } } }, USAGE);
  if (!args) return 1;
  const dev = args.values.dev || process.env.NODE_ENV === "development";
  const dir = contentDir();

  let selected: Set<string> | undefined;
  if (args.values.changed || args.positionals.length > 0) {
    let chosen = args.positionals.map((file) => path.resolve(file));
    for (const file of chosen) {
      if (!existsSync(file)) {
        console.error(printable(`There is no file ${file}; give the path of an article like content/articles/my-article.md`));
        return 1;
      }
      if (path.relative(dir, file).startsWith("..")) {
        console.error(printable(`${file} is not in the content folder (${dir}); give the path of an article like content/articles/my-article.md`));
        return 1;
      }
    }
    if (args.values.changed) {
      try {
        chosen = [...chosen, ...(await changedFiles(dir))];
      } catch {
        console.error("--changed asks git which files changed, and git could not tell: run it inside the journal's git folder, or name the files instead.");
        return 1;
      }
    }
    selected = new Set(chosen.map((file) => displayPath(file, dir)));
  }

  const { collection, issues: all } = await checkContent({ contentDir: dir, publicDir: publicDir(), now: new Date(), includeUnpublished: false, dev });
  const bylines = selected ? authorFilesOf(collection, selected) : new Set<string>();
  const issues = selected ? all.filter((issue) => involves(issue, selected) || bylines.has(issue.file)) : all;
  for (const line of reportLines(issues)) console.log(line);
  if (issues.length > 0) console.log(`\ndocs/authoring.md ("What the messages mean") explains each kind of message.`);

  const inArticles = (file: string) => path.posix.basename(path.posix.dirname(file)) === "articles";
  const inAuthors = (file: string) => path.posix.basename(path.posix.dirname(file)) === "authors";
  const inPages = (file: string) => path.posix.basename(path.posix.dirname(file)) === "pages";
  // Broken files are not in the collection, but they are still files the author wrote.
  const files = new Set([
    ...collection.allArticles.map((article) => article.file),
    ...collection.broken.map((file) => file.file),
    ...[...collection.authors.values()].map((author) => author.file),
    ...collection.pages.map((page) => page.file),
  ]);
  const counted = selected ? [...files].filter((file) => selected.has(file) || bylines.has(file)) : [...files];
  if (selected && counted.length === 0 && issues.length === 0) {
    console.log(args.values.changed ? "No article, author or page has changed since the last commit." : "Nothing to check among those files.");
    return 0;
  }
  // A whole run's last line stays as authors know it; a page named on the command line is counted, so the line says it was checked.
  const pages = selected ? counted.filter(inPages).length : 0;
  console.log(summaryLine(issues, { articles: counted.filter(inArticles).length, authors: counted.filter(inAuthors).length, pages }));
  return issues.some((issue) => issue.severity === "error") ? 1 : 0;
});
