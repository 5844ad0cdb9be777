/** One problem in one content file, phrased for the author who has to fix it. */
export type ContentIssue = {
  /** Path relative to the project, e.g. `content/articles/silver-care.md`. */
  file: string;
  /** The frontmatter field, `file name`, `frontmatter` or `body`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  severity: "error" | "warning";
};

/**
 * `content/articles/x.md: date: <what is wrong and how to fix it> (content/articles/x.md:4)`:
 * the file and field lead; the trailing `file:line` is what editors and terminals make clickable.
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? "" : ` (${issue.file}:${issue.line})`;
  return `${issue.file}: ${issue.field}: ${issue.message}${where}`;
}

/** By file, then line: the order an author works through a report. */
export function compareIssues(a: ContentIssue, b: ContentIssue): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Every problem in the content, thrown once so the author sees them all in a single report. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`The content has ${count}. Fix ${issues.length === 1 ? "it" : "them"} and build again:\n\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}\n`);
    this.name = "ContentError";
    this.issues = issues;
  }
}
