import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fifth jeweler's trial: bullets indented 2 spaces under `1. Plain bands` are not under it, as
 * the words of `1. ` start 3 characters in: the page showed numbered lists and bullet lists taking
 * turns, with no message. Each such list is an error on its first file line (the text starts on
 * line 9) with the line to write; written so, the article passes and the bullets are under the item.
 */

const { problems, html } = articlePerTest("resizing.md");

const SHOWN = "above it, so the page shows it as a list of its own after that list, not under that item; indent it by";

/** Whether a list follows another on the page, instead of standing inside its item. */
const sideBySide = /<\/[ou]l>\s*<[ou]l/;

describe("a list indented under an item, but less than the item's words", () => {
  it.each([
    [
      "1. Plain bands\n  - up or down two sizes in a day\n  - more than that takes a week\n2. Stone-set rings\n  - we check every claw first",
      "1. Plain bands\n   - up or down two sizes in a day\n   - more than that takes a week\n2. Stone-set rings\n   - we check every claw first",
      [
        `10: error: the line \`  - up or down two sizes in a day\` is not indented as far as the words of \`1. Plain bands\` ${SHOWN} 1 more space: write \`   - up or down two sizes in a day\`, and each line of its list the same way`,
        `13: error: the line \`  - we check every claw first\` is not indented as far as the words of \`2. Stone-set rings\` ${SHOWN} 1 more space: write \`   - we check every claw first\``,
      ],
    ],
    [
      "9. Full eternity rings\n10. Half eternity rings\n  * usually not",
      "9. Full eternity rings\n10. Half eternity rings\n    * usually not",
      [`11: error: the line \`  * usually not\` is not indented as far as the words of \`10. Half eternity rings\` ${SHOWN} 2 more spaces: write \`    * usually not\``],
    ],
    [
      "1.  Plain bands\n  - up or down two sizes",
      "1.  Plain bands\n    - up or down two sizes",
      [`10: error: the line \`  - up or down two sizes\` is not indented as far as the words of \`1.  Plain bands\` ${SHOWN} 2 more spaces: write \`    - up or down two sizes\``],
    ],
    [
      "1. Plain bands\n2. \n  - we check every claw first",
      "1. Plain bands\n2. \n   - we check every claw first",
      [`11: error: the line \`  - we check every claw first\` is not indented as far as the words of \`2. \` ${SHOWN} 1 more space: write \`   - we check every claw first\``],
    ],
    [
      "1.\n    Plain bands\n  - up or down two sizes",
      "1.\n    Plain bands\n   - up or down two sizes",
      [`11: error: the line \`  - up or down two sizes\` is not indented as far as the words of \`1.\` ${SHOWN} 1 more space: write \`   - up or down two sizes\``],
    ],
    [
      "1. Plain bands\n  - up or down two sizes in a day, if the band has no stones, no engraving and no hallmark near the place where we cut and solder it",
      "1. Plain bands\n   - up or down two sizes in a day, if the band has no stones, no engraving and no hallmark near the place where we cut and solder it",
      [`10: error: the line \`  - up or down two sizes in a day, if the band has no stones,…\` is not indented as far as the words of \`1. Plain bands\` ${SHOWN} 1 more space: write \`   - up or down two sizes in a day, if the band has no stones,…\``],
    ],
    [
      "-   Gold\n  1. yellow",
      "-   Gold\n    1. yellow",
      [`10: error: the line \`  1. yellow\` is not indented as far as the words of \`-   Gold\` ${SHOWN} 2 more spaces: write \`    1. yellow\``],
    ],
    [
      "1.\tPlain bands\n   - up or down two sizes",
      "1.\tPlain bands\n    - up or down two sizes",
      [`10: error: the line \`   - up or down two sizes\` is not indented as far as the words of \`1.\\tPlain bands\` ${SHOWN} 1 more space: write \`    - up or down two sizes\``],
    ],
    [
      "- Resizing\n  1. Plain bands\n  \t- up or down two sizes",
      "- Resizing\n  1. Plain bands\n     - up or down two sizes",
      [`11: error: the line \`  \\t- up or down two sizes\` is not indented as far as the words of \`1. Plain bands\` ${SHOWN} 1 more space: write \`     - up or down two sizes\``],
    ],
    [
      "- 1.  Plain bands\n  \t- up or down two sizes",
      "- 1.  Plain bands\n      - up or down two sizes",
      [`10: error: the line \`  \\t- up or down two sizes\` is not indented as far as the words of \`1.  Plain bands\` ${SHOWN} 2 more spaces: write \`      - up or down two sizes\``],
    ],
    [
      "- Resizing\n  1.\tPlain bands\n    - up or down two sizes",
      "- Resizing\n  1.\tPlain bands\n        - up or down two sizes",
      [`11: error: the line \`    - up or down two sizes\` is not indented as far as the words of \`1.\\tPlain bands\` ${SHOWN} 4 more spaces: write \`        - up or down two sizes\``],
    ],
    [
      "> - Gold\n>  1. yellow",
      "> - Gold\n>   1. yellow",
      [`10: error: the line \`>  1. yellow\` is not indented as far as the words of \`- Gold\` ${SHOWN} 1 more space: write \`>   1. yellow\``],
    ],
  ])("%j: an error on the list's first line, and the lines given nest it", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).toMatch(sideBySide);
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).not.toMatch(sideBySide);
  });

  it.each([
    "1. Plain bands\n   - up or down\n2. Stone-set rings",
    "- Gold\n  1. yellow",
    "1. Plain bands\n\n- a list of its own",
    "- one\n - two",
  ])("%j: no problem", async (text) => {
    expect(await problems(text)).toEqual([]);
  });


  it("counts words five columns or more after a mark as code, the item's words then starting a column after the mark", async () => {
    const text = "1.\t\tPlain bands\n  - up or down two sizes";
    const code = "9: warning: line 9 has five spaces or more between its list's mark and its words (a tab counts as up to 4 spaces), so the page shows its words in a box in typewriter letters, as computer code, inside the list; for ordinary text, leave one space after the mark: write `1. Plain bands`";
    expect(await problems(text)).toEqual([code, `10: error: the line \`  - up or down two sizes\` is not indented as far as the words of \`1.\\t\\tPlain bands\` ${SHOWN} 1 more space: write \`   - up or down two sizes\``]);
    expect(await html(text)).toMatch(sideBySide);
    expect(await problems("1.\t\tPlain bands\n   - up or down two sizes")).toEqual([code]);
  });
});

