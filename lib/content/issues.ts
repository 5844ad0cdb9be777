import { printable } from "./printable";

/** One problem in one content file, phrased for the author who has to fix it. */
export type ContentIssue = {
  /** Path relative to the project, e.g. `content/articles/silver-care.md`. */
  file: string;
  /** What is wrong and how to fix it, as a whole sentence that names the field. */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  severity: "error" | "warning";
  /** Other files the problem involves (the article a link leads to, the other file with a title). */
  related?: string[];
};

/**
 * `content/articles/x.md:4: <what is wrong and how to fix it>`: the `file:line` that editors and
 * terminals make clickable, then the message. Printed on one line whatever the file holds.
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return printable(`${where}: ${issue.message}`);
}

/** By file, then line: the order an author works through a report. */
export function compareIssues(a: ContentIssue, b: ContentIssue): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 errors in content/articles/a.md and content/articles/b.md": which files to open. */
export function errorSummary(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const files = [...new Set(errors.map((issue) => issue.file))];
  if (files.length === 0) return "0 errors";
  const shown = files.length > 5 ? `${files.slice(0, 4).join(", ")} and ${files.length - 4} more files` : files.length === 1 ? files[0] : `${files.slice(0, -1).join(", ")} and ${files.at(-1)}`;
  return printable(`${plural(errors.length, "error")} in ${shown}`);
}

/** The report's last line: how many problems, in which files, out of how much content (pages named only when counted). */
export function summaryLine(issues: readonly ContentIssue[], counts: { articles: number; authors: number; pages?: number }): string {
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  const pages = counts.pages ? `, ${plural(counts.pages, "page")}` : "";
  return `${plural(counts.articles, "article")}, ${plural(counts.authors, "author")}${pages}: ${errorSummary(issues)}, ${plural(warnings, "warning")}`;
}

const rank = (issue: ContentIssue) => (issue.severity === "error" ? 0 : 1);

/**
 * The lines of a report, errors and warnings labelled: every error first (what stops the site),
 * then every warning (advice), each part by file and line.
 */
export function reportLines(issues: readonly ContentIssue[]): string[] {
  return [...issues].sort((a, b) => rank(a) - rank(b) || compareIssues(a, b)).map((issue) => `${issue.severity === "error" ? "error  " : "warning"} ${formatIssue(issue)}`);
}

/** Every error in the content, thrown once so the author sees them all in a single report. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(`The content has ${errorSummary(issues)}. Fix them and build again:\n\n${reportLines(issues).map((line) => `  ${line}`).join("\n")}\n`);
    this.name = "ContentError";
    this.issues = issues;
  }
}
