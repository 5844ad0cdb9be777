import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fifth jeweler's trial: a lettered list, `a) …` / `b) …` / `c) …` on lines of one paragraph,
 * was joined into one line on the page with no message. Each lettered line is an error on its file
 * line (the text starts on line 9) with the line to write; written so, the article passes and the
 * page shows a list. Wrapped prose and a single `a)` are left alone.
 */

const { problems, html } = articlePerTest("order.md");

const JOINS = "starts a lettered list, which Markdown does not know, so the page joins it with the lines around it into one line; start each line of the list with a hyphen and a space (shown as a bulleted list, keeping its letter): write";

describe("a lettered list on lines of one paragraph", () => {
  it("is an error on each lettered line, and the lines given make a list", async () => {
    const text = "When you order, tell us:\na) your wrist measurement\nb) whether you like it snug";
    const written = "When you order, tell us:\n- a) your wrist measurement\n- b) whether you like it snug";
    expect(await problems(text)).toEqual([
      `10: error: the line \`a) your wrist measurement\` ${JOINS} \`- a) your wrist measurement\``,
      `11: error: the line \`b) whether you like it snug\` ${JOINS} \`- b) whether you like it snug\``,
    ]);
    expect(await html(text)).not.toContain("<li>");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<li>a) your wrist measurement</li>");
  });

  it("gives a line that ends with a backslash (a line break) without it, which the list's item would show", async () => {
    const text = "When you order, tell us:\na) your wrist measurement\\\nb) whether you like it snug";
    const written = "When you order, tell us:\n- a) your wrist measurement\n- b) whether you like it snug";
    expect(await problems(text)).toEqual([
      `10: error: the line \`a) your wrist measurement\\\` ${JOINS} \`- a) your wrist measurement\``,
      `11: error: the line \`b) whether you like it snug\` ${JOINS} \`- b) whether you like it snug\``,
    ]);
    expect(await html(written)).toContain("<li>a) your wrist measurement</li>");
  });

  it("is an error in a paragraph below one of wrapped prose too", async () => {
    const text = "We polish by hand\nand wrap each ring.\n\nTell us:\na) your wrist\nb) the metal";
    expect(await problems(text)).toEqual([`13: error: the line \`a) your wrist\` ${JOINS} \`- a) your wrist\``, `14: error: the line \`b) the metal\` ${JOINS} \`- b) the metal\``]);
  });

  it.each([
    "We make rings to order, from\na) sketch to finished piece.",
    "Options:\nb) first\nc) second",
    "a) one\n\nb) two",
    "`a) code\nb) code`",
    "We polish by hand\nand wrap each ring\nin tissue.",
    // Lines kept apart by line breaks (a poem's): each shown on its own line, as typed.
    "File it down,\\\nfile it true,\\\na) for the ring\\\nb) for you.",
    "Tell us:  \na) your wrist  \nb) the metal",
    // A sentence wrapped by an editor, running on into `a)`: joined by the page as meant.
    "When customers ask which to pick, we ask them to choose between\na) the look they love and\nb) the wear their hands give a ring.",
    "We ask about two things,\na) the fit and\nb) the finish.",
    // Still a sentence when the line above ends with a space after its word.
    "Choose between \na) the look and\nb) the wear.",
    // A single lettered line, and letters out of order: no list.
    "Tell us:\na) your wrist",
    "Tell us:\na) your wrist\nb) the metal\nd) the stone",
    // `b)` inside code is not a line of text.
    "Tell us:\na) your `wrist\nb) size` now",
  ])("%j: no problem", async (text) => {
    expect(await problems(text)).toEqual([]);
  });

  it("is an error when the list starts the paragraph", async () => {
    expect(await problems("a) your wrist\nb) the metal")).toEqual([`9: error: the line \`a) your wrist\` ${JOINS} \`- a) your wrist\``, `10: error: the line \`b) the metal\` ${JOINS} \`- b) the metal\``]);
  });

  it("is an error in a quote, on each lettered line, with the quote's `>` kept", async () => {
    expect(await problems("> Tell us:\n> a) your wrist\n> b) the metal")).toEqual([
      `10: error: the line \`a) your wrist\` ${JOINS} \`> - a) your wrist\``,
      `11: error: the line \`b) the metal\` ${JOINS} \`> - b) the metal\``,
    ]);
  });

  it("quotes a lettered line, and gives the line to write, without the space it ends with", async () => {
    expect((await problems("Tell us:\na) your wrist \nb) the metal"))[0]).toBe(`10: error: the line \`a) your wrist\` ${JOINS} \`- a) your wrist\``);
  });

  it("is an error in a quote whose line above ends with bold words", async () => {
    expect(await problems("> Tell us **all**\n> a) your wrist\n> b) the metal")).toEqual([
      `10: error: the line \`a) your wrist\` ${JOINS} \`> - a) your wrist\``,
      `11: error: the line \`b) the metal\` ${JOINS} \`> - b) the metal\``,
    ]);
  });

  it("gives a lettered line too long to quote whole as the line to write, cut short", async () => {
    const long = `a) ${"the wrist ".repeat(13)}`;
    expect((await problems(`Tell us:\n${long}\nb) the metal`))[0]).toBe(
      `10: error: the line \`${long.trimEnd().slice(0, 119)}…\` ${JOINS} \`- ${long.slice(0, 117)}…\``,
    );
  });
});