/** Whether the page shows an empty item ending its list, then a list or a paragraph after it. */
const emptyThenAfter = /<li><\/li>\n<\/[ou]l>\n<(?:[ou]l|p)>/;

describe("an empty item cut off by a blank line from what is indented under it", () => {
  it.each([
    [
      "1. Plain bands\n2.\n\n   - up or down two sizes",
      "10: error: the item `2.` on line 10 has no words, and the blank line under it ends the item, so the page shows it empty, and the list on line 12 after the list, not under the item; write the item's words on its line, after `2.`, or delete the blank line (line 11)",
      ["1. Plain bands\n2. Stone-set rings\n\n   - up or down two sizes", "1. Plain bands\n2.\n   - up or down two sizes"],
    ],
    [
      "1. Plain bands\n2.\n\n   Stone-set rings",
      "10: error: the item `2.` on line 10 has no words, and the blank line under it ends the item, so the page shows it empty, and `Stone-set rings` (line 12) after the list, not as the item's words; write the words on the item's line, `2. Stone-set rings`, or delete the blank line (line 11)",
      ["1. Plain bands\n2. Stone-set rings", "1. Plain bands\n2.\n   Stone-set rings"],
    ],
    [
      "- Gold\n-\n\n\n  1. yellow",
      "10: error: the item `-` on line 10 has no words, and the blank lines under it end the item, so the page shows it empty, and the list on line 13 after the list, not under the item; write the item's words on its line, after `-`, or delete the blank lines (lines 11 to 12)",
      ["- Gold\n- Silver\n\n\n  1. yellow", "- Gold\n-\n  1. yellow"],
    ],
    [
      "> 1. Plain bands\n> 2.\n>\n>    Stone-set rings",
      "10: error: the item `2.` on line 10 has no words, and the blank line under it ends the item, so the page shows it empty, and `Stone-set rings` (line 12) after the list, not as the item's words; write the words on the item's line, `> 2. Stone-set rings`, or delete the blank line (line 11)",
      ["> 1. Plain bands\n> 2. Stone-set rings", "> 1. Plain bands\n> 2.\n>    Stone-set rings"],
    ],
    [
      "- Rings\n  1. Plain bands\n  2.\n\n     Stone-set rings",
      "11: error: the item `2.` on line 11 has no words, and the blank line under it ends the item, so the page shows it empty, and `Stone-set rings` (line 13) after the list, not as the item's words; write the words on the item's line, `  2. Stone-set rings`, or delete the blank line (line 12)",
      ["- Rings\n  1. Plain bands\n  2. Stone-set rings", "- Rings\n  1. Plain bands\n  2.\n     Stone-set rings"],
    ],
    [
      "1. Plain bands\n2.\n\n  - up or down two sizes",
      `12: error: the line \`  - up or down two sizes\` is not indented as far as the words of \`2.\` ${SHOWN} 1 more space: write \`   - up or down two sizes\`; as that item has no words, delete the blank line (line 11) too`,
      ["1. Plain bands\n2.\n   - up or down two sizes"],
    ],
  ])("%j: an error with the lines to write, each of which puts what follows in the item", async (text, message, fixes) => {
    expect(await problems(text)).toEqual([message]);
    expect(await html(text)).toMatch(emptyThenAfter);
    for (const fixed of fixes) {
      expect(await problems(fixed)).toEqual([]);
      expect(await html(fixed)).not.toMatch(/<li><\/li>|<\/[ou]l>\n<(?:[ou]l|p)>/);
    }
  });
});

