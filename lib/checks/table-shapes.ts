import type { Token } from "markdown-it";

/**
 * Lines that each start with `|` but that Markdown did not read as a table, so the page shows them
 * as one paragraph with every `|` and `-` as typed. `cells` counts each row's cells as written;
 * `wordDash` is the dash a line of dashes under the first row was typed with instead of `-` (Word
 * makes `–` of typed hyphens).
 */
export type UnreadTable = { line: number; cells: number[]; dashes: number | undefined; wordDash?: string };
/** A row of a table with more cells than its first row: the page leaves the extra cells out. */
export type WideRow = { line: number; cells: string[]; columns: number };

/** A body's table mistakes: tables not read, and rows wider than their table. */
export type TableShapes = { unread: UnreadTable[]; wide: WideRow[] };

/** A row's cells as GitHub's tables split them: on each `|` not escaped, edge pipes dropped. */
export function cellsOf(row: string): string[] {
  // Stryker disable next-line Regex: the pattern can match nothing, so it always matches at the start: without `^` it removes the same.
  const unquoted = row.replace(/^[\s>]*/, "");
  const inner = unquoted.replace(/^\|/, "").replace(/(?<!\\)\|\s*$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Whether a row of a paragraph (each starts with `|`, quote marks already read) is the line of dashes under a table's first row (`|---|:--:|`). */
const isDashes = (row: string) => /^\s*\|\s*:?-+:?\s*(\|\s*:?-*:?\s*)*$/.test(row);

/** The en or em dash a row is a line of dashes with, typed in place of `-`, if it is one. */
const wordDashIn = (row: string) => (/^\s*\|\s*:?[-–—]+:?\s*(\|\s*:?[-–—]*:?\s*)*$/.test(row) ? /[–—]/.exec(row)?.[0] : undefined);

/**
 * The tables a body meant but Markdown did not read, and the rows of read tables that hold more
 * cells than their first row. `blocks` are markdown-it's tokens of `source`; `firstLine` is the
 * file line the body starts on.
 */
export function tableShapes(blocks: readonly Token[], source: string, firstLine: number): TableShapes {
  const lines = source.split("\n");
  const unread: UnreadTable[] = [];
  const wide: WideRow[] = [];
  let columns = 0;
  // Stryker disable next-line StringLiteral: markdown-it maps every table row to a line of `source`, so the fallback never runs.
  const cellsAt = (at: number) => cellsOf(lines[at] ?? "");
  blocks.forEach((block, index) => {
    const at = block.map ? block.map[0] : 0;
    if (block.type === "paragraph_open") {
      // Stryker disable next-line OptionalChaining,StringLiteral: a paragraph_open is always followed by its inline token, so the fallback never runs.
      const text = blocks[index + 1]?.content ?? "";
      const rows = text.split("\n");
      const [, second] = rows;
      if (second === undefined || !rows.every((row) => row.trimStart().startsWith("|"))) return;
      const dashes = isDashes(second) ? cellsOf(second).length : undefined;
      const wordDash = wordDashIn(second);
      unread.push({ line: firstLine + at, cells: rows.map((row) => cellsOf(row).length), dashes, ...(wordDash === undefined ? {} : { wordDash }) });
    }
    if (block.type === "thead_open") columns = cellsAt(at).length;
    // Every row, the first included: it never has more cells than itself.
    if (block.type === "tr_open") {
      const cells = cellsAt(at);
      if (cells.length > columns) wide.push({ line: firstLine + at, cells, columns });
    }
  });
  return { unread, wide };
}
