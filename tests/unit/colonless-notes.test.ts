import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * A jeweler's trial (2026-12-07): `[^1] The British standard since 1300.`, a note without the
 * colon after its label, was told twice that the mark `[^1]` had no note, with an example note to
 * add, which published the example and kept the real note a paragraph. The note's line (the text
 * starts on line 9) is told the colon, once; with it added, the article passes and the page shows
 * the note as a footnote.
 */

const { problems, html: page } = articlePerTest("hallmarks.md");

const TRIAL = "Sterling is 92.5% silver[^1].\n\n[^1] The British standard since 1300.";

describe("a footnote's note without its colon", () => {
  it("is shown as a paragraph with its mark typed, as the message says", async () => {
    const shown = await page(TRIAL);
    expect(shown).toContain("<p>[^1] The British standard since 1300.</p>");
    expect(shown).not.toContain("data-footnotes");
  });

  it("is one error, on the note's line, and the line given makes it the mark's footnote", async () => {
    expect(await problems(TRIAL)).toEqual([
      "11: error: the note `[^1] The British standard since 1300.` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed, as is each `[^1]` in the text that points to it; add a colon: write `[^1]: The British standard since 1300.`",
    ]);
    const written = "Sterling is 92.5% silver[^1].\n\n[^1]: The British standard since 1300.";
    expect(await problems(written)).toEqual([]);
    const shown = await page(written);
    expect(shown).toContain('<li id="user-content-fn-1">');
    expect(shown).toContain("The British standard since 1300.");
  });

  it.each([
    [
      "two notes on lines in a row, and a label of words glued to its words",
      "Sterling[^1] and Britannia[^std].\n\n[^1] Since 1300.\n[^std]Since 1697.",
      [
        "11: error: the note `[^1] Since 1300.` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed, as is each `[^1]` in the text that points to it; add a colon: write `[^1]: Since 1300.`",
        "12: error: the note `[^std]Since 1697.` has no colon after `[^std]`, so the page shows it as a paragraph with `[^std]` typed, as is each `[^std]` in the text that points to it; add a colon: write `[^std]: Since 1697.`",
      ],
      "Sterling[^1] and Britannia[^std].\n\n[^1]: Since 1300.\n[^std]: Since 1697.",
    ],
    [
      "a note running onto a second line, then a note indented under it",
      "Sterling[^1] and Britannia[^std].\n\n[^1] The British standard\nsince 1300.\n  [^std] Since 1697.",
      [
        "11: error: the note `[^1] The British standard` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed, as is each `[^1]` in the text that points to it; add a colon: write `[^1]: The British standard`",
        "13: error: the note `[^std] Since 1697.` has no colon after `[^std]`, so the page shows it as a paragraph with `[^std]` typed, as is each `[^std]` in the text that points to it; add a colon: write `[^std]: Since 1697.`",
      ],
      "Sterling[^1] and Britannia[^std].\n\n[^1]: The British standard\nsince 1300.\n  [^std]: Since 1697.",
    ],
    [
      "a note in a quote",
      "> Sterling[^1].\n>\n> [^1] Since 1300.",
      ["11: error: the note `[^1] Since 1300.` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed, as is each `[^1]` in the text that points to it; add a colon: write `> [^1]: Since 1300.`"],
      "> Sterling[^1].\n>\n> [^1]: Since 1300.",
    ],
  ])("%s: an error on each note's line, and the lines given pass", async (_, text, messages, written) => {
    expect(await problems(text)).toEqual(messages);
    expect(await problems(written)).toEqual([]);
  });

  it.each(["[^1]. Since 1300.", "[^1].Since 1300.", "[^1] : Since 1300.", "[^1] - Since 1300.", "[^1] – Since 1300."])("%j: a stop, a space or a dash in the colon's place is told the colon in its place", async (note) => {
    expect(await problems(`Sterling[^1].\n\n${note}`)).toEqual([
      `11: error: the note \`${note}\` has no colon after \`[^1]\`, so the page shows it as a paragraph with \`[^1]\` typed, as is each \`[^1]\` in the text that points to it; add a colon: write \`[^1]: Since 1300.\``,
    ]);
    expect(await problems("Sterling[^1].\n\n[^1]: Since 1300.")).toEqual([]);
  });

  it("tells to write its mark too when no mark points to it", async () => {
    expect(await problems("Sterling is 92.5% silver.\n\n[^1] The British standard since 1300.")).toEqual([
      "11: error: the note `[^1] The British standard since 1300.` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed; add a colon: write `[^1]: The British standard since 1300.`; then write `[^1]` after the words it explains",
    ]);
  });

  it.each([
    ["a label of words", "Britannia silver.\n\n[^std] Since 1697.", "std"],
    ["a mark in the text for another label", "Sterling[^1] and Britannia.\n\n[^std] Since 1697.", "std"],
  ])("tells to write its mark too when no mark points to it: %s", async (_, text, label) => {
    expect(await problems(text)).toContain(
      `11: error: the note \`[^${label}] Since 1697.\` has no colon after \`[^${label}]\`, so the page shows it as a paragraph with \`[^${label}]\` typed; add a colon: write \`[^${label}]: Since 1697.\`; then write \`[^${label}]\` after the words it explains`,
    );
  });

  it("tells a note too long to quote to add the colon right after its mark", async () => {
    const note = "[^1] The British standard since 1300, when Edward I ordained that no silver leave the smith's hands below the sterling of the coin.";
    expect(await problems(`Sterling[^1].\n\n${note}`)).toEqual([
      "11: error: the note `[^1] The British standard since 1300, when Edward I ordaine…` has no colon after `[^1]`, so the page shows it as a paragraph with `[^1]` typed, as is each `[^1]` in the text that points to it; add a colon right after `[^1]`",
    ]);
    expect(await problems(`Sterling[^1].\n\n${note.replace("]", "]:")}`)).toEqual([]);
  });

  it("tells a note whose label is too long for the page to shorten the label, not to add the colon it has", async () => {
    const tooLong = "x".repeat(1000);
    const [note, mark] = [`\`[^${"x".repeat(57)}…\``, `\`[^${"x".repeat(117)}…\``];
    expect(await problems(`Sterling[^${tooLong}].\n\n[^${tooLong}]: Since 1300.`)).toEqual([
      `11: error: the note ${note} has a label of 1000 characters, more than the 999 a page reads, so the page shows it as a paragraph with ${mark} typed, as is each ${mark} in the text that points to it; give it a short label, such as \`[^1]\`, in the note and in each mark that points to it`,
    ]);
    expect(await problems(`Sterling[^${tooLong.slice(1)}].\n\n[^${tooLong.slice(1)}] Since 1300.`)).toEqual([
      `11: error: the note ${note} has no colon after ${mark}, so the page shows it as a paragraph with ${mark} typed, as is each ${mark} in the text that points to it; add a colon right after ${mark}`,
    ]);
    expect(await problems("Sterling[^1].\n\n[^1]: Since 1300.")).toEqual([]);
  });

  it("leaves a mark at the start of a later line of a paragraph to footnotes.ts, as a mark", async () => {
    expect(await problems("Sterling is 92.5% silver\n[^1] by weight.")).toEqual([
      "10: error: the footnote mark `[^1]` has no note, so the page shows it as typed; add its note at the end of the text, on a line of its own: `[^1]: The source, or your remark.`",
    ]);
  });

  it.each([
    "Sterling[^1].\n\n[^1]: Since 1300.\n\n[^1] again, as a mark at a paragraph's start.",
    "Sterling.\n\n\\[^1] The British standard, escaped.",
    "Sterling.\n\n`[^1] in code`",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});

describe("a footnote's note pasted from the messages' example", () => {
  it("is refused, and the note in the author's words passes", async () => {
    expect(await problems("Sterling is 92.5% silver[^1].\n\n[^1]: The source, or your remark.")).toEqual([
      "11: error: the footnote `[^1]: The source, or your remark.` is the example from this check's messages, which readers would see as your note; write your source or remark after `[^1]:`, in your own words, or delete the note and its `[^1]`",
    ]);
    expect(await problems("Sterling is 92.5% silver[^1].\n\n[^1]: the source, or your remark")).toHaveLength(1);
    expect(await problems("Sterling is 92.5% silver[^1].\n\n[^1]: The British standard since 1300.")).toEqual([]);
  });
});