/** Whether the page shows a paragraph after the list, instead of inside its last item. */
const paragraphAfter = /<\/[ou]l>\n<p>/;

describe("a paragraph after a list, indented less than its last item's words", () => {
  const AFTER = "above it, so the page shows it as a paragraph after that list, not in that item;";
  it.each([
    [
      "1. Plain bands\n\n  up or down two sizes in a day",
      `11: error: the line \`  up or down two sizes in a day\` is not indented as far as the words of \`1. Plain bands\` ${AFTER} indent it by 1 more space: write \`   up or down two sizes in a day\``,
      ["1. Plain bands\n\n   up or down two sizes in a day"],
    ],
    [
      "1. Plain bands\n2. Stone-set rings\n\n  we check every claw first\nand send a photo",
      `12: error: the line \`  we check every claw first\` is not indented as far as the words of \`2. Stone-set rings\` ${AFTER} indent it by 1 more space: write \`   we check every claw first\``,
      ["1. Plain bands\n2. Stone-set rings\n\n   we check every claw first\nand send a photo"],
    ],
    [
      "1.\tPlain bands\n\n  up or down",
      `11: error: the line \`  up or down\` is not indented as far as the words of \`1.\\tPlain bands\` ${AFTER} indent it by 2 more spaces: write \`    up or down\``,
      ["1.\tPlain bands\n\n    up or down"],
    ],
    [
      "> 1. Plain bands\n>\n>   up or down",
      `11: error: the line \`>   up or down\` is not indented as far as the words of \`1. Plain bands\` ${AFTER} indent it by 1 more space: write \`>    up or down\``,
      ["> 1. Plain bands\n>\n>    up or down"],
    ],
    [
      "1. Plain bands\n2.\n\n  up or down",
      `12: error: the line \`  up or down\` is not indented as far as the words of \`2.\` ${AFTER} indent it by 1 more space: write \`   up or down\`; as that item has no words, delete the blank line (line 11) too`,
      ["1. Plain bands\n2.\n   up or down"],
    ],
    [
      "- Plain bands\n\n up or down",
      `11: warning: the line \` up or down\` is not indented as far as the words of \`- Plain bands\` ${AFTER} if it belongs to the item, indent it by 1 more space: write \`  up or down\`; if it is meant after the list, delete the space before it: write \`up or down\``,
      ["- Plain bands\n\n  up or down"],
    ],
  ])("%j: told on its line, and the line given puts it in the item", async (text, message, fixes) => {
    expect(await problems(text)).toEqual([message]);
    expect(await html(text)).toMatch(paragraphAfter);
    for (const fixed of fixes) {
      expect(await problems(fixed)).toEqual([]);
      expect(await html(fixed)).not.toMatch(paragraphAfter);
    }
  });

  it("takes a warning's other line as a paragraph meant after the list", async () => {
    expect(await problems("- Plain bands\n\nup or down")).toEqual([]);
    expect(await html("- Plain bands\n\nup or down")).toMatch(paragraphAfter);
  });

  it.each(["1. Plain bands\n\nAfter the list.", "> 1. Plain bands\n>\n> After the list.", "  1. Plain bands\n\n  After the list.", "1. Plain bands\n\n   In the item.", "- Gold\n\n  In the item."])(
    "%j: no problem",
    async (text) => {
      expect(await problems(text)).toEqual([]);
    },
  );
});
