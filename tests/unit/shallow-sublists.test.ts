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

  it("is not told for a list after an empty item and a blank line: it starts as far as the item's words would, and the blank line ends the item", async () => {
    const text = "1. Plain bands\n2.\n\n   - up or down two sizes";
    expect(await problems(text)).toEqual([]);
    expect(await html(text)).toMatch(sideBySide);
  });

  it("counts words five columns or more after a mark as code, the item's words then starting a column after the mark", async () => {
    const text = "1.\t\tPlain bands\n  - up or down two sizes";
    const code = "9: warning: line 9 has five spaces or more between its list's mark and its words (a tab counts as up to 4 spaces), so the page shows its words in a box in typewriter letters, as computer code, inside the list; for ordinary text, leave one space after the mark: write `1. Plain bands`";
    expect(await problems(text)).toEqual([code, `10: error: the line \`  - up or down two sizes\` is not indented as far as the words of \`1.\\t\\tPlain bands\` ${SHOWN} 1 more space: write \`   - up or down two sizes\``]);
    expect(await html(text)).toMatch(sideBySide);
    expect(await problems("1.\t\tPlain bands\n   - up or down two sizes")).toEqual([code]);
  });
});
