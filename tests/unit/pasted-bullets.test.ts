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
/** What a run of en dashes, check marks or emoji is told besides, as such lines may be a dialogue or a poem. */
const OR_LINES = "; or, if the lines are no list (a dialogue, a poem), end each line but the last with `\\` to keep them apart as typed";

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

  // A jeweler's trial: an en dash, a check mark, an arrow or an emoji typed as a bullet, two lines in a row or more.
  it.each([
    [
      "You will need:\n– a soft toothbrush\n– warm water",
      "You will need:\n- a soft toothbrush\n- warm water",
      [
        `10: error: the line \`– a soft toothbrush\` starts with \`–\`, an en dash (not a hyphen), ${JOINS} \`- a soft toothbrush\`${OR_LINES}`,
        `11: error: the line \`– warm water\` starts with \`–\`, an en dash (not a hyphen), ${JOINS} \`- warm water\`${OR_LINES}`,
      ],
    ],
    [
      "Before you send it:\n✔️ Photograph it from above\n✔️ Measure the band",
      "Before you send it:\n- Photograph it from above\n- Measure the band",
      [`10: error: the line \`✔️ Photograph it from above\` starts with \`✔️\`, ${JOINS} \`- Photograph it from above\`${OR_LINES}`, `11: error: the line \`✔️ Measure the band\` starts with \`✔️\`, ${JOINS} \`- Measure the band\`${OR_LINES}`],
    ],
    [
      "> Before you send it:\n> ✓ Photograph it\n> ✓ Measure it",
      "> Before you send it:\n> - Photograph it\n> - Measure it",
      [`10: error: the line \`> ✓ Photograph it\` starts with \`✓\`, ${JOINS} \`> - Photograph it\`${OR_LINES}`, `11: error: the line \`> ✓ Measure it\` starts with \`✓\`, ${JOINS} \`> - Measure it\`${OR_LINES}`],
    ],
    [
      "Our stones:\n➤ Opal\n💍 Sapphire, for its hardness\n💍 Ruby, for its colour",
      "Our stones:\n➤ Opal\n- Sapphire, for its hardness\n- Ruby, for its colour",
      [`11: error: the line \`💍 Sapphire, for its hardness\` starts with \`💍\`, ${JOINS} \`- Sapphire, for its hardness\`${OR_LINES}`, `12: error: the line \`💍 Ruby, for its colour\` starts with \`💍\`, ${JOINS} \`- Ruby, for its colour\`${OR_LINES}`],
    ],
  ])("%j: an error on each line of the run, and the lines given make a list", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).not.toContain("<li>");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain("<li>");
  });

  it.each([
    "We open late on Fridays\n– and on Sundays, too.",
    "We open late.\n💍 Bring your ring.\n✨ Leave with it shining.",
    // The last line starting with an en dash in a quote is its credit.
    "> Words of a client.\n> – Mrs Penrose",
    "> The first rule:\n> – measure twice\n> – Mrs Penrose",
    "– a soft toothbrush\\\n– warm water",
  ])("%j: one line, different marks, a quote's credit, or lines kept apart: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
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
