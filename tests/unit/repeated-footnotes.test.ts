import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * A jeweler's trial (2026-12-07): `[^1]: The British standard since 1300.` and later
 * `[^1]: Introduced in 1697.`; the page left the second note out and pointed both marks to the
 * first, with no message. The second note is an error on its file line (the text starts on line
 * 9), giving it and its mark the next free label; written so, the article passes and the page
 * shows both notes.
 */

const { problems, html: page } = articlePerTest("hallmarks.md");

const TRIAL = "Sterling is 92.5% silver[^1]. Britannia is 95.8%[^1].\n\n[^1]: The British standard since 1300.\n[^1]: Introduced in 1697.";

describe("a footnote label used by two notes", () => {
  it("leaves the second note out of the page, as the message says", async () => {
    const shown = await page(TRIAL);
    expect(shown).toContain("The British standard since 1300.");
    expect(shown).not.toContain("Introduced in 1697.");
  });

  it("is an error on the second note's line, and the lines given show both notes", async () => {
    expect(await problems(TRIAL)).toEqual([
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Introduced in 1697.`, and for the second `[^1]` on line 9, write `Sterling is 92.5% silver[^1]. Britannia is 95.8%[^2].`",
    ]);
    const written = "Sterling is 92.5% silver[^1]. Britannia is 95.8%[^2].\n\n[^1]: The British standard since 1300.\n[^2]: Introduced in 1697.";
    expect(await problems(written)).toEqual([]);
    const shown = await page(written);
    expect(shown).toContain("The British standard since 1300.");
    expect(shown).toContain("Introduced in 1697.");
  });

  it("gives a label no note or mark uses yet, a third note the one after, and a line for their marks that holds both", async () => {
    const text = "Sterling[^1], Britannia[^2] and fine silver[^1] and Mexican silver[^1].\n\n[^1]: Since 1300.\n[^2]: Since 1697.\n[^1]: Since 1999.\n[^1]: Since 1930.";
    expect(await problems(text)).toEqual([
      "13: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^3]`: write `[^3]: Since 1999.`, and for the second `[^1]` on line 9, write `Sterling[^1], Britannia[^2] and fine silver[^3] and Mexican silver[^4].`",
      "14: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^4]`: write `[^4]: Since 1930.`, and for the third `[^1]` on line 9, write `Sterling[^1], Britannia[^2] and fine silver[^3] and Mexican silver[^4].`",
    ]);
    const written = "Sterling[^1], Britannia[^2] and fine silver[^3] and Mexican silver[^4].\n\n[^1]: Since 1300.\n[^2]: Since 1697.\n[^3]: Since 1999.\n[^4]: Since 1930.";
    expect(await problems(written)).toEqual([]);
  });

  it("numbers a label of words, and names the mark alone on its line without a place", async () => {
    const text = "Sterling[^std].\n\nBritannia[^std].\n\n[^std]: Since 1300.\n[^std]: Since 1697.";
    expect(await problems(text)).toEqual([
      "14: error: the footnote label `[^std]` is already the note's on line 13, so the page leaves this note out and every `[^std]` mark points to that one; give this note the next free label, `[^std-2]`: write `[^std-2]: Since 1697.`, and for the `[^std]` on line 11, write `Britannia[^std-2].`",
    ]);
    expect(await problems("Sterling[^std].\n\nBritannia[^std-2].\n\n[^std]: Since 1300.\n[^std-2]: Since 1697.")).toEqual([]);
  });

  it("tells to write a mark when no second mark points to the note", async () => {
    const text = "Sterling is 92.5% silver[^1].\n\n[^1]: The British standard since 1300.\n[^1]: Introduced in 1697.";
    expect(await problems(text)).toEqual([
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Introduced in 1697.`, and write `[^2]` after the words it explains",
    ]);
  });

  it("warns of two notes nobody points to on the first's line, the one the page would show", async () => {
    expect(await problems("Sterling.\n\n[^1]: Since 1300.\n[^1]: Since 1697.")).toEqual([
      "11: warning: the footnote `[^1]: …` is left out of the page, because no `[^1]` in the text points to it; write `[^1]` after the words it explains, or delete the note",
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Since 1697.`, and write `[^2]` after the words it explains",
    ]);
  });

  it.each([
    "Sterling[^1] and Britannia[^2].\n\n[^1]: Since 1300.\n[^2]: Since 1697.",
    "Sterling[^1] and again[^1].\n\n[^1]: Since 1300.",
    "Code: `[^1]: not a note`.\n\nSterling[^1].\n\n[^1]: Since 1300.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
