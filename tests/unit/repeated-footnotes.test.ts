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

  it("numbers a label of digits only, and takes a digit among letters for part of a word", async () => {
    const text = "Sterling[^10] and Britannia[^10].\n\nFine silver[^v2] and coin silver[^v2].\n\nMexican silver[^1st] and Scandinavian silver[^1st].\n\n[^10]: Since 1300.\n[^10]: Since 1697.\n[^v2]: Since 1999.\n[^v2]: Since 1930.\n[^1st]: Since 1950.\n[^1st]: Since 1900.";
    expect(await problems(text)).toEqual([
      "16: error: the footnote label `[^10]` is already the note's on line 15, so the page leaves this note out and every `[^10]` mark points to that one; give this note the next free label, `[^11]`: write `[^11]: Since 1697.`, and for the second `[^10]` on line 9, write `Sterling[^10] and Britannia[^11].`",
      "18: error: the footnote label `[^v2]` is already the note's on line 17, so the page leaves this note out and every `[^v2]` mark points to that one; give this note the next free label, `[^v2-2]`: write `[^v2-2]: Since 1930.`, and for the second `[^v2]` on line 11, write `Fine silver[^v2] and coin silver[^v2-2].`",
      "20: error: the footnote label `[^1st]` is already the note's on line 19, so the page leaves this note out and every `[^1st]` mark points to that one; give this note the next free label, `[^1st-2]`: write `[^1st-2]: Since 1900.`, and for the second `[^1st]` on line 13, write `Mexican silver[^1st] and Scandinavian silver[^1st-2].`",
    ]);
  });

  it("keeps a label's capitals, and passes over a label taken with other capitals", async () => {
    const text = "Sterling[^Std], Britannia[^Std] and fine silver[^Std].\n\nMexican silver[^std-2].\n\n[^Std]: Since 1300.\n[^Std]: Since 1697.\n[^Std]: Since 1999.\n[^std-2]: Since 1930.";
    expect(await problems(text)).toEqual([
      "14: error: the footnote label `[^Std]` is already the note's on line 13, so the page leaves this note out and every `[^Std]` mark points to that one; give this note the next free label, `[^Std-3]`: write `[^Std-3]: Since 1697.`, and for the second `[^Std]` on line 9, write `Sterling[^Std], Britannia[^Std-3] and fine silver[^Std-4].`",
      "15: error: the footnote label `[^Std]` is already the note's on line 13, so the page leaves this note out and every `[^Std]` mark points to that one; give this note the next free label, `[^Std-4]`: write `[^Std-4]: Since 1999.`, and for the third `[^Std]` on line 9, write `Sterling[^Std], Britannia[^Std-3] and fine silver[^Std-4].`",
    ]);
  });

  it("passes over a label the page takes for the same, `[^ss-2]` for `[^ẞ-2]`", async () => {
    const text = "Sterling[^ẞ] and Britannia[^ẞ].\n\nFine silver[^ss-2].\n\n[^ẞ]: Since 1300.\n[^ẞ]: Since 1697.\n[^ss-2]: Since 1999.";
    expect(await problems(text)).toEqual([
      "14: error: the footnote label `[^ẞ]` is already the note's on line 13, so the page leaves this note out and every `[^ẞ]` mark points to that one; give this note the next free label, `[^ẞ-3]`: write `[^ẞ-3]: Since 1697.`, and for the second `[^ẞ]` on line 9, write `Sterling[^ẞ] and Britannia[^ẞ-3].`",
    ]);
    const written = "Sterling[^ẞ] and Britannia[^ẞ-3].\n\nFine silver[^ss-2].\n\n[^ẞ]: Since 1300.\n[^ẞ-3]: Since 1697.\n[^ss-2]: Since 1999.";
    expect(await problems(written)).toEqual([]);
    const shown = await page(written);
    expect(shown).toContain("Since 1697.");
    expect(shown).toContain("Since 1999.");
  });

  it("gives each mark on a line of its own that line, and a note left without a mark the words to write", async () => {
    const text = "Sterling[^1].\n\nBritannia[^1].\n\nFine silver[^1].\n\n[^1]: Since 1300.\n[^1]: Since 1697.\n[^1]: Since 1999.\n[^1]: Since 1930.";
    expect(await problems(text)).toEqual([
      "16: error: the footnote label `[^1]` is already the note's on line 15, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Since 1697.`, and for the `[^1]` on line 11, write `Britannia[^2].`",
      "17: error: the footnote label `[^1]` is already the note's on line 15, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^3]`: write `[^3]: Since 1999.`, and for the `[^1]` on line 13, write `Fine silver[^3].`",
      "18: error: the footnote label `[^1]` is already the note's on line 15, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^4]`: write `[^4]: Since 1930.`, and write `[^4]` after the words it explains",
    ]);
  });

  it("names a mark alone of its label on its line without a place, whatever other marks the line holds", async () => {
    const text = "Sterling[^1].\n\nBritannia[^2] and fine silver[^1].\n\n[^1]: Since 1300.\n[^2]: Since 1697.\n[^1]: Since 1999.";
    expect(await problems(text)).toEqual([
      "15: error: the footnote label `[^1]` is already the note's on line 13, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^3]`: write `[^3]: Since 1999.`, and for the `[^1]` on line 11, write `Britannia[^2] and fine silver[^3].`",
    ]);
  });

  it("writes the marks of two labels on one line in the line's order, whatever the notes' order", async () => {
    const text = "Sterling[^1] and Britannia[^1], fine[^2] and Mexican silver[^2].\n\n[^2]: Since 1999.\n[^2]: Since 1930.\n[^1]: Since 1300.\n[^1]: Since 1697.";
    const line = "Sterling[^1] and Britannia[^4], fine[^2] and Mexican silver[^3].";
    expect(await problems(text)).toEqual([
      `12: error: the footnote label \`[^2]\` is already the note's on line 11, so the page leaves this note out and every \`[^2]\` mark points to that one; give this note the next free label, \`[^3]\`: write \`[^3]: Since 1930.\`, and for the second \`[^2]\` on line 9, write \`${line}\``,
      `14: error: the footnote label \`[^1]\` is already the note's on line 13, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^4]\`: write \`[^4]: Since 1697.\`, and for the second \`[^1]\` on line 9, write \`${line}\``,
    ]);
  });

  it("counts only the marks before it, not a mark's text in code", async () => {
    const text = "A mark is typed `[^1]`: sterling[^1] and britannia[^1].\n\n[^1]: Since 1300.\n[^1]: Since 1697.";
    expect(await problems(text)).toEqual([
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Since 1697.`, and for the second `[^1]` on line 9, write `A mark is typed `[^1]`: sterling[^1] and britannia[^2].`",
    ]);
  });

  it("names the sixth mark of a line by its number", async () => {
    const text = "Sterling[^1], Britannia[^1], fine[^1], coin[^1], Mexican[^1] and Scandinavian[^1] silver.\n\n[^1]: 92.5%.\n[^1]: 95.8%.\n[^1]: 99.9%.\n[^1]: 90%.\n[^1]: 95%.\n[^1]: 83%.";
    const line = "Sterling[^1], Britannia[^2], fine[^3], coin[^4], Mexican[^5] and Scandinavian[^6] silver.";
    expect(await problems(text)).toEqual([
      `12: error: the footnote label \`[^1]\` is already the note's on line 11, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^2]\`: write \`[^2]: 95.8%.\`, and for the second \`[^1]\` on line 9, write \`${line}\``,
      `13: error: the footnote label \`[^1]\` is already the note's on line 11, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^3]\`: write \`[^3]: 99.9%.\`, and for the third \`[^1]\` on line 9, write \`${line}\``,
      `14: error: the footnote label \`[^1]\` is already the note's on line 11, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^4]\`: write \`[^4]: 90%.\`, and for the fourth \`[^1]\` on line 9, write \`${line}\``,
      `15: error: the footnote label \`[^1]\` is already the note's on line 11, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^5]\`: write \`[^5]: 95%.\`, and for the fifth \`[^1]\` on line 9, write \`${line}\``,
      `16: error: the footnote label \`[^1]\` is already the note's on line 11, so the page leaves this note out and every \`[^1]\` mark points to that one; give this note the next free label, \`[^6]\`: write \`[^6]: 83%.\`, and for the 6th \`[^1]\` on line 9, write \`${line}\``,
    ]);
  });

  it("gives only the label to write when the note's line or the mark's is too long to quote", async () => {
    const text =
      "Sterling is 92.5% silver[^1], the alloy of the British standard since 1300, and Britannia is 95.8% silver[^1], the standard from 1697 to 1720.\n\n[^1]: The British standard since 1300.\n[^1]: Introduced in 1697 by an Act of Parliament, to keep silversmiths from melting the coins of the realm into tankards and plate.";
    expect(await problems(text)).toEqual([
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]:`, and write `[^2]` in place of the second `[^1]` on line 9",
    ]);
  });

  it("gives the lines to write without their indent", async () => {
    const text = "   Sterling[^1] and Britannia[^1].\n\n[^1]: Since 1300.\n  [^1]: Since 1697.";
    expect(await problems(text)).toEqual([
      "12: error: the footnote label `[^1]` is already the note's on line 11, so the page leaves this note out and every `[^1]` mark points to that one; give this note the next free label, `[^2]`: write `[^2]: Since 1697.`, and for the second `[^1]` on line 9, write `Sterling[^1] and Britannia[^2].`",
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
