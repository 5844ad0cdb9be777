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
  ])("%j: no problem", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
