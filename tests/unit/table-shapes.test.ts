import { describe, expect, it } from "vitest";
import { findReferences } from "@/lib/checks/references";

/** The table mistakes found in `markdown`, whose first line is line 10 of its file. */
const tables = (markdown: string) => findReferences(markdown, 10).tables;

describe("tables the page would show wrong", () => {
  it("finds nothing in a table that Markdown reads, nor in one line that starts with |", () => {
    expect(tables("| Metal | Care |\n| --- | :---: |\n| Silver | a cloth |\n| Gold |\n\n| not a table |\n")).toEqual({ unread: [], wide: [] });
  });

  it("finds lines of | without a line of dashes, and counts each row's cells", () => {
    expect(tables("Intro.\n\n| Metal | Care |\n| Silver | a cloth |\n")).toEqual({ unread: [{ line: 12, cells: [2, 2], dashes: undefined }], wide: [] });
  });

  it("finds a line of dashes with fewer cells than the first row", () => {
    expect(tables("|Metal|Care|Price|\n|---|---|\n|Silver|a cloth|£40|\n").unread).toEqual([{ line: 10, cells: [3, 2, 3], dashes: 2 }]);
  });

  it("finds a row with more cells than the first row, in a quote and in a list too, and gives the cells the page leaves out", () => {
    const markdown = "> | Metal | Care |\n> | - | - |\n> | Silver | cloth | weekly |\n\n- Chains:\n\n  | Length | Sits |\n  |---|---|\n  | 40 cm | collarbone | choker | short |\n";
    expect(tables(markdown).wide).toEqual([
      { line: 12, cells: ["Silver", "cloth", "weekly"], columns: 2 },
      { line: 18, cells: ["40 cm", "collarbone", "choker", "short"], columns: 2 },
    ]);
  });

  it("does not count a | written as \\| inside a cell", () => {
    expect(tables("| Clasp | Use |\n|---|---|\n| lobster \\| spring | daily |\n").wide).toEqual([]);
  });
});
