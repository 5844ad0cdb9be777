import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";
import type { z } from "zod";
import { site } from "../site";
import { contentFiles, displayPath } from "./content-files";
import { strayContentFiles } from "./stray-files";
import { bodyProblems } from "./body-limits";
import { dayInTimeZone } from "./dates";
import { dateFarAhead, guestWithoutBio, updatedAhead, noteAsValue, typedNotText } from "./field-advice";
import { fieldKey, lineAt, splitFrontmatter, type BracedGroups, type FieldIndents, type FieldLines, type SplitFile } from "./frontmatter";
import { fileNamedWithMark, locateImage, publicFolder, type PublicFolder } from "./image-path";
import { compareIssues, type ContentIssue } from "./issues";
import { pictureFieldLine, pictureGroupLine, writeInPlace, type WrittenGroup } from "./picture-lines";
import { quote } from "./printable";
import { sitePathProblem } from "./urls";
import { readingMinutes } from "./reading-time";
import { articleFrontmatterSchema, authorFrontmatterSchema, pageFrontmatterSchema, PICTURE_EXAMPLES, type ArticleFrontmatter } from "./schema";
import { closest } from "./suggest";
import type { Article, ArticleStatus, Author, BrokenFile, Collection, ReadableFields, SourceLines, StudioPage } from "./types";

export { displayPath } from "./content-files";

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

type Parsed<T> = { data: T; body: string; source: SourceLines };

/** Everything known about one file after reading it: the valid data, or at least its body. */
type FileReading<T> = {
  parsed?: Parsed<T>;
  raw?: Record<string, unknown>;
  body?: { text: string; line: number };
  lines: FieldLines;
  /** The spaces before each field's name, so a line to write is indented as the file is. */
  indents: FieldIndents;
  /** The lines of each group in braces, so a line to write replaces them all. */
  braces: BracedGroups;
  /** Fields written on lines that could not be read (see `SplitFile.unread`). */
  unread?: ReadonlySet<string>;
};

/** Files are read a few dozen at a time: opening 20,000 at once runs out of file descriptors. */
const reading = pLimit(64);

/** "`title` is required …", "`tags` (item 2) must not be empty …". */
function fieldLabel(path: readonly PropertyKey[]): string {
  // Stryker disable next-line UnaryOperator: a field's path has one or two parts, where at(1) reads what at(-1) does
  const last = path.at(-1);
  if (typeof last === "number") {
    // Stryker disable next-line UnaryOperator,StringLiteral: an item's path has two parts (`tags.1`): slice(0, 1) is slice(0, -1), and one part joins alike with any separator
    const group = path.slice(0, -1).map(String).join(".");
    return `\`${group}\` (item ${last + 1})`;
  }
  return `\`${path.map(String).join(".")}\``;
}

/** Reads one content file and validates its fields, recording every problem in `issues`. */
async function readContentFile<S extends z.ZodObject>(file: string, contentDir: string, schema: S, issues: ContentIssue[]): Promise<FileReading<z.output<S>>> {
  const shown = displayPath(file, contentDir);
  const read = splitFrontmatter(await reading(() => readFile(file, "utf8")));
  if ("problems" in read) for (const problem of read.problems) issues.push({ file: shown, ...problem });
  const split = "problems" in read ? read.partial : read;
  // Stryker disable next-line ObjectLiteral: a file whose fields cannot be split has no fields, so nothing asks for their lines
  if (split === undefined) return { lines: {}, indents: {}, braces: {} };
  for (const warning of split.warnings) issues.push({ file: shown, ...warning });
  // A body past the limits is not handed to any parser (lib/content/body-limits.ts), not even the checks'.
  const tooMuch = bodyProblems(split.body).map(
    ({ line, message }): ContentIssue => ({
      file: shown,
      severity: "error",
      line: split.bodyLine + line - 1,
      message,
    }),
  );
  issues.push(...tooMuch);
  const body = tooMuch.length > 0 ? undefined : { text: split.body, line: split.bodyLine };
  const source = { lines: split.lines, indents: split.indents, braces: split.braces, bodyLine: split.bodyLine };
  const result = schema.safeParse(split.data);
  // Fields that could not be read say nothing about the file: no "is required" for an unreadable line.
  // Stryker disable next-line OptionalChaining: asked only of a file with unreadable lines, whose split always lists them
  const guessed = (path: readonly PropertyKey[]) => split.unread?.has(String(path[0])) === true;
  if ("problems" in read) {
    if (!result.success) issues.push(...fieldIssues(result.error.issues.filter((problem) => !guessed(problem.path)), split, schema, shown));
    return { raw: split.data, body, lines: split.lines, indents: split.indents, braces: split.braces, unread: split.unread };
  }
  const fields = { raw: split.data, body, lines: split.lines, indents: split.indents, braces: split.braces };
  if (result.success && tooMuch.length === 0) return { ...fields, parsed: { data: result.data, body: split.body, source } };
  if (result.success) return fields;
  issues.push(...fieldIssues(result.error.issues, split, schema, shown));
  return fields;
}

