import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * A jeweler's trial: `-` or `1.` typed with Option-Space on a Mac puts a non-breaking space after
 * the list's mark, which Markdown does not read as a list, so the page ran the lines together into
 * one paragraph with no message. Each such line gets an error on its file line (the text starts on
 * line 9), with the line to write; written so, the article passes and shows a list.
 */

const { problems, html } = articlePerTest("cleaning.md");

const JOINS = "which looks like a space but is not one: Markdown reads a list's";

/** An item too long to quote with the line it is on (118 characters). */
const LONG_ITEM = "a soft toothbrush, the kind sold for babies, with bristles that reach under the claws of a setting and never bend them";

describe("a list's mark before a non-breaking space", () => {
  it.each([
    [
      "You will need:\n-\u00a0a soft toothbrush\n-\u00a0warm water",
      "You will need:\n- a soft toothbrush\n- warm water",
      [
        `10: error: the line \`-\\u{a0}a soft toothbrush\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`- a soft toothbrush\`, with an ordinary space after \`-\``,
        `11: error: the line \`-\\u{a0}warm water\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`- warm water\`, with an ordinary space after \`-\``,
      ],
    ],
    [
      "Steps:\n1.\u00a0Soak it\n2.\u00a0Brush it",
      "Steps:\n1. Soak it\n2. Brush it",
      [
        `10: error: the line \`1.\\u{a0}Soak it\` starts with \`1.\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`1.\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`1. Soak it\`, with an ordinary space after \`1.\``,
        `11: error: the line \`2.\\u{a0}Brush it\` starts with \`2.\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`2.\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`2. Brush it\`, with an ordinary space after \`2.\``,
      ],
    ],
    [
      "> You will need:\n> *\u00a0a soft toothbrush\n> *\u00a0warm water",
      "> You will need:\n> * a soft toothbrush\n> * warm water",
      [
        `10: error: the line \`> *\\u{a0}a soft toothbrush\` starts with \`*\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`*\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`> * a soft toothbrush\`, with an ordinary space after \`*\``,
        `11: error: the line \`> *\\u{a0}warm water\` starts with \`*\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`*\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`> * warm water\`, with an ordinary space after \`*\``,
      ],
    ],
    // One item typed right, the next with Option-Space: the page makes the second line part of the first item.
    [
      "1. Soak it\nin warm water\n2.\u00a0Brush it",
      "1. Soak it\nin warm water\n2. Brush it",
      [`11: error: the line \`2.\\u{a0}Brush it\` starts with \`2.\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`2.\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`2. Brush it\`, with an ordinary space after \`2.\``],
    ],
    // Indented: the line quoted from its mark, the line to write with its indentation.
    [
      "You will need:\n  -\u00a0a soft toothbrush",
      "You will need:\n  - a soft toothbrush",
      [`10: error: the line \`-\\u{a0}a soft toothbrush\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`  - a soft toothbrush\`, with an ordinary space after \`-\``],
    ],
    // In a quote, under a line ending with code: the mark is read after the quote's `>`.
    [
      "> You will need `mild soap`\n> -\u00a0a soft toothbrush",
      "> You will need `mild soap`\n> - a soft toothbrush",
      [`10: error: the line \`> -\\u{a0}a soft toothbrush\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`> - a soft toothbrush\`, with an ordinary space after \`-\``],
    ],
    // Two non-breaking spaces: the message names the first.
    [
      "You will need:\n-\u00a0\u00a0a soft toothbrush",
      "You will need:\n- a soft toothbrush",
      [`10: error: the line \`-\\u{a0}\\u{a0}a soft toothbrush\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`- a soft toothbrush\`, with an ordinary space after \`-\``],
    ],
    // A number goes on only from a numbered line: under a `-`, a `2.` written right would still be joined.
    [
      "Steps:\n-\u00a0Soak it\n2.\u00a0Brush it",
      "Steps:\n- Soak it\n2.\u00a0Brush it",
      [`10: error: the line \`-\\u{a0}Soak it\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`- Soak it\`, with an ordinary space after \`-\``],
    ],
    // A line too long to quote whole, with a space typed at its end: the item to write, without it.
    [
      `You will need:\n-\u00a0${LONG_ITEM} `,
      `You will need:\n- ${LONG_ITEM}`,
      [`10: error: the line \`-\\u{a0}${LONG_ITEM}\` starts with \`-\` and a non-breaking space (\`\\u{a0}\`), ${JOINS} \`-\` only before an ordinary space, so the page joins the line with the lines around it into one paragraph; write \`- ${LONG_ITEM}\`, with an ordinary space after \`-\``],
    ],
  ])("%j: an error on each line, and the lines given make a list", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    const items = (page: string) => page.match(/<li>/g)?.length ?? 0;
    expect(await problems(written)).toEqual([]);
    expect(items(await html(written))).toBe(items(await html(text)) + messages.length);
  });

  it.each([
    "A band 6\u00a0mm wide and 2\u00a0mm deep.",
    "-\u00a0a line of its own, shown as typed",
    "-\u00a0Repairs\\\n-\u00a0Resizing",
    // A numbered list starts inside a paragraph only at 1: the line written right would still be joined.
    "The year we moved:\n2019.\u00a0A shed in Porthleven.",
    // In a bullet's item too: only a numbered item's words go on to its next number.
    "- The year we moved:\n  2019.\u00a0A shed in Porthleven.",
    "```\n-\u00a0in a code box\n-\u00a0shown as typed\n```",
    "The sign reads `Repairs\n-\u00a0Resizing` in the window.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
