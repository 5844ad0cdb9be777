import type { Token } from "markdown-it";

/**
 * Lines that each start with `|` but that Markdown did not read as a table, so the page shows them
 * as one paragraph with every `|` and `-` as typed. `cells` counts each row's cells as written.
 */
export type UnreadTable = { line: number; cells: number[]; dashes: number | undefined };
/** A row of a table with more cells than its first row: the page leaves the extra cells out. */
export type WideRow = { line: number; cells: string[]; columns: number };

/** A body's table mistakes: tables not read, and rows wider than their table. */
export type TableShapes = { unread: UnreadTable[]; wide: WideRow[] };

/** A row's cells as GitHub's tables split them: on each `|` not escaped, edge pipes dropped. */
export function cellsOf(row: string): string[] {
  const inner = row.replace(/^(?:\s*>)*\s*/, "").replace(/^\|/, "").replace(/(?<!\\)\|\s*$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Whether a row is the line of dashes under a table's first row (`|---|:--:|`). */
const isDashes = (row: string) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)*$/.test(row.replace(/^(?:\s*>)*/, "")) && row.includes("-");

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
  blocks.forEach((block, index) => {
    const at = block.map ? block.map[0] : 0;
    if (block.type === "paragraph_open") {
      const rows = (blocks[index + 1]?.content ?? "").split("\n");
      if (rows.length < 2 || !rows.every((row) => row.trimStart().startsWith("|"))) return;
      const dashes = rows[1] !== undefined && isDashes(rows[1]) ? cellsOf(rows[1]).length : undefined;
      unread.push({ line: firstLine + at, cells: rows.map((row) => cellsOf(row).length), dashes });
    }
    if (block.type === "thead_open") columns = cellsOf(lines[at] ?? "").length;
    // Every row, the first included: it never has more cells than itself.
    if (block.type === "tr_open") {
      const cells = cellsOf(lines[at] ?? "");
      if (cells.length > columns) wide.push({ line: firstLine + at, cells, columns });
    }
  });
  return { unread, wide };
}
