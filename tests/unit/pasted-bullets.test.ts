import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fourth jeweler's trial: a list pasted from a word processor (or typed with Option-8) starts
 * its lines with `•`, which Markdown does not read as a list, so the page ran the lines together
 * into one paragraph with no message. Each such line gets an error on its file line (the text
 * starts on line 9), with the line to write; written so, the article passes and shows a list.
 */

const { problems, html } = articlePerTest("repairs.md");

const JOINS = "which Markdown does not read as a list, so the page joins it with the lines around it into one paragraph; start each line of the list with a hyphen and a space instead: write";

describe("a list whose lines start with a pasted bullet", () => {
  it.each([
    [
      "Please bring:\n• the ring, in a soft bag\n• the receipt",
      "Please bring:\n- the ring, in a soft bag\n- the receipt",
      [
        `10: error: the line \`• the ring, in a soft bag\` starts with \`•\`, ${JOINS} \`- the ring, in a soft bag\``,
        `11: error: the line \`• the receipt\` starts with \`•\`, ${JOINS} \`- the receipt\``,
      ],
    ],
    [
      "•\tthe ring\n•\tthe receipt",
      "- the ring\n- the receipt",
      [`9: error: the line \`•\\tthe ring\` starts with \`•\`, ${JOINS} \`- the ring\``, `10: error: the line \`•\\tthe receipt\` starts with \`•\`, ${JOINS} \`- the receipt\``],
    ],
    [
      "> Bring:\n> \uf0b7 the ring\n> \uf0b7 the receipt",
      "> Bring:\n> - the ring\n> - the receipt",
      [
        `10: error: the line \`> \\u{f0b7} the ring\` starts with Word's bullet \`\\u{f0b7}\` (shown as a box, or as nothing, outside Word), ${JOINS} \`> - the ring\``,
        `11: error: the line \`> \\u{f0b7} the receipt\` starts with Word's bullet \`\\u{f0b7}\` (shown as a box, or as nothing, outside Word), ${JOINS} \`> - the receipt\``,
      ],
    ],
    [
      "We repair **gold**:\n◦ rings",
      "We repair **gold**:\n- rings",
      [`10: error: the line \`◦ rings\` starts with \`◦\`, ${JOINS} \`- rings\``],
    ],
    [
      "Please bring:\n  • the ring\n  • the receipt",
      "Please bring:\n  - the ring\n  - the receipt",
      [`10: error: the line \`• the ring\` starts with \`•\`, ${JOINS} \`  - the ring\``, `11: error: the line \`• the receipt\` starts with \`•\`, ${JOINS} \`  - the receipt\``],
    ],
    // A line too long to quote whole, with a hard break's two spaces after it: given without them.
    [
      "Please bring:\n• the ring you want resized, in a soft bag or in its box, with a note of the finger it is for and the new size you want.  \n• the receipt",
      "Please bring:\n- the ring you want resized, in a soft bag or in its box, with a note of the finger it is for and the new size you want.\n- the receipt",
      [
        `10: error: the line \`• the ring you want resized, in a soft bag or in its box, with a note of the finger it is for and the new size you want.\` starts with \`•\`, ${JOINS} \`- the ring you want resized, in a soft bag or in its box, with a note of the finger it is for and the new size you want.\``,
        `11: error: the line \`• the receipt\` starts with \`•\`, ${JOINS} \`- the receipt\``,
      ],
    ],
    // A backslash ending a line keeps the lines apart, but at the end of a list's item the page would show it.
    [
      "Please bring:\n• the ring\\\n• the receipt",
      "Please bring:\n- the ring\n- the receipt",
      [`10: error: the line \`• the ring\\\` starts with \`•\`, ${JOINS} \`- the ring\``, `11: error: the line \`• the receipt\` starts with \`•\`, ${JOINS} \`- the receipt\``],
    ],
    // `\\` before the line break is a backslash the page shows: the item keeps it.
    [
      "Please bring:\n• the scan of the receipt, saved in Orders\\\\\\\n• the ring",
      "Please bring:\n- the scan of the receipt, saved in Orders\\\\\n- the ring",
      [
        `10: error: the line \`• the scan of the receipt, saved in Orders\\\\\\\` starts with \`•\`, ${JOINS} \`- the scan of the receipt, saved in Orders\\\\\``,
        `11: error: the line \`• the ring\` starts with \`•\`, ${JOINS} \`- the ring\``,
      ],
    ],
  ])("%j: an error on each bulleted line, and the lines given make a list", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).not.toContain("<li>");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<li>");
  });

  it.each([
    "• A bullet on a line of its own, shown on its own line as typed.",
    // Bulleted lines kept apart by line breaks: each shown on its own line, as typed.
    "The card in the window reads:\\\n• Repairs\\\n• Resizing\\\n• Valuations",
    "• Repairs  \n• Resizing  \n• Valuations",
    "- the ring\n- the receipt",
    "Prices · 2025\nand more words · after a dot",
    "`code starting\n• with a bullet` in a sentence",
    "```\n• in a code box\n• shown as typed\n```",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