/** "… is not a field" for the name `key` written under `prefix`; a name YAML reads as nothing (`~: x`) is told by its line. */
function notAField(prefix: string, key: string, line: number | undefined, hint: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a field the schema does not know is a key written in the file, so it has a line
  const where = line === undefined ? ""
    : ` (line ${line})`;
  if (key !== "") return `${quote(prefix === "" ? key : `${prefix}.${key}`)}${where} is not a field; ${hint}`;
  const under = prefix === "" ? "" : ` under ${quote(prefix)}`;
  return `a value${under}${where} has no field's name before its \`:\` (\`~\`, \`null\` and \`""\` are read as no name); ${hint}`;
}

/**
 * What to do with a field a cover or a portrait does not have: one of the file's own (`title`)
 * goes on a line of its own; a number (`width: 300`) has no words, and the site makes its own sizes
 * of every picture (lib/images), so it goes; any other (`caption`) is shown by no page, so its words
 * go in the text.
 */
function wordsElsewhere(prefix: string, key: string, fields: readonly string[], split: SplitFile): string {
  if ((prefix !== "cover" && prefix !== "avatar") || key === "") return "";
  const owner = prefix === "cover" ? "article" : "author";
  if (fields.includes(key)) return `; ${quote(key)} is the ${owner}'s own field: write it on a line of its own, not inside ${quote(prefix)}`;
  const group = split.data[prefix];
  const value: unknown = typeof group === "object" && group !== null ? Object.entries(group).find(([name]) => name === key)?.[1] : undefined;
  if (typeof value === "number") {
    // Its line, in a group in braces, may hold the `}` or another field too.
    const own = split.braces[prefix] === undefined;
    return `; the site sizes its pictures itself: delete ${own ? `the ${quote(key)} line` : quote(`${key}: ${split.typed[fieldKey([prefix, key])] ?? String(value)}`)}`;
  }
  return `; delete ${quote(key)}, and if its words are for readers, write them in ${prefix === "cover" ? "the article's text" : "the bio"}`;
}

/**
 * "did you mean `alt`?" for a misspelt field; when `alt` is written too (`{ atl: Ring, alt: Other }`),
 * the misspelt one is a second `alt`, and the jeweler chooses which words to keep.
 */
function meantField(key: string, suggestion: string, line: number | undefined, written: number | undefined): string {
  if (written === undefined) return `did you mean \`${suggestion}\`?`;
  const where = written === line ? "on the same line" : `on line ${written}`;
  return `it looks like \`${suggestion}\` written twice, as \`${suggestion}\` is there too (${where}): keep the words you want after \`${suggestion}:\` and delete ${quote(key)} with its words`;
}

