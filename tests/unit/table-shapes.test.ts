import { describe, expect, it } from "vitest";
import { findReferences } from "@/lib/checks/references";
import { renderArticleHtml } from "@/lib/content/markdown";
import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/** The table mistakes found in `markdown`, whose first line is line 10 of its file. */
const tables = (markdown: string) => findReferences(markdown, 10).tables;

describe("tables the page would show wrong", () => {
  it("finds nothing in a table that Markdown reads, nor in one line that starts with |", () => {
    expect(tables("| Metal | Care |\n| --- | :---: |\n| Silver | a cloth |\n| Gold |\n\n| not a table |\n")).toEqual({ unread: [], wide: [] });
  });

  it("finds lines of | without a line of dashes, and counts each row's cells", () => {
    expect(tables("Intro.\n\n| Metal | Care |\n| Silver | a cloth |\n")).toEqual({ unread: [{ line: 12, cells: [2, 2], dashes: undefined }], wide: [] });
  });

  it("finds a line of dashes typed with en or em dashes, and names the dash", () => {
    expect(tables("| Stone | Hardness |\n| –––– | :—-: |\n| Ruby | 9 |\n").unread).toEqual([{ line: 10, cells: [2, 2, 2], dashes: undefined, wordDash: "–" }]);
    expect(tables("| Stone | Hardness |\n| – | a cloth |\n").unread).toEqual([{ line: 10, cells: [2, 2], dashes: undefined }]);
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

  it("finds lines of | written without a closing |, or indented under the first", () => {
    expect(tables("| Metal | Care\n| Silver | a cloth\n").unread).toEqual([{ line: 10, cells: [2, 2], dashes: undefined }]);
    expect(tables("| Metal | Care |\n  | Silver | a cloth |\n").unread).toEqual([{ line: 10, cells: [2, 2], dashes: undefined }]);
  });

  it("finds nothing in a paragraph where only some lines start with |", () => {
    expect(tables("| Metal | Care |\nSilver wants a soft cloth.\n").unread).toEqual([]);
  });

  it("reads an indented line of dashes as one, and a row of cells holding - as no line of dashes", () => {
    expect(tables("| Metal | Care | Price |\n  | --- | --- |\n").unread).toEqual([{ line: 10, cells: [3, 2], dashes: 2 }]);
    expect(tables("| Metal | Care | Price |\n| - | a cloth | - |\n").unread).toEqual([{ line: 10, cells: [3, 3], dashes: undefined }]);
  });

  it("finds a row with more cells than the first row in a table written without | at the edges", () => {
    expect(tables("Metal | Care\n--- | ---\nSilver | a cloth | weekly\n").wide).toEqual([{ line: 12, cells: ["Silver", "a cloth", "weekly"], columns: 2 }]);
  });

  it("does not count a | written as \\| inside a cell", () => {
    expect(tables("| Clasp | Use |\n|---|---|\n| lobster \\| spring | daily |\n").wide).toEqual([]);
  });
});

describe("the errors check:content gives for them, with the line to write", () => {
  const journal = journalPerTest();

  // content/articles/care.md's text starts on line 9.
  const AS_TEXT = "content/articles/care.md:11: these lines look like a table, but the page shows them as text with every `|` as typed:";

  it.each<[string, string, string[]]>([
    [
      "asks for a line of dashes under the first row when there is none",
      "Intro.\n\n| Metal | Care |\n| Silver | a cloth |\n",
      [`${AS_TEXT} a table needs a line of dashes under its first row: add \`| --- | --- |\` as line 12, one \`---\` for each of the first row's 2 cells`],
    ],
    [
      "counts the cells of a short line of dashes",
      "Intro.\n\n| Metal | Care | Price |\n| --- | --- |\n| Silver | a cloth | £40 |\n",
      [`${AS_TEXT} its line of dashes (line 12) has 2 cells and its first row 3; write one \`---\` for each cell of the first row: \`| --- | --- | --- |\``],
    ],
    [
      "names every cell a row has too many",
      "Intro.\n\n| Length | Sits |\n| --- | --- |\n| 40 cm | collarbone | choker | short |\n",
      ["content/articles/care.md:13: this row of the table has 4 cells but the table's first row 2, so the page leaves out `choker`, `short`; add a heading for each extra column to the first row (and a `---` to the line of dashes), or remove the extra cells"],
    ],
  ])("%s", async (_, body, errors) => {
    expect(await journal.articleErrors(body)).toEqual(errors);
  });

  // A jeweler's trial: Word makes en dashes of the hyphens typed under the first row; a line of dashes added under it, as once told, showed them as a row.
  it.each([
    ["| Stone | Hardness |\n| –––– | ––––––– |\n| Ruby | 9 |\n| Opal | 6 |\n", "`–` (an en dash", 2, "| Stone | Hardness |\n| --- | --- |\n| Ruby | 9 |\n| Opal | 6 |\n"],
    ["> | Stone | Hardness | Care |\n> |:—|—:|\n> | Ruby | 9 | soap |\n", "`—` (an em dash", 3, "> | Stone | Hardness | Care |\n> | --- | --- | --- |\n> | Ruby | 9 | soap |\n"],
  ])("%j: an error on the line of dashes itself, whose line given makes a table", async (table, dash, columns, written) => {
    const dashes = `|${" --- |".repeat(columns)}`;
    expect(await journal.articleErrors(`Intro.\n\n${table}`)).toEqual([
      `content/articles/care.md:12: this line of dashes under the table's first row is typed with ${dash}, which Word or a Mac makes of typed hyphens), not \`-\`, so the page shows the table as text with every \`|\` as typed; write \`${dashes}\` in its place, one \`---\` for each of the first row's ${columns} cells`,
    ]);
    expect(await renderArticleHtml(table, { publicDir: journal.folder().publicDir })).not.toContain("<table>");
    expect(await journal.articleErrors(`Intro.\n\n${written}`)).toEqual([]);
    expect(await renderArticleHtml(written, { publicDir: journal.folder().publicDir })).toContain("<td>Ruby</td>");
  });

  it.each([
    ["| 40 cm | collarbone | |", "an empty cell", "| 40 cm | collarbone |"],
    ["| 40 cm | collarbone |  |   |", "2 empty cells", "| 40 cm | collarbone |"],
  ])("%j: a warning, since the page loses nothing, with the row to write", async (row, empty, write) => {
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `Intro.\n\n| Length | Sits |\n| --- | --- |\n${row}\n`));
    expect((await checkFolder(journal.folder())).map((issue) => [issue.severity, formatIssue(issue)])).toEqual([
      ["warning", `content/articles/care.md:13: this row of the table ends in ${empty} beyond the table's 2 columns, which the page leaves out; if nothing is missing there, write \`${write}\``],
    ]);
  });
});
