import { statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";
import type { z } from "zod";
import { site } from "@/lib/site";
import { bodyProblems } from "./body-limits";
import { dayInTimeZone } from "./dates";
import { lineOfField, splitFrontmatter } from "./frontmatter";
import { compareIssues, type ContentIssue } from "./issues";
import { readingMinutes } from "./reading-time";
import { toSlug } from "./slug";
import { articleFrontmatterSchema, authorFrontmatterSchema, SLUG_PATTERN, type ArticleFrontmatter, type ImageRef } from "./schema";
import type { Article, ArticleStatus, Author, Collection, SourceLines } from "./types";

export type LoadOptions = {
  /** The folder holding `articles/` and `authors/`. */
  contentDir: string;
  /** The folder served at `/`, where covers and avatars must exist. */
  publicDir: string;
  /** "Now" for deciding which articles are published. */
  now: Date;
  /** Keep drafts and scheduled articles (for `next dev`). */
  includeUnpublished: boolean;
};

type Parsed<T> = { data: T; body: string; frontmatterLines: string[] };

function sourceLines(parsed: Parsed<unknown>): SourceLines {
  // Line 1 is the opening `---`, then the frontmatter, then the closing `---`.
  return { frontmatterLines: parsed.frontmatterLines, bodyLine: parsed.frontmatterLines.length + 3 };
}

/** Paths as authors see them in the repository (`content/articles/x.md`), wherever the folder is. */
export function displayPath(file: string, contentDir: string): string {
  return path.relative(path.dirname(contentDir), file).split(path.sep).join("/");
}

function slugSuggestion(name: string): string {
  return toSlug(name.replace(/\.md$/i, "")) || "my-article";
}

async function markdownFiles(contentDir: string, sub: string, issues: ContentIssue[], what: string): Promise<{ id: string; file: string }[]> {
  const dir = path.join(contentDir, sub);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files: { id: string; file: string }[] = [];
  for (const name of names.sort()) {
    if (!name.endsWith(".md")) continue;
    const id = name.slice(0, -3);
    const file = path.join(dir, name);
    if (!SLUG_PATTERN.test(id)) {
      issues.push({
        file: displayPath(file, contentDir),
        field: "file name",
        severity: "error",
        message: `"${name}" cannot be ${what}: use lowercase letters, digits and single hyphens; rename it to "${slugSuggestion(name)}.md"`,
      });
      continue;
    }
    files.push({ id, file });
  }
  return files;
}

/** Files are read a few dozen at a time: opening 20,000 at once runs out of file descriptors. */
const reading = pLimit(64);

export async function parseFile<S extends z.ZodType>(file: string, contentDir: string, schema: S, issues: ContentIssue[]): Promise<Parsed<z.output<S>> | undefined> {
  const shown = displayPath(file, contentDir);
  const split = splitFrontmatter(await reading(() => readFile(file, "utf8")));
  if (!("data" in split)) {
    issues.push({ file: shown, severity: "error", ...split });
    return undefined;
  }
  const bodyLine = split.frontmatterLines.length + 3;
  const tooMuch = bodyProblems(split.body).map(({ line, message }): ContentIssue => ({ file: shown, field: "body", severity: "error", line: bodyLine + line - 1, message }));
  issues.push(...tooMuch);
  const result = schema.safeParse(split.data);
  if (result.success) return tooMuch.length > 0 ? undefined : { data: result.data, body: split.body, frontmatterLines: split.frontmatterLines };
  for (const problem of result.error.issues) {
    const keys = problem.code === "unrecognized_keys" ? problem.keys : [problem.path.map(String).join(".")];
    for (const field of keys) {
      const message = problem.code === "unrecognized_keys"
        ? `is not a field this site knows; check its spelling (expected one of: ${Object.keys((schema as unknown as z.ZodObject).shape).join(", ")})`
        : problem.message;
      issues.push({ file: shown, field, message, severity: "error", line: lineOfField(split.frontmatterLines, field.split(".")[0] ?? field) });
    }
  }
  return undefined;
}

function checkImage(image: ImageRef | undefined, field: string, parsed: Parsed<unknown>, file: string, options: LoadOptions, issues: ContentIssue[]) {
  if (!image) return;
  const found = statSync(path.join(options.publicDir, ...image.src.split("/")), { throwIfNoEntry: false });
  if (!found?.isFile()) {
    issues.push({
      file: displayPath(file, options.contentDir),
      field: `${field}.src`,
      severity: "error",
      line: lineOfField(parsed.frontmatterLines, field),
      message: found
        ? `"${image.src}" is a folder, not a picture; give the picture's file name, like ${image.src.replace(/\/?$/, "/")}ring.jpg`
        : `the image "${image.src}" does not exist; put the file at public${image.src} or correct the path`,
    });
  }
}

function statusOf(data: ArticleFrontmatter, now: Date): ArticleStatus {
  if (data.draft) return "draft";
  // A calendar date is due from the start of that day on the studio's clock.
  const due = data.date.raw.length === 10 ? data.date.day <= dayInTimeZone(now.getTime(), site.timeZone) : data.date.instant <= now.getTime();
  return due ? "published" : "scheduled";
}

/** Newest first; same day → by slug, so the order is total and every build agrees. */
export function compareArticles(a: Article, b: Article): number {
  if (a.date.day !== b.date.day) return a.date.day < b.date.day ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The ids of the author files in `contentDir`, valid or not, without reading them. */
export async function authorIds(contentDir: string): Promise<string[]> {
  return (await markdownFiles(contentDir, "authors", [], "an author id")).map(({ id }) => id);
}

async function loadAuthors(options: LoadOptions, issues: ContentIssue[]): Promise<Map<string, Author>> {
  const files = await markdownFiles(options.contentDir, "authors", issues, "an author id");
  const authors = await Promise.all(
    files.map(async ({ id, file }) => {
      const parsed = await parseFile(file, options.contentDir, authorFrontmatterSchema, issues);
      if (!parsed) return undefined;
      checkImage(parsed.data.avatar, "avatar", parsed, file, options, issues);
      const author: Author = {
        ...parsed.data,
        id,
        file: displayPath(file, options.contentDir),
        body: parsed.body,
        source: sourceLines(parsed),
      };
      return author;
    }),
  );
  return new Map(authors.flatMap((author) => (author ? [[author.id, author] as const] : [])));
}

async function loadArticle(slug: string, file: string, authors: Map<string, Author>, options: LoadOptions, issues: ContentIssue[]): Promise<Article | undefined> {
  const parsed = await parseFile(file, options.contentDir, articleFrontmatterSchema, issues);
  if (!parsed) return undefined;
  const { data } = parsed;
  const before = issues.length;
  const shown = displayPath(file, options.contentDir);
  if (!authors.has(data.author)) {
    const known = [...authors.keys()].join(", ") || "none yet";
    issues.push({
      file: shown,
      field: "author",
      severity: "error",
      line: lineOfField(parsed.frontmatterLines, "author"),
      message: `no author "${data.author}"; create content/authors/${data.author}.md or use one of: ${known}`,
    });
  }
  if (data.updated && data.updated.instant < data.date.instant) {
    issues.push({
      file: shown,
      field: "updated",
      severity: "error",
      line: lineOfField(parsed.frontmatterLines, "updated"),
      message: `${data.updated.raw} is before the publication date ${data.date.raw}; an update cannot come first. Correct it or remove the field`,
    });
  }
  checkImage(data.cover, "cover", parsed, file, options, issues);
  if (issues.length > before) return undefined;
  return {
    ...data,
    slug,
    file: shown,
    body: parsed.body,
    readingMinutes: readingMinutes(parsed.body),
    status: statusOf(data, options.now),
    source: sourceLines(parsed),
  };
}

/** Reads, validates and orders all content. Problems are collected, never thrown. */
export async function loadCollection(options: LoadOptions): Promise<Collection> {
  const issues: ContentIssue[] = [];
  const authors = await loadAuthors(options, issues);
  const files = await markdownFiles(options.contentDir, "articles", issues, "an article URL");
  const loaded = await Promise.all(files.map(({ id, file }) => loadArticle(id, file, authors, options, issues)));
  const allArticles = loaded.flatMap((article) => (article ? [article] : [])).sort(compareArticles);
  const articles = options.includeUnpublished ? allArticles : allArticles.filter((article) => article.status === "published");
  issues.sort(compareIssues);
  return { articles, allArticles, authors, issues };
}
