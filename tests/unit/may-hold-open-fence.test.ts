import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { mayHoldOpenFence } from "@/lib/checks/open-fences";

/*
 * mayHoldOpenFence decides which bodies markdown-surprises.ts parses to look for a code box never
 * closed: it may say true of a body with none (the check then finds nothing), but a false for a
 * body with one hides the author's mistake. Fences at the left edge are paired as Markdown pairs
 * them; anything it cannot pair so is left to the syntax tree.
 */

const { problems } = articlePerTest("polishing.md");

describe("mayHoldOpenFence", () => {
  it.each([
    ["no fence", "Polish with this:\n\nrouge, then a soft cloth"],
    ["a box closed", "```\nrouge\n```"],
    ["a box closed by a fence with spaces and a tab after it", "```js\nrouge\n``` \t "],
    ["a box closed by a fence three spaces in", "```\nrouge\n   ```"],
    ["a box closed by a longer fence", "```\nrouge\n`````"],
    ["a ~~~ box holding a ```, closed by a longer ~~~", "~~~\nrouge\n```\n~~~~"],
    ["a ```` box holding a ``` box", "````\n```\nrouge\n```\n````"],
    ["```` ```rouge``` ```` starting a sentence, code in the sentence", "```rouge``` and a soft cloth."],
    ["``` inside a sentence", "Type ``` on a line of its own to open a code box."],
    ["two backticks starting a line", "``\nrouge"],
    ["words struck out starting a line", "~~sold out~~ until May."],
    ["a box holding a line of HTML, then a box after it", "```\n<b>rouge</b>\n```\n\n```\ncloth\n```"],
    ["HTML inside a sentence, then a box", "Polish with <b>rouge</b>.\n```\ncloth\n```"],
  ])("%s: false", (_, text) => {
    expect(mayHoldOpenFence(text)).toBe(false);
  });

  it.each([
    ["a box left open", "Polish with this:\n\n```\nrouge"],
    ["a ```` box that a ``` does not close", "````\nrouge\n```"],
    ["a ~~~ box that a ``` does not close", "~~~\nrouge\n```"],
    ["a box that a fence with words does not close", "```\nrouge\n```js"],
    ["a box that a fence with a no-break space after it does not close", "```\nrouge\n```\u00a0"],
    ["a box that a fence four spaces in does not close", "```\nrouge\n    ```"],
    ["a box that a quote's fence does not close", "```\nrouge\n> ```"],
    ["a ~~~ box whose words hold a backtick", "~~~ a`b\nrouge"],
    ["a box whose words hold a line separator", "```\u2028\nrouge"],
    ["a box that a fence with a line separator after it does not close", "```\nrouge\n```\u2028"],
    ["two boxes in list items", "- ```\n- ```"],
    ["a box on a list item's line", "- ```\n  rouge"],
    ["a box on the line of a list item of two digits", "10. ```\n    rouge"],
    ["a box on the line of a list item numbered with a bracket, two spaces in", "1)  ```\n    rouge"],
    ["a box in a list item, indented", "* Polish:\n\n  ```\n  rouge"],
    ["a box in a list item, three spaces in, closed at the left edge", "1. Polish:\n   ```\n   rouge\n```"],
    ["a box in a quote", "> ```\n> rouge\n> ```"],
    ["a box on a footnote's line", "Rouge.[^1]\n\n[^1]: ```\n    rouge"],
    ["a box right after a footnote's label of words", "Rouge.[^rouge]\n\n[^rouge]:```\n    rouge"],
    ["a fence in an HTML comment, then a box", "<!--\n```\n-->\n\n```\nrouge"],
  ])("%s: true", (_, text) => {
    expect(mayHoldOpenFence(text)).toBe(true);
  });
});

describe("a code box the quick look once passed over", () => {
  it("is told in a list item three spaces in, closed at the left edge", async () => {
    expect(await problems("Steps:\n\n1. Polish with this:\n   ```\n   rouge\n```\n\nPat it dry.")).toEqual([
      "12: error: the ``` on line 14, meant to close the code box opened with ``` on this line, is not as far in as this line's ```, so the page ends the list item above it and opens another code box there, showing everything under it as computer code (lines 15 to 16, the rest of the text); write line 14 as ```, as far in as this line's ```",
    ]);
    expect(await problems("Steps:\n\n1. Polish with this:\n   ```\n   rouge\n   ```\n\nPat it dry.")).toEqual([]);
  });

  it("is told under an HTML comment holding a fence", async () => {
    expect(await problems("<!-- the old way:\n```\n-->\n\n```\nrouge\n\nPat it dry.")).toEqual([
      "13: error: the code box opened with ``` is never closed, so the page shows everything under it as computer code, in a grey box (lines 14 to 16, the rest of the text); add a line ``` under the code's last line; or delete the line",
    ]);
    expect(await problems("<!-- the old way:\n```\n-->\n\n```\nrouge\n```\n\nPat it dry.")).toEqual([]);
  });
});
