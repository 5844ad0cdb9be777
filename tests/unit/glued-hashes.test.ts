import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fourth jeweler's trial: `##Opening hours`, with no space after the hashes, is shown as typed,
 * `##` and all, with no message. Each such line is an error on its file line (the text starts on
 * line 9) with the line to write; written so, the article passes and shows a heading.
 */

const { problems, html } = articlePerTest("studio.md");
const headings = (page: string) => page.match(/<h[2-6]/g)?.length ?? 0;

describe("hashes glued to a heading's words", () => {
  it.each([
    [
      "Come and see us.\n\n##Opening hours\nNine to five.",
      "Come and see us.\n\n## Opening hours\nNine to five.",
      ["11: error: the line `##Opening hours` is shown as typed, with its `##`, not as a heading, because a heading needs a space after its `##`; write `## Opening hours`"],
    ],
    [
      "Come and see us.\n\n## Where\n\nPorthleven.\n> ###Éclat of the week",
      "Come and see us.\n\n## Where\n\nPorthleven.\n> ### Éclat of the week",
      ["14: error: the line `###Éclat of the week` is shown as typed, with its `###`, not as a heading, because a heading needs a space after its `###`; write `> ### Éclat of the week`"],
    ],
    [
      "#Opening hours\n\nNine to five.",
      "## Opening hours\n\nNine to five.",
      [
        "9: error: the line `#Opening hours` is shown as typed, with its `#`, not as a heading, because a heading needs a space after its hashes, and a heading in the text starts with `##` (the title is the page's only top heading); write `## Opening hours`",
      ],
    ],
  ])("%j: an error on the line, and the line given makes a heading", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(headings(await html(written))).toBe(headings(await html(text)) + 1);
    expect(await problems(written)).toEqual([]);
  });

  it.each([
    [
      "###Care\n\nWipe with a soft cloth.",
      "## Care\n\nWipe with a soft cloth.",
      ["9: error: the line `###Care` is shown as typed, with its `###`, not as a heading, because a heading needs a space after its `###`, and as a heading it is the text's first heading, whose level is 2 (the title is level 1); write `## Care`"],
    ],
    [
      "## Rings\n\nWords.\n\n####Care\n\nWords.",
      "## Rings\n\nWords.\n\n### Care\n\nWords.",
      ["13: error: the line `####Care` is shown as typed, with its `####`, not as a heading, because a heading needs a space after its `####`, and as a heading it comes under `Rings` (`##`, line 9) and skips a level; write `### Care`"],
    ],
    [
      "###Care\n\nWords.\n\n####Cloths\n\nWords.",
      "## Care\n\nWords.\n\n### Cloths\n\nWords.",
      [
        "9: error: the line `###Care` is shown as typed, with its `###`, not as a heading, because a heading needs a space after its `###`, and as a heading it is the text's first heading, whose level is 2 (the title is level 1); write `## Care`",
        "13: error: the line `####Cloths` is shown as typed, with its `####`, not as a heading, because a heading needs a space after its `####`, and as a heading it comes under `Care` (`##`, line 9) and skips a level; write `### Cloths`",
      ],
    ],
    [
      "###Care\n\nWords.\n\n### Cloths\n\nWords.",
      "## Care\n\nWords.\n\n## Cloths\n\nWords.",
      [
        "9: error: the line `###Care` is shown as typed, with its `###`, not as a heading, because a heading needs a space after its `###`, and as a heading it is the text's first heading, whose level is 2 (the title is level 1); write `## Care`",
        "13: error: the heading `Cloths` (`###`) is the text's first heading, whose level is 2 (the title is level 1); screen-reader users, who move through a page by its headings, would look for a section that is not there; write `## Cloths`",
      ],
    ],
  ])("%j: the line given takes the level the headings above allow, so every fix comes in one run", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await problems(written)).toEqual([]);
  });

  it.each([
    [
      "Come and see us.\n##Opening hours\nNine to five.",
      "Come and see us.\n\n## Opening hours\nNine to five.",
      ["10: error: the line `##Opening hours` is shown as typed, with its `##`, not as a heading, because a heading needs a space after its `##`; write `## Opening hours`"],
    ],
    [
      "Come and see us.\n\n##**Opening hours**\n\n##2025\n\nNine to five.",
      "Come and see us.\n\n## **Opening hours**\n\n## 2025\n\nNine to five.",
      [
        "11: error: the line `##**Opening hours**` is shown as typed, with its `##`, not as a heading, because a heading needs a space after its `##`; write `## **Opening hours**`",
        "13: error: the line `##2025` is shown as typed, with its `##`, not as a heading, because a heading needs a space after its `##`; write `## 2025`",
      ],
    ],
    [
      "Come and see us.\n\n#Opening  hours   \nNine to five.",
      "Come and see us.\n\n## Opening  hours   \nNine to five.",
      [
        "11: error: the line `#Opening  hours` is shown as typed, with its `#`, not as a heading, because a heading needs a space after its hashes, and a heading in the text starts with `##` (the title is the page's only top heading); write `## Opening  hours   `",
      ],
    ],
  ])("%j: a line under words, starting with bold or a number, or with spaces inside and after it, is told too", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await problems(written)).toEqual([]);
  });

  it("a line too long to quote whole gets the line to write, shortened", async () => {
    const line = "Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and later on Fridays";
    expect(await problems(`Come and see us.\n\n##${line}`)).toEqual([
      "11: error: the line `##Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and late…` is shown as typed, with its `##`, not as a heading, because a heading needs a space after its `##`; write `## Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and lat…`",
    ]);
  });

  it.each([
    "Follow us: #ArtDeco and ##vintage finds.",
    "#1 Rule of pearls: never store them in plastic.",
    "##-##-##",
    "#1 rule: never store pearls in plastic.",
    "#ArtDeco",
    "#ArtDeco #vintage #rings",
    "#vintage finds of the week",
    // A hashtag starting a sentence: capitals inside its word, or a full stop at the sentence's end.
    "#ShopSmall Saturday is the first weekend of December",
    "We open late.\n#İstanbul Fair is in March; we go every year.",
    "`##Opening hours` is shown as typed.",
    "A `code span\n##Opening hours` over two lines.",
    "```\n##Opening hours\n```",
    "\\##Opening hours, escaped.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });

  // A jeweler's trial: Option-Space on a Mac types a non-breaking space, which looks like the space a heading needs.
  it.each([
    [
      "Wipe it dry.\n\n##\u00a0Drying\n\nOn a soft cloth.",
      "Wipe it dry.\n\n## Drying\n\nOn a soft cloth.",
      [
        "11: error: the line `##\\u{a0}Drying` is shown as typed, with its `##`, not as a heading, because the space after its `##` is a non-breaking space (`\\u{a0}`), which looks like a space but is not one: a heading needs an ordinary space there; write `## Drying`",
      ],
    ],
    [
      "Wipe it dry.\n\n> ##\u00a0Drying\n\nOn a soft cloth.",
      "Wipe it dry.\n\n> ## Drying\n\nOn a soft cloth.",
      [
        "11: error: the line `##\\u{a0}Drying` is shown as typed, with its `##`, not as a heading, because the space after its `##` is a non-breaking space (`\\u{a0}`), which looks like a space but is not one: a heading needs an ordinary space there; write `> ## Drying`",
      ],
    ],
    [
      "#\u00a0\u00a0Drying\nOn a soft cloth.",
      "## Drying\nOn a soft cloth.",
      [
        "9: error: the line `#\\u{a0}\\u{a0}Drying` is shown as typed, with its `#`, not as a heading, because the space after its `#` is a non-breaking space (`\\u{a0}`), which looks like a space but is not one: a heading needs an ordinary space there, and a heading in the text starts with `##` (the title is the page's only top heading); write `## Drying`",
      ],
    ],
  ])("%j: a non-breaking space after the hashes is told, and the line given makes a heading", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(headings(await html(written))).toBe(headings(await html(text)) + 1);
    expect(await problems(written)).toEqual([]);
  });

  it.each(["A band 6\u00a0mm wide, ## 2\u00a0mm deep.", "## Drying\u00a0time\n\nWords.", "`##\u00a0Drying` in code."])("%j: a non-breaking space elsewhere: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
