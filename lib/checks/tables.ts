import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import type { CheckedPage } from "./pages";

/** The line of dashes a first row of `columns` cells needs. */
const dashesFor = (columns: number) => `|${" --- |".repeat(columns)}`;

/**
 * Tables the page would show wrong: lines of `|` that Markdown did not read as a table (the page
 * shows them as text, every `|` and `-` as typed), and rows with more cells than the table's first
 * row (the page leaves the extra cells out); a line of dashes typed with Word's `–` is told on its
 * own line. Errors, each with the line to write; a row whose
 * extra cells are all empty loses nothing, so it is a warning.
 */
export function checkTables(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    const unread = page.references.tables.unread.map(({ line, cells, dashes, wordDash }): ContentIssue => {
      const columns = cells[0] ?? 1;
      // Told on the line of dashes itself: a line added under the first row would show it as a row of data.
      if (wordDash !== undefined) {
        const message = `this line of dashes under the table's first row is typed with ${quote(wordDash)} (${wordDash === "–" ? "an en dash" : "an em dash"}, which Word or a Mac makes of typed hyphens), not \`-\`, so the page shows the table as text with every \`|\` as typed; write ${quote(dashesFor(columns))} in its place, one \`---\` for each of the first row's ${columns} cells`;
        return { file: page.file, line: line + 1, severity: "error", message };
      }
      const why =
        dashes === undefined
          ? `a table needs a line of dashes under its first row: add ${quote(dashesFor(columns))} as line ${line + 1}, one \`---\` for each of the first row's ${columns} cells`
          : `its line of dashes (line ${line + 1}) has ${dashes} ${dashes === 1 ? "cell" : "cells"} and its first row ${columns}; write one \`---\` for each cell of the first row: ${quote(dashesFor(columns))}`;
      return { file: page.file, line, severity: "error", message: `these lines look like a table, but the page shows them as text with every \`|\` as typed: ${why}` };
    });
    const wide = page.references.tables.wide.map(({ line, cells, columns }): ContentIssue => {
      const extra = cells.slice(columns);
      // Empty cells lose nothing: most likely a `|` typed once too often, so a warning with the row to write.
      if (extra.every((cell) => cell.trim() === "")) {
        const row = `| ${cells.slice(0, columns).join(" | ")} |`;
        const empty = extra.length === 1 ? "an empty cell" : `${extra.length} empty cells`;
        return { file: page.file, line, severity: "warning", message: `this row of the table ends in ${empty} beyond the table's ${columns} columns, which the page leaves out; if nothing is missing there, write ${quote(row)}` };
      }
      const left = extra.map((cell) => quote(cell)).join(", ");
      return { file: page.file, line, severity: "error", message: `this row of the table has ${cells.length} cells but the table's first row ${columns}, so the page leaves out ${left}; add a heading for each extra column to the first row (and a \`---\` to the line of dashes), or remove the extra cells` };
    });
    return [...unread, ...wide];
  });
}