/** The schema's complaints about a file's fields, each on its line, with "did you mean" for misspelt fields. */
function fieldIssues(problems: readonly z.core.$ZodIssue[], split: SplitFile, schema: z.ZodObject, shown: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (path: string) => lineAt(split.lines, path);
  // A misspelt field (`tittle`) is one message, not a second one saying `title` is missing.
  const meant = new Set<string>();
  const unknown: ContentIssue[] = [];
  for (const problem of problems) {
    if (problem.code !== "unrecognized_keys") continue;
    // Stryker disable next-line StringLiteral: only the fields block or one group (`cover`) has unknown keys: at most one part to join
    const prefix = problem.path.map(String).join(".");
    const shape = prefix === "" ? schema.shape : undefined;
    const known = Object.keys(shape ?? nestedShape(schema, prefix));
    for (const key of problem.keys) {
      const suggestion = closest(key, known);
      // Stryker disable next-line ConditionalExpression: adding `undefined` or `cover.undefined` marks no real field as meant
      if (suggestion !== undefined) {
        meant.add(fieldKey([...problem.path, suggestion]));
      }
      const line = at(fieldKey([...problem.path, key]));
      const hint = suggestion !== undefined ? meantField(key, suggestion, line, split.lines[fieldKey([...problem.path, suggestion])]) : `the fields are: ${known.join(", ")}${wordsElsewhere(prefix, key, Object.keys(schema.shape), split)}`;
      unknown.push({ file: shown, line, severity: "error", message: notAField(prefix, key, line, hint) });
    }
  }
  issues.push(...unknown);
  const pictures: PictureProblem[] = [];
  for (const problem of problems) {
    if (problem.code === "unrecognized_keys") continue;
    const path = fieldKey(problem.path);
    // zod 4 leaves the value out of its issues, so whether the field is missing is read from the file.
    if (meant.has(path) && split.lines[path] === undefined) continue;
    // A missing field has no line of its own: name the `---` above which it goes.
    const line = at(path) ?? split.fieldsEnd;
    // Only a number or a yes/no has what was typed kept, and only text fields take advice about it.
    const typed = split.typed[path];
    // `tags: #artdeco`: a note where the value goes, which YAML reads as nothing.
    const note = split.notes[path];
    const advice = note === undefined ? undefined : noteAsValue(problem.path, note, problem.code === "invalid_type" ? problem.expected : undefined, split);
    const message = advice ?? (typed === undefined ? undefined : typedNotText(problem.path, typed, split));
    const picture = message === undefined ? pictureField(problem) : undefined;
    if (picture) pictures.push({ ...picture, problem, line });
    else issues.push({ file: shown, line, severity: "error", message: `${fieldLabel(problem.path)} ${message ?? problem.message}` });
  }
  return [...issues, ...pictureIssues(pictures, split, shown)];
}

/** A field of a cover's or a portrait's group left out or refused, whose message the loader ends with the line to write. */
type PictureProblem = { field: "cover" | "avatar"; key: "src" | "alt"; problem: z.core.$ZodIssue; line: number | undefined };

/** The group and field of `problem` when its message takes a line to write: a cover's or a portrait's `src` or `alt` missing, empty or not text. */
function pictureField(problem: z.core.$ZodIssue): Pick<PictureProblem, "field" | "key"> | undefined {
  const [field, key] = problem.path;
  if ((field !== "cover" && field !== "avatar") || (key !== "src" && key !== "alt")) return undefined;
  // A text too long (`custom`, `too_big`) is told to be shortened: no line to write.
  if (problem.code !== "invalid_type" && problem.code !== "too_small") return undefined;
  return { field, key };
}

/**
 * The schema's messages on a cover's or a portrait's fields, each with the line to write as the
 * file writes the group (the schema has no file, so its message stops before it). A group in
 * braces is one line to write, in place of the group's lines: `cover: {}` is told `src` and `alt`
 * in one message, not one a run.
 */
