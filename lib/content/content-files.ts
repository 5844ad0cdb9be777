import { readdir } from "node:fs/promises";
import path from "node:path";
import { webName } from "./image-path";
import type { ContentIssue } from "./issues";
import { quote } from "./printable";
import { SLUG_PATTERN } from "./schema";
import { toSlug } from "./slug";

/** Paths as authors see them in the repository (`content/articles/x.md`), wherever the folder is. */
export function displayPath(file: string, contentDir: string): string {
  return path.relative(path.dirname(contentDir), file).split(path.sep).join("/");
}

export type ContentFile = { id: string; file: string };

/** Names that an editor or an exporter gives Markdown: the author meant an article. */
export const MARKDOWN_LOOKALIKE = /\.(md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext|mdx)$|\.md\.[a-z0-9]+$/i;
const MARKDOWN_ENDING = /(\.md)?\.[a-z]+$/i;

/** The name an article's file should have: `Pearl Knots.markdown` → `pearl-knots.md`. */
export function suggestedName(name: string, fallback: string): string {
  return `${toSlug(name.replace(MARKDOWN_ENDING, "")) || fallback}.md`;
}

/** A picture saved beside an article, which the site never reads from content/. */
const PICTURE = /\.(jpe?g|png|gif|webp|avif|svg|heic|heif)$/i;

/** `pearl-knots copy.md`, `pearl-knots copy 2.md`: the names Finder gives a duplicated file. */
const FINDER_COPY = /^(.+) copy(?: \d+)?\.md$/;

/**
 * `rename it to pearl-knots.md`, or, when `pearl-knots.md` is already there (`Pearl-Knots.md` beside
 * it, a copy or another article), the first free name: renaming onto the taken one would replace it.
 */
function renameAdvice(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const meant = suggestedName(name, fallback);
  if (!taken.has(meant)) return `rename it to ${quote(meant)}`;
  return `${quote(meant)} is already taken by another file, so do not give it that name: if it is a copy of that file, keep the one you want and delete the other; if it is another article, rename it to a name of its own, like ${quote(freeName(meant, taken))}`;
}

/** `care-2.md`: the first name after `meant` (`care.md`) that no file of `taken` has. */
export function freeName(meant: string, taken: ReadonlySet<string>): string {
  const base = meant.slice(0, -".md".length);
  let free = 2;
  while (taken.has(`${base}-${free}.md`)) free += 1;
  return `${base}-${free}.md`;
}

/**
 * The Markdown files of `content/<sub>/`, by id (the file name without `.md`). Files that look like
 * Markdown but would be ignored (`.markdown`, `.MD`, `.md.txt`, `.mdx`, a name that cannot be a
 * URL) are errors naming the rename; anything else there is a warning; dotfiles are ignored.
 */
export async function contentFiles(contentDir: string, sub: "articles" | "authors", issues: ContentIssue[]): Promise<ContentFile[]> {
  const dir = path.join(contentDir, sub);
  const what = sub === "articles" ? "an article" : "an author";
  const fallback = sub === "articles" ? "my-article" : "my-name";
  let entries: { name: string; isDirectory(): boolean }[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: ContentFile[] = [];
  const taken = new Set(entries.map((entry) => entry.name));
  // Stryker disable next-line ArrowFunction,ConditionalExpression,EqualityOperator,UnaryOperator: Node's readdir already lists names in byte order (libuv sorts them), which is this order for every name that reaches a list (the others are errors, sorted by compareIssues); names in a folder are unique, and V8's sort places a comparator's 0 exactly as its 1
  for (const entry of entries.toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const { name } = entry;
    if (name.startsWith(".")) continue;
    const file = path.join(dir, name);
    const shown = displayPath(file, contentDir);
    const problem = (severity: ContentIssue["severity"], message: string) =>
      issues.push({ file: shown, severity, message });
    if (entry.isDirectory()) {
      problem("warning", `the folder ${quote(name)} is ignored: ${what} is one \`.md\` file directly in content/${sub}/ (pictures go in public/images/)`);
      continue;
    }
    const isMarkdown = name.endsWith(".md");
    if (PICTURE.test(name)) {
      const [folder, renamed] = [`images/${sub}`, webName(name)];
      const as = renamed === name ? "" : ` as ${quote(renamed)}`;
      problem("warning", `the picture ${quote(name)} is not read here: only \`.md\` files in content/${sub}/ are read, and pictures go in public/${folder}/; move it there${as} and write its path as ${quote(`/${folder}/${renamed}`)}`);
      continue;
    }
    if (!isMarkdown && !MARKDOWN_LOOKALIKE.test(name)) {
      problem("warning", `the file ${quote(name)} is ignored: only \`.md\` files in content/${sub}/ are read (pictures go in public/images/); move it elsewhere or delete it`);
      continue;
    }
    const id = name.slice(0, -".md".length);
    if (isMarkdown && SLUG_PATTERN.test(id)) {
      files.push({ id, file });
      continue;
    }
    // Renamed as its name asks, a Finder copy would publish the same article twice.
    const copyOf = FINDER_COPY.exec(name)?.[1];
    const original = `${copyOf}.md`;
    if (copyOf !== undefined && taken.has(original)) {
      problem("error", `${quote(name)} looks like a copy Finder made of ${quote(original)}, and is not read as ${what}; delete it (if it holds changes you want to keep, copy them into ${quote(original)} first)`);
      continue;
    }
    const reason = isMarkdown
      ? `its name is also its web address, so it may hold only lowercase letters, digits and single hyphens`
      : `only files ending in \`.md\` (lowercase) are read`;
    problem("error", `${quote(name)} is not read as ${what}: ${reason}; ${renameAdvice(name, fallback, taken)}`);
  }
  return files;
}
