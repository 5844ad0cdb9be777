import { describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

/*
 * The fourth jeweler's trial: a `---` meant as a dividing line, written right under a line of text,
 * makes that text a heading (`<h2>`), with no message. Each is an error on the `---` line (the text
 * starts on line 9) with the fix; written so, the article passes and shows a dividing line.
 */

const { problems, html, folder } = articlePerTest("studio.md");

describe("a `---` right under a line of text", () => {
  it.each([
    [
      "Come and see us.\n\nThe studio\n12 Harbour Lane\nPorthleven\n---\n\nWe open at nine.",
      "Come and see us.\n\nThe studio\n12 Harbour Lane\nPorthleven\n\n---\n\nWe open at nine.",
      "14: error: the 3 lines above `---`, from `The studio` to `Porthleven`, become one heading (shown large, and listed in the contents), because `---` right under lines of text underlines them; to draw a dividing line, leave a blank line above `---`",
    ],
    [
      "Come and see us.\n\n> Open every day\n> -----\n\nWe open at nine.",
      "Come and see us.\n\n> Open every day\n>\n> -----\n\nWe open at nine.",
      "12: error: the line `Open every day` above `-----` becomes a heading (shown large, and listed in the contents), because `-----` right under a line of text underlines it; to draw a dividing line, leave a blank line above `-----`; if a heading was meant, write `> ## Open every day` and delete the `-----` line",
    ],
  ])("%j: an error on the `---` line, and a blank line above it draws a dividing line", async (text, written, message) => {
    expect(await problems(text)).toEqual([message]);
    expect(await html(text)).toContain("<h2");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<hr>");
    expect(await html(written)).not.toContain("<h2");
  });

  it("the heading to write for one line of text passes the next run", async () => {
    expect(await problems("Come and see us.\n\nOpening hours\n---\n\nNine to five.")).toEqual([
      "12: error: the line `Opening hours` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## Opening hours` and delete the `---` line",
    ]);
    expect(await problems("Come and see us.\n\n## Opening hours\n\nNine to five.")).toEqual([]);
  });

  it("a title underlined with `===` is told once, as a title", async () => {
    expect(await problems("Come and see us.\n\nThe studio\n===\n\nOpening hours\n---\n\nNine to five.")).toEqual([
      "11: error: the heading `The studio` is written as a title (`===`), but the title is already the page's heading; start sections at ##: write `## The studio` and delete the `===` line under it (line 12)",
      "15: error: the line `Opening hours` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## Opening hours` and delete the `---` line",
    ]);
  });

  it("a title underlined with `===` under two lines is told as the one heading it shows", async () => {
    expect(await problems("Come and see us.\n\nThe studio\non Harbour Lane\n===\n\nNine to five.")).toEqual([
      "11: error: the heading `The studio on Harbour Lane` is written as a title (`===`), but the title is already the page's heading; start sections at ##: write `## The studio on Harbour Lane` and delete the `===` line under it (line 13)",
    ]);
  });

  it("a picture right above `---` becomes a heading too; one without words is told once, as empty", async () => {
    await folder().write("public/images/ring.jpg", await smallImage());
    expect(await problems("Come and see us.\n\n![A ring](/images/ring.jpg)\n---\n\n&#x20;\n---\n\nWords.")).toEqual([
      "11: warning: the picture `/images/ring.jpg` is inside a heading, so the page shows it as it is, without the full-size view readers open by tapping a picture; if they should, take it out of a heading and put it on a line of its own, with an empty line above it and below it: `![A ring](/images/ring.jpg)`",
      "12: error: the line `![A ring](/images/ring.jpg)` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## ![A ring](/images/ring.jpg)` and delete the `---` line",
      "14: error: a heading without words (`&#x20;` over `---` shows none) would show readers an empty section title, and screen readers announce it as a heading with no name; replace it with the section's name, like `## Storing pearls`, or delete its lines",
    ]);
  });

  it("a picture written by reference right above `---` becomes a heading too", async () => {
    await folder().write("public/images/ring.jpg", await smallImage());
    expect(await problems("Come and see us.\n\n![A ring][ring]\n---\n\n[ring]: /images/ring.jpg\n\nWords.")).toEqual([
      "11: warning: the picture `/images/ring.jpg` is inside a heading, so the page shows it as it is, without the full-size view readers open by tapping a picture; if they should, take it out of a heading and put it on a line of its own, with an empty line above it and below it: `![A ring](/images/ring.jpg)`",
      "12: error: the line `![A ring][ring]` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## ![A ring][ring]` and delete the `---` line",
    ]);
  });

  it("a line of code right above `---` becomes a heading too", async () => {
    expect(await problems("Come and see us.\n\n`18k gold`\n---\n\nWords.")).toEqual([
      "12: error: the line ``18k gold`` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## `18k gold`` and delete the `---` line",
    ]);
  });

  it("quotes the words and the dashes without the spaces after them", async () => {
    expect(await problems("Come and see us.\n\nThe studio \nHarbour Lane\n---   \n\nWords.")).toEqual([
      "13: error: the 2 lines above `---`, from `The studio` to `Harbour Lane`, become one heading (shown large, and listed in the contents), because `---` right under lines of text underlines them; to draw a dividing line, leave a blank line above `---`",
    ]);
  });

  it("quotes the words without the marks of a quote inside a quote", async () => {
    expect(await problems("Come and see us.\n\n> > The studio\n> > Harbour Lane\n> > ---\n\nWords.")).toEqual([
      "13: error: the 2 lines above `---`, from `The studio` to `Harbour Lane`, become one heading (shown large, and listed in the contents), because `---` right under lines of text underlines them; to draw a dividing line, leave a blank line above `---`",
    ]);
  });

  it("a line too long to quote whole gets the heading to write, shortened", async () => {
    const line = "Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and later on Fridays.";
    expect(await problems(`Come and see us.\n\n${line}\n---\n\nWords.`)).toEqual([
      "12: error: the line `Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and later …` above `---` becomes a heading (shown large, and listed in the contents), because `---` right under a line of text underlines it; to draw a dividing line, leave a blank line above `---`; if a heading was meant, write `## Our studio on Harbour Lane is open every day but Sunday, from nine in the morning until five in the evening, and lat…` and delete the `---` line",
    ]);
  });

  it("a first heading that repeats the title is told once, by the title's message", async () => {
    const journal = folder();
    await journal.write("content/articles/studio.md", article({ title: '"Our Studio"' }, "Our studio\n---\n\nCome and see us.\n"));
    const issues = await checkCollection(await journal.load(), { publicDir: journal.publicDir, dev: false });
    expect(issues.map((issue) => `${issue.line ?? "-"}: ${issue.message}`)).toEqual([
      "9: the heading `Our studio` (underlined with `---`) repeats the title, which is already the page's heading, so readers see it twice; delete lines 9 to 10, the words and the `---` under them (deleting the words alone would leave the `---`, a dividing line)",
    ]);
  });

  it.each([
    "Come and see us.\n\n---\n\nWe open at nine.",
    "## Opening hours\n---\n\nNine to five.",
    "- the ring\n---\n\nWords.",
    "| Karat | Gold |\n| --- | --- |\n| 18k | 75% |",
    "```\nnotes\n---\n```",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