function pictureIssues(problems: readonly PictureProblem[], split: SplitFile, shown: string): ContentIssue[] {
  return (["cover", "avatar"] as const).flatMap((field) => {
    const own = problems.filter((problem) => problem.field === field);
    if (own.length === 0) return [];
    const written = { lines: split.lines, indents: split.indents, braces: split.braces, group: split.data[field] };
    const whole = pictureGroupLine(field, Object.fromEntries(own.map(({ key }) => [key, PICTURE_EXAMPLES[field][key]])), written);
    if (whole !== undefined) {
      const told = own.map(({ problem }) => `${fieldLabel(problem.path)} ${problem.message}`).join(", and ");
      return [{ file: shown, line: lineAt(split.lines, field), severity: "error", message: `${told}; ${writeInPlace(field, whole, written)}` }];
    }
    return own.map(({ key, problem, line }): ContentIssue => {
      const fix = pictureFieldLine(field, key, PICTURE_EXAMPLES[field][key], written);
      const words = split.lines[`${field}.${key}`] === undefined ? "add a line like" : "write it like";
      return { file: shown, line, severity: "error", message: `${fieldLabel(problem.path)} ${problem.message}; ${words} ${quote(fix)}` };
    });
  });
}

// Only `cover` and `avatar` reach nestedShape (an object schema inside `.optional()`): each guard
// holds wherever it runs, so forcing one true, or `&&` → `||`, changes nothing.
// Stryker disable ConditionalExpression,LogicalOperator: the guards hold for the only groups that reach here
/** The fields allowed inside a group such as `cover`. */
function nestedShape(schema: z.ZodObject, path: string): Record<string, unknown> {
  let shape: unknown = schema.shape;
  for (const key of path.split(".")) {
    let field: unknown = typeof shape === "object" && shape !== null ? (shape as Record<string, unknown>)[key] : undefined;
    // `.optional()` and `.default()` wrap the object whose fields we want.
    while (field && typeof field === "object" && "unwrap" in field && typeof field.unwrap === "function") field = field.unwrap();
    shape = field && typeof field === "object" && "shape" in field ? field.shape : undefined;
  }
  return typeof shape === "object" && shape !== null ? (shape as Record<string, unknown>) : {};
}
// Stryker restore ConditionalExpression,LogicalOperator

/** A page written in `content/pages/`: its fields and body, or undefined after recording why not. */
export async function parseFile<S extends z.ZodObject>(file: string, contentDir: string, schema: S, issues: ContentIssue[]): Promise<Parsed<z.output<S>> | undefined> {
  return (await readContentFile(file, contentDir, schema, issues)).parsed;
}

/**
 * What is wrong with a cover's or an avatar's path, if anything: the advice for the mistakes
 * authors make most comes first (a web address, `public/` in the path, `..`); then main's URL
 * rule (pages and the image route use the path as written, so the URL parser must leave it as it
 * is); then the file itself, with the capitals it has on disk.
 */
