import type { Root } from "mdast";
import { quote } from "../content/printable";
import { fileLines, inText, type Surprise } from "./markdown-source";
import { multiLineParagraphs, standAlone } from "./multi-line-paragraphs";
import { PASTED_BULLET } from "./pasted-bullets";

/*
 * A table copied from Excel or Numbers is pasted as lines of cells separated by tabs, which
 * Markdown reads as text: the page runs the rows together into one paragraph, `Size Wrist (cm)
 * Small 14-15 …`, with no message (the fifth jeweler's trial). Two lines in a row of one
 * paragraph, each with a tab between words, are nearly always such a table; a single line with a
 * tab (`Price:→£40`) is left alone.
 */

/** A tab after a word on a line: markdown-surprises.ts parses a body only when it holds one. */
export const TABBED = /[^\s]\t/;

/** A line's quote marks and indentation, then a tab between words. */
const ROW = /^([ >]*)(\S[^\t\n]*\t[^\n]*\S)[ \t]*$/;

/** A table's row as Markdown writes it: its cells between `|`, a `|` in a cell escaped. */
const row = (cells: readonly string[]) => `| ${cells.map((cell) => cell.trim().replaceAll("|", "\\|")).join(" | ")} |`;

/** The first line of each run of two lines or more in a paragraph whose cells are separated by tabs; `firstLine` is the file line the body starts on. */
export function pastedTables(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  for (const { paragraph, at } of multiLineParagraphs(tree, source)) {
    // Each line of the paragraph with its offset, and its cells when it is a row of tabbed cells.
    let start = at.offset;
    const lines = at.text.split("\n").map((text) => {
      const lineStart = start;
      start += text.length + 1;
      // A file's `\r\n` are `\n` by now (frontmatter.ts).
      // Stryker disable next-line StringLiteral,ArrayDeclaration: a line that is no row has no indent or cells to read; with it goes `cells = ""`'s killed twin
      const [, indent = "", cells = ""] = ROW.exec(text) ?? [];
      // The first line's quote marks stand before the paragraph's start; the other lines start at theirs, so theirs is "".
      const before = source.slice(source.lastIndexOf("\n", lineStart) + 1, lineStart);
      const prefix = `${/^[ >]*$/.test(before) ? before : ""}${indent}`;
      // `•→the ring` is a pasted list's line, pasted-bullets.ts's, not a row of cells.
      const isRow = cells !== "" && !PASTED_BULLET.test(text) && inText(paragraph, lineStart + indent.length + cells.indexOf("\t"));
      return { start: lineStart, prefix, cells: isRow ? cells.split("\t") : undefined };
    });
    // Stryker disable next-line EqualityOperator: `lines[lines.length]` is no row, so `<=` reads one line more and skips it; with it goes `>=`'s killed twin
    for (let first = 0; first < lines.length; first += 1) {
      const header = lines[first];
      // A row here is never the one after a row: the loop goes on from the end of each run.
      // Stryker disable next-line OptionalChaining: `first` is below `lines.length`, so `header` is there
      if (header?.cells === undefined) continue;
      let last = first;
      while (lines[last + 1]?.cells !== undefined) last += 1;
      if (last === first) continue;
      // Rows kept apart by line breaks (`\` or two spaces at their end) are shown each on its own line.
      if (standAlone(paragraph, at, Array.from({ length: last - first + 1 }, (_, row) => first + row))) {
        first = last;
        continue;
      }
      const next = lines[first + 1] ?? header;
      // Stryker disable next-line ArrayDeclaration: only rows are counted, and their cells are there
      const columns = Math.max(...lines.slice(first, last + 1).map(({ cells = [] }) => cells.length));
      // Stryker disable next-line ArrayDeclaration: both rows given have their cells; with it go the killed `Array()` and `[]` of this line
      const padded = (cells: readonly string[] = []) => [...cells, ...Array<string>(columns - cells.length).fill("")];
      const from = lineOf(header.start);
      const to = from + last - first;
      const after = last < lines.length - 1 ? ", and leave a blank line after the table" : "";
      const before = first > 0 ? ", leave a blank line before it" : "";
      found.push({
        line: from,
        severity: "error",
        message: `lines ${from} to ${to} are cells separated by tabs, as a table copied from a spreadsheet is pasted, and the page runs them together into one paragraph; write them as a Markdown table, its cells between \`|\` and a line of \`---\` under its first row: ${quote(`${header.prefix}${row(padded(header.cells))}`)}, then ${quote(`${header.prefix}${row(Array<string>(columns).fill("---"))}`)}, then each row the same way, like ${quote(`${next.prefix}${row(padded(next.cells))}`)}${before}${after}`,
      });
      first = last;
    }
  }
  return found;
}
