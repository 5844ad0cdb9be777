import { describe, expect, it } from "vitest";
import { ContentError, errorSummary, reportLines, summaryLine, type ContentIssue } from "@/lib/content/issues";

/* The words an author reads at the end of `check:content` and when the build stops on the content. */

const error = (file: string, line: number, message = "`title` is missing"): ContentIssue => ({ file, line, severity: "error", message });
const warning = (file: string, line: number): ContentIssue => ({ file, line, severity: "warning", message: "`tags` is empty" });

describe("the sentence that names the files to open", () => {
  it("says 0 errors when there are only warnings", () => {
    expect(errorSummary([warning("content/articles/a.md", 3)])).toBe("0 errors");
  });

  it("says 1 error, in the singular, and counts warnings as no errors", () => {
    expect(errorSummary([error("content/articles/a.md", 2), warning("content/articles/b.md", 3)])).toBe("1 error in content/articles/a.md");
  });

  it("joins two files with and, and three with commas before the and", () => {
    expect(errorSummary([error("content/articles/a.md", 2), error("content/articles/b.md", 2)])).toBe("2 errors in content/articles/a.md and content/articles/b.md");
    expect(errorSummary([error("a.md", 2), error("b.md", 2), error("b.md", 5), error("c.md", 2)])).toBe("4 errors in a.md, b.md and c.md");
  });

  it("names five files in full, and from six on names four and counts the rest", () => {
    const five = ["a.md", "b.md", "c.md", "d.md", "e.md"].map((file) => error(file, 1));
    expect(errorSummary(five)).toBe("5 errors in a.md, b.md, c.md, d.md and e.md");
    expect(errorSummary([...five, error("f.md", 1)])).toBe("6 errors in a.md, b.md, c.md, d.md and 2 more files");
    expect(errorSummary([...five, error("f.md", 1), error("g.md", 1)])).toBe("7 errors in a.md, b.md, c.md, d.md and 3 more files");
  });
});

describe("the last line of check:content", () => {
  it("counts articles, authors, errors and warnings, each in the singular when there is one", () => {
    expect(summaryLine([error("content/articles/a.md", 2), warning("content/articles/b.md", 3)], { articles: 1, authors: 1 })).toBe(
      "1 article, 1 author: 1 error in content/articles/a.md, 1 warning",
    );
    expect(summaryLine([warning("content/articles/a.md", 3), warning("content/articles/b.md", 3)], { articles: 13, authors: 2 })).toBe(
      "13 articles, 2 authors: 0 errors, 2 warnings",
    );
    expect(summaryLine([], { articles: 0, authors: 0 })).toBe("0 articles, 0 authors: 0 errors, 0 warnings");
    expect(summaryLine([], { articles: 0, authors: 1, pages: 1 })).toBe("0 articles, 1 author, 1 page: 0 errors, 0 warnings");
  });
});

describe("the report's lines", () => {
  it("come errors first, then warnings, each by file, then by line, labelled to the same width", () => {
    const issues = [error("content/articles/b.md", 9), warning("content/articles/b.md", 3), error("content/articles/a.md", 12), warning("content/articles/a.md", 20)];
    expect(reportLines(issues)).toEqual([
      "error   content/articles/a.md:12: `title` is missing",
      "error   content/articles/b.md:9: `title` is missing",
      "warning content/articles/a.md:20: `tags` is empty",
      "warning content/articles/b.md:3: `tags` is empty",
    ]);
  });
});

describe("the error that stops the build", () => {
  it("says how many errors in which files, then lists each line indented, in order", () => {
    const stopped = new ContentError([error("content/articles/b.md", 4), error("content/articles/a.md", 2, "`date` must be a real day")]);
    expect(stopped.name).toBe("ContentError");
    expect(stopped.message).toBe(
      [
        "The content has 2 errors in content/articles/b.md and content/articles/a.md. Fix them and build again:",
        "",
        "  error   content/articles/a.md:2: `date` must be a real day",
        "  error   content/articles/b.md:4: `title` is missing",
        "",
      ].join("\n"),
    );
    expect(String(stopped)).toMatch(/^ContentError: The content has 2 errors/);
  });
});