async function imageFieldProblem(field: "cover" | "avatar", src: string, written: WrittenGroup, folder: PublicFolder): Promise<string | undefined> {
  const example = `/images/${field === "cover" ? "covers" : "authors"}/ring.jpg`;
  const advice = `write the path of the picture from the public/ folder, like \`src: ${example}\``;
  if (/^https?:\/\//i.test(src)) return `: the picture ${quote(src)} is on another website; save it under public/images/ and ${advice}`;
  if (/(^|\/)(\.|%2e){2}(\/|$)/i.test(src)) return `: the image path ${quote(src)} holds \`..\`, which climbs out of the folder; ${advice}`;
  // As for a picture in the text (lib/checks/unread-links.ts): rename the file, or write each space as %20.
  if (/\s/.test(src) && src.startsWith("/") && !/^\/public\//i.test(src)) {
    const [renamed, encoded] = [src.replace(/\s+/g, "-"), src.replace(/\s/g, "%20")];
    const srcLine = (path: string) => pictureFieldLine(field, "src", path, written);
    return `: the path ${quote(src)} holds a space, which a web address cannot; rename the file without spaces (${quote(`public${renamed}`)}) and ${writeInPlace(field, srcLine(renamed), written)}, or keep its name and write each space as %20: ${quote(srcLine(encoded))}`;
  }
  // A file named `signet#2.jpg` is the page's picture, to rename; for any other, `?w=1200` or `#…` follows the path.
  const named = await fileNamedWithMark(src, folder);
  if (named) return `: ${named.message}`;
  // `?w=1200` or `#…` after the path: the page looks for a file of that whole name, and the site makes the sizes itself.
  const after = /^\/[^/\\][^?#]*([?#][\s\S]*)$/.exec(src)?.[1];
  if (after !== undefined) {
    const path = src.slice(0, -after.length);
    return `: the path ${quote(src)} has ${quote(after)} after it, so the page looks for a file of that whole name, finds none, and shows no picture; leave out ${quote(after)} (the site makes the sizes itself): ${writeInPlace(field, pictureFieldLine(field, "src", path, written), written)}`;
  }
  // A path without its leading `/` (`images/…`, `public/images/…`) gets the exact path to write.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(src);
  const plain = hasScheme || src.startsWith("/") ? sitePathProblem(src, example) : undefined;
  if (plain && !/^\/public\//i.test(src)) return ` ${plain}`;
  if (/%2f|%5c/i.test(src)) return `: the image path ${quote(src)} holds an encoded \`/\` or \`\\\`; ${advice}`;
  // Stryker disable next-line StringLiteral: by now `src` starts with one `/`, so the page it is read from does not matter
  const located = await locateImage(src, "/", folder);
  return located.kind === "problem" ? `: ${located.message}` : undefined;
}

/** A cover or avatar must be a picture in public/, written with the capitals it has on disk. */
async function checkImage(field: "cover" | "avatar", read: FileReading<unknown>, shown: string, folder: PublicFolder, issues: ContentIssue[]) {
  const group = read.raw?.[field];
  if (typeof group !== "object" || group === null) return;
  const src = "src" in group && typeof group.src === "string" ? group.src.trim() : undefined;
  if (!src) return;
  const problem = await imageFieldProblem(field, src, { lines: read.lines, indents: read.indents, braces: read.braces, group }, folder);
  if (problem) issues.push({ file: shown, line: lineAt(read.lines, `${field}.src`), severity: "error", message: `\`${field}.src\`${problem}` });
}

function statusOf(data: ArticleFrontmatter, now: Date): ArticleStatus {
  if (data.draft) return "draft";
  // A calendar date is due from the start of that day on the studio's clock.
  const due = data.date.raw.length === 10 ? data.date.day <= dayInTimeZone(now.getTime(), site.timeZone) : data.date.instant <= now.getTime();
  return due ? "published" : "scheduled";
}

/** Newest first; same day → by slug, so the order is total and every build agrees. */
export function compareArticles(a: Article, b: Article): number {
  if (a.date.day !== b.date.day) {
    // Stryker disable next-line EqualityOperator: the days differ here, so `<` and `<=` agree
    return a.date.day < b.date.day ? 1 : -1;
  }
  // Stryker disable next-line EqualityOperator: slugs are unique, so `<` and `<=` agree
  if (a.slug < b.slug) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: slugs are unique, and V8's sort places an element compared as 0 exactly as one compared as 1 (the check behind it: bench/mutation/equivalent.md)
  return a.slug > b.slug ? 1 : 0;
}

/** The ids of the author files in `contentDir`, valid or not, without reading them. */
export async function authorIds(contentDir: string): Promise<string[]> {
  // Stryker disable next-line ArrayDeclaration: the problems with the files' names are reported by the loader, not here
  return (await contentFiles(contentDir, "authors", [])).map(({ id }) => id);
}

/** The value if `schema` accepts it, else undefined. */
function valid<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** What can be read of an article with errors: the fields valid on their own, none that are unread. */
function readableArticle(read: FileReading<unknown>): ReadableFields | undefined {
  // A field on a line that could not be read is not among the fields read (`SplitFile.unread`).
  const raw = read.raw;
  if (raw === undefined) return undefined;
  const { shape } = articleFrontmatterSchema;
  // An unread `tags` line is not "no tags", which the schema's default would make of it.
  const tags = read.unread?.has("tags") ? undefined : valid(shape.tags, raw.tags);
  return { title: valid(shape.title, raw.title), description: valid(shape.description, raw.description), tags, author: valid(shape.author, raw.author), lines: read.lines };
}

type Loading = { options: LoadOptions; folder: PublicFolder; issues: ContentIssue[]; broken: BrokenFile[] };

const hasError = (issues: readonly ContentIssue[]) => issues.some((issue) => issue.severity === "error");

async function loadAuthor(id: string, file: string, { options, folder, issues: all, broken }: Loading): Promise<Author | undefined> {
  // Files load concurrently: each collects its own problems, so "did this file have errors" is its own.
  const issues: ContentIssue[] = [];
  const shown = displayPath(file, options.contentDir);
  const read = await readContentFile(file, options.contentDir, authorFrontmatterSchema, issues);
  await checkImage("avatar", read, shown, folder, issues);
  if (read.raw?.guest === true && read.body) {
    const problem = guestWithoutBio(read.body, read.lines, valid(authorFrontmatterSchema.shape.name, read.raw.name));
    if (problem) issues.push({ file: shown, ...problem });
  }
  all.push(...issues);
  if (!read.parsed || hasError(issues)) {
    const avatar = read.lines.avatar === undefined ? {} : { avatar: { lines: read.lines, indents: read.indents, braces: read.braces, group: read.raw?.avatar } };
    const fields = read.raw === undefined ? undefined : { name: valid(authorFrontmatterSchema.shape.name, read.raw.name), lines: read.lines, ...avatar };
    broken.push({ kind: "author", id, file: shown, body: read.body, draft: false, fields });
    return undefined;
  }
  return { ...read.parsed.data, id, file: shown, body: read.parsed.body, source: read.parsed.source };
}

/** "no author `Mira-Okafor`; did you mean `mira-okafor`? …", matching ids and names alike. */
function unknownAuthor(written: string, authors: ReadonlyMap<string, { name: string }>, ids: readonly string[]): string {
  const byName = new Map([...authors].map(([id, author]) => [author.name, id] as const));
  // Stryker disable next-line StringLiteral: no author is named "" or "Stryker was here!"
  const suggestion = closest(written, ids) ?? byName.get(closest(written, byName.keys()) ?? "");
  const list = ids.length > 0 ? ` The authors are: ${ids.join(", ")}.` : "";
  const create = `or add the author with \`npm run new:author -- "Their Name"\``;
  if (suggestion !== undefined) return `no author ${quote(written)}; did you mean \`${suggestion}\`? Write \`author: ${suggestion}\` (the author's file name in content/authors/, without .md), ${create}.${list}`;
  return `no author ${quote(written)}: \`author:\` takes the file name of an author in content/authors/, without .md, like \`author: ${ids[0] ?? "isla-marrow"}\`; ${create}.${list}`;
}

async function loadArticle(slug: string, file: string, authors: Map<string, Author>, authorFiles: readonly string[], loading: Loading): Promise<Article | undefined> {
  const { options, folder, issues: all, broken } = loading;
  const issues: ContentIssue[] = [];
  const shown = displayPath(file, options.contentDir);
  const read = await readContentFile(file, options.contentDir, articleFrontmatterSchema, issues);
  const author = typeof read.raw?.author === "string" ? read.raw.author.trim() : "";
  if (author !== "" && !authors.has(author)) {
    const authorFile = `content/authors/${author}.md`;
    const message = authorFiles.includes(author)
      ? `the author's file ${authorFile} has problems (listed with that file); this article shows once they are fixed`
      : unknownAuthor(author, authors, authorFiles);
    issues.push({ file: shown, severity: "error", line: lineAt(read.lines, "author"), message, related: authorFiles.includes(author) ? [authorFile] : undefined });
  }
  await checkImage("cover", read, shown, folder, issues);
  const data = read.parsed?.data;
  // Each date read on its own, as the schema would: an error in another field (`tags`) must not hide this one until the next run.
  const date = data?.date ?? valid(articleFrontmatterSchema.shape.date, read.raw?.date);
  const updated = data?.updated ?? valid(articleFrontmatterSchema.shape.updated, read.raw?.updated);
  if (date && updated && updated.instant < date.instant) {
    issues.push({
      file: shown,
      severity: "error",
      line: lineAt(read.lines, "updated"),
      message: `\`updated\` (${quote(updated.raw)}) is before the publication date ${quote(date.raw)}; an update cannot come first: correct it, or delete the \`updated\` line`,
    });
  }
  const updateAhead = date && updated && updatedAhead(updated, date, read.lines, options.now);
  if (updateAhead) issues.push({ file: shown, ...updateAhead });
  const ahead = date && dateFarAhead(date, read.lines, options.now);
  if (ahead) issues.push({ file: shown, ...ahead });
  all.push(...issues);
  // The errors first: every case after them has recorded one too, and is tested for the types.
  if (hasError(issues) || !read.parsed || !data || !authors.has(data.author)) {
    broken.push({ kind: "article", id: slug, file: shown, body: read.body, draft: read.raw?.draft === true, fields: readableArticle(read) });
    return undefined;
  }
  return {
    ...data,
    slug,
    file: shown,
    body: read.parsed.body,
    readingMinutes: readingMinutes(read.parsed.body),
    status: statusOf(data, options.now),
    source: read.parsed.source,
  };
}

/** The studio's own pages (`content/pages/*.md`): their fields checked like an article's, their bodies kept for the checks. */
async function loadPages(contentDir: string, issues: ContentIssue[]): Promise<StudioPage[]> {
  const dir = path.join(contentDir, "pages");
  // A journal without pages/ has no pages to check.
  const names = await readdir(dir).catch((): string[] => []);
  const pages = await Promise.all(
    names
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map(async (name): Promise<StudioPage[]> => {
        const file = path.join(dir, name);
        const { body, parsed, lines } = await readContentFile(file, contentDir, pageFrontmatterSchema, issues);
        if (!body) return [];
        const page = { id: name.slice(0, -".md".length), file: displayPath(file, contentDir), body, lines };
        return [parsed ? { ...page, title: parsed.data.title, description: parsed.data.description } : page];
      }),
  );
  return pages.flat();
}

/** Reads, validates and orders all content. Problems are collected, never thrown. */
export async function loadCollection(options: LoadOptions): Promise<Collection> {
  const issues: ContentIssue[] = [];
  const broken: BrokenFile[] = [];
  const loading: Loading = { options, folder: publicFolder(options.publicDir), issues, broken };
  const authorFiles = await contentFiles(options.contentDir, "authors", issues);
  const loadedAuthors = await Promise.all(authorFiles.map(({ id, file }) => loadAuthor(id, file, loading)));
  const authors = new Map(loadedAuthors.flatMap((author) => (author ? [[author.id, author] as const] : [])));
  const articleFiles = await contentFiles(options.contentDir, "articles", issues);
  const ids = authorFiles.map(({ id }) => id);
  const loaded = await Promise.all(articleFiles.map(({ id, file }) => loadArticle(id, file, authors, ids, loading)));
  const allArticles = loaded.flatMap((article) => (article ? [article] : [])).sort(compareArticles);
  const articles = options.includeUnpublished ? allArticles : allArticles.filter((article) => article.status === "published");
  const pages = await loadPages(options.contentDir, issues);
  issues.push(...(await strayContentFiles(options.contentDir)));
  issues.sort(compareIssues);
  broken.sort((a, b) => {
    // Stryker disable next-line EqualityOperator: file names are unique, so `<` and `<=` agree
    if (a.file < b.file) return -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: file names are unique, and V8's sort places an element compared as 0 exactly as one compared as 1 (the check behind it: bench/mutation/equivalent.md)
    return a.file > b.file ? 1 : 0;
  });
  return { articles, allArticles, authors, broken, pages, issues };
}
