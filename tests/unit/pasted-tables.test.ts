import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fifth jeweler's trial: a table copied from Excel is pasted as lines of cells separated by
 * tabs, which the page ran together into one paragraph with no message. The run's first file line
 * (the text starts on line 9) gets an error with the Markdown table to write; written so, the
 * article passes and shows a table.
 */

const { problems, html } = articlePerTest("sizes.md");

const RUN = "are cells separated by tabs, as a table copied from a spreadsheet is pasted, and the page runs them together into one paragraph; write them as a Markdown table, its cells between `|` and a line of `---` under its first row:";

describe("a table pasted from a spreadsheet, its cells separated by tabs", () => {
  it.each([
    [
      "Size\tWrist (cm)\tBracelet length (cm)\nSmall\t14-15\t16.5\nMedium\t15-16\t18",
      "| Size | Wrist (cm) | Bracelet length (cm) |\n| --- | --- | --- |\n| Small | 14-15 | 16.5 |\n| Medium | 15-16 | 18 |",
      [`9: error: lines 9 to 11 ${RUN} \`| Size | Wrist (cm) | Bracelet length (cm) |\`, then \`| --- | --- | --- |\`, then each row the same way, like \`| Small | 14-15 | 16.5 |\``],
    ],
    [
      "Our sizes:\nSize\tWrist\nS\t14\nWe make others.",
      "Our sizes:\n\n| Size | Wrist |\n| --- | --- |\n| S | 14 |\n\nWe make others.",
      [`10: error: lines 10 to 11 ${RUN} \`| Size | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`| S | 14 |\`, leave a blank line before it, and leave a blank line after the table`],
    ],
    [
      "> Metal\tPrice\n> Gold|rose\t£40",
      "> | Metal | Price |\n> | --- | --- |\n> | Gold\\|rose | £40 |",
      [`9: error: lines 9 to 10 ${RUN} \`> | Metal | Price |\`, then \`> | --- | --- |\`, then each row the same way, like \`> | Gold\\|rose | £40 |\``],
    ],
    // A space before a tab is not kept in the cell.
    [
      "Size \tWrist\nS\t14",
      "| Size | Wrist |\n| --- | --- |\n| S | 14 |",
      [`9: error: lines 9 to 10 ${RUN} \`| Size | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`| S | 14 |\``],
    ],
    // A row shorter than the first is given an empty cell for each one it lacks.
    [
      "Size\tWrist\tLength\nS\t14",
      "| Size | Wrist | Length |\n| --- | --- | --- |\n| S | 14 |  |",
      [`9: error: lines 9 to 10 ${RUN} \`| Size | Wrist | Length |\`, then \`| --- | --- | --- |\`, then each row the same way, like \`| S | 14 |  |\``],
    ],
    // A file saved on Windows ends its lines with a carriage return, which is no part of a cell.
    [
      "Size\tWrist\r\nS\t14",
      "| Size | Wrist |\r\n| --- | --- |\r\n| S | 14 |",
      [`9: error: lines 9 to 10 ${RUN} \`| Size | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`| S | 14 |\``],
    ],
    // In a list's item, the item's mark is not repeated on the lines to write; its indent is.
    [
      "- Size\tWrist\n  S\t14",
      "- | Size | Wrist |\n  | --- | --- |\n  | S | 14 |",
      [`9: error: lines 9 to 10 ${RUN} \`| Size | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`  | S | 14 |\``],
    ],
    // Code in a cell: the tab after it is still the page's text.
    [
      "`Size`\tWrist\n`S`\t14",
      "| `Size` | Wrist |\n| --- | --- |\n| `S` | 14 |",
      [`9: error: lines 9 to 10 ${RUN} \`| \`Size\` | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`| \`S\` | 14 |\``],
    ],
    [
      "Size\t`Wrist cm`\n   S\t14",
      "| Size | `Wrist cm` |\n| --- | --- |\n| S | 14 |",
      [`9: error: lines 9 to 10 ${RUN} \`| Size | \`Wrist cm\` |\`, then \`| --- | --- |\`, then each row the same way, like \`   | S | 14 |\``],
    ],
    // Two tables in one paragraph: each given with its own number of columns.
    [
      "Size\tWrist\nS\t14\nand for necklaces:\nLength\tChain\tClasp\n40\tcurb\tbolt",
      "| Size | Wrist |\n| --- | --- |\n| S | 14 |\n\nand for necklaces:\n\n| Length | Chain | Clasp |\n| --- | --- | --- |\n| 40 | curb | bolt |",
      [
        `9: error: lines 9 to 10 ${RUN} \`| Size | Wrist |\`, then \`| --- | --- |\`, then each row the same way, like \`| S | 14 |\`, and leave a blank line after the table`,
        `12: error: lines 12 to 13 ${RUN} \`| Length | Chain | Clasp |\`, then \`| --- | --- | --- |\`, then each row the same way, like \`| 40 | curb | bolt |\`, leave a blank line before it`,
      ],
    ],
  ])("%j: an error on the first line, and the table given is shown as one", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).not.toContain("<table");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<table");
  });

  it.each([
    "Price:\t£40, engraving included.",
    "| Size | Wrist |\n| --- | --- |\n| S | 14 |",
    "`a\tb` and\n`c\td` in code",
    "```\nSize\tWrist\nS\t14\n```",
    "Ring\tone\n\nRing\ttwo",
    // Rows kept apart by line breaks: each shown on its own line, the tab as a space.
    "Tel:\t01326 000 000\\\nEmail:\tstudio@marrowandvale.example\\\nPost:\t12 Harbour Lane",
    "Mon–Fri\t10:30–17:30  \nSat\t10:00–16:00  \nSun\tclosed",
    // Kept apart from the lines around them too.
    "Contact us:\\\nTel:\t01326 000 000\\\nEmail:\tstudio@marrowandvale.example\\\nWe reply within a day.",
    // One line with a tab in a paragraph is no table.
    "Price:\t£40\nEngraving included.",
  ])("%j: no problem", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
