import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The jeweler's trial of 2026-12-07: `-- Isla Marrow` on a line of its own after a quote, a blank
 * line between, was shown as a line of text under the quote, not as its credit, with no message.
 * A warning (an article's signature may be meant) on its line (the text starts on line 9) with the
 * line to write inside the quote and the blank line to delete; written so, the page credits the
 * quote and the article passes.
 */

const { problems, html } = articlePerTest("bench-notes.md");

const CREDITED = "<figcaption>— Isla Marrow</figcaption>";

describe("a quote's credit on a line of its own under the quote", () => {
  it("`-- Isla Marrow` after a blank line: a warning with the line to write, which credits the quote and passes", async () => {
    const text = "> Measure twice, cut once.\n\n-- Isla Marrow";
    expect(await html(text)).not.toContain("<figcaption>");
    expect(await problems(text)).toEqual([
      "11: warning: the line `-- Isla Marrow` under the quote is shown as a line of text after it, not as the quote's credit, because a blank line stands between them; write it as the quote's last line, `> -- Isla Marrow`, and delete the blank line above it (line 10)",
    ]);
    const written = "> Measure twice, cut once.\n> -- Isla Marrow";
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain(CREDITED);
  });

  it("an em dash, two blank lines, a quote of two paragraphs in a list: the dash and the `>` as typed", async () => {
    const text = "- At the bench:\n\n  > Measure twice.\n  >\n  > Cut once.\n\n\n  — Isla Marrow, at the bench";
    expect(await problems(text)).toEqual([
      "16: warning: the line `— Isla Marrow, at the bench` under the quote is shown as a line of text after it, not as the quote's credit, because blank lines stand between them; write it as the quote's last line, `  > — Isla Marrow, at the bench`, and delete the blank lines above it (lines 14 to 15)",
    ]);
    const written = "- At the bench:\n\n  > Measure twice.\n  >\n  > Cut once.\n  > — Isla Marrow, at the bench";
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<figcaption>— Isla Marrow, at the bench</figcaption>");
  });

  it.each([
    ["a credit inside the quote", "> Measure twice, cut once.\n> -- Isla Marrow"],
    ["a credit after a `>` line", "> Measure twice, cut once.\n>\n> — Isla Marrow"],
    ["a line straight under the quote, which joins it", "> Measure twice, cut once.\n-- Isla Marrow"],
    ["a sentence after a dash", "> Measure twice, cut once.\n\n-- and then we cast it."],
    ["words without a capital", "> Measure twice, cut once.\n\n— every jeweler ever"],
    ["two lines after the dash", "> Measure twice, cut once.\n\n— Isla Marrow\nat the bench in Porthleven"],
    ["a quote already credited, then a signature", "> Measure twice, cut once.\n> — Isla Marrow\n\n— Jonah"],
    ["a dividing line", "> Measure twice, cut once.\n\n---\n\nMore."],
    ["a quote inside another, whose credit follows it", "> > Measure twice.\n>\n> -- Isla Marrow"],
  ])("%s: no message", async (_, text) => {
    expect(await problems(text)).toEqual([]);
  });
});
