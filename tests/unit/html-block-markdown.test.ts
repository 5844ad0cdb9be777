import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fifth jeweler's trial: `**Five ways to wear a brooch**` right under `<div align="center">` is
 * HTML to Markdown, and the page showed the asterisks with no message. The block's first line with
 * Markdown bold, italics or a link is an error on its file line (the text starts on line 9) with
 * the HTML to write, and a blank line above it when that is enough; either way the article passes
 * and the page shows no asterisks.
 */

const { problems, html } = articlePerTest("brooches.md");

const NOT_READ = "where Markdown is not read, so the page shows its marks as typed;";

describe("Markdown written inside an HTML block", () => {
  it.each([
    [
      '<div align="center">\n**Five ways to wear a brooch**\n*one for every day*\n</div>',
      ['<div align="center">\n\n**Five ways to wear a brooch**\n*one for every day*\n</div>', '<div align="center">\n<strong>Five ways to wear a brooch</strong>\n<em>one for every day</em>\n</div>'],
      [`10: error: the line \`**Five ways to wear a brooch**\` is part of the HTML that \`<div align="center">\` on line 9 starts, ${NOT_READ} leave a blank line above it (Markdown is read again after one), or write these lines in HTML: line 10 \`<strong>Five ways to wear a brooch</strong>\`, line 11 \`<em>one for every day</em>\``],
    ],
    [
      "Intro.\n\n<div>\n<p>Rings</p>\n<p>See [the shop](/about) or *ask*</p>\n</div>",
      ['Intro.\n\n<div>\n<p>Rings</p>\n<p>See <a href="/about">the shop</a> or <em>ask</em></p>\n</div>'],
      [`13: error: the line \`<p>See [the shop](/about) or *ask*</p>\` is part of the HTML that \`<div>\` on line 11 starts, ${NOT_READ} write it in HTML: \`<p>See <a href="/about">the shop</a> or <em>ask</em></p>\``],
    ],
    [
      '<div align="center">\n\nOur new brooches.\n\n</div>\n**Five ways to wear a brooch**',
      ['<div align="center">\n\nOur new brooches.\n\n</div>\n\n**Five ways to wear a brooch**', '<div align="center">\n\nOur new brooches.\n\n</div>\n<strong>Five ways to wear a brooch</strong>'],
      [`14: error: the line \`**Five ways to wear a brooch**\` is part of the HTML that \`</div>\` on line 13 starts, ${NOT_READ} leave a blank line above it (Markdown is read again after one), or write it in HTML: \`<strong>Five ways to wear a brooch</strong>\``],
    ],
    [
      '<p align="center">**Five ways to wear a brooch**</p>\n\nWords.',
      ['<p align="center"><strong>Five ways to wear a brooch</strong></p>\n\nWords.'],
      [`9: error: the line \`<p align="center">**Five ways to wear a brooch**</p>\` starts HTML, ${NOT_READ} write it in HTML: \`<p align="center"><strong>Five ways to wear a brooch</strong></p>\``],
    ],
    [
      '<div align="center">\n__Five ways to wear a brooch__\n</div>',
      ['<div align="center">\n\n__Five ways to wear a brooch__\n</div>', '<div align="center">\n<strong>Five ways to wear a brooch</strong>\n</div>'],
      [`10: error: the line \`__Five ways to wear a brooch__\` is part of the HTML that \`<div align="center">\` on line 9 starts, ${NOT_READ} leave a blank line above it (Markdown is read again after one), or write it in HTML: \`<strong>Five ways to wear a brooch</strong>\``],
    ],
    [
      '> <div align="center">\n>   **Five ways to wear a brooch**  \n> </div>',
      ['> <div align="center">\n>\n>   **Five ways to wear a brooch**  \n> </div>', '> <div align="center">\n>   <strong>Five ways to wear a brooch</strong>  \n> </div>'],
      [`10: error: the line \`**Five ways to wear a brooch**\` is part of the HTML that \`<div align="center">\` on line 9 starts, ${NOT_READ} leave a blank line above it (Markdown is read again after one), or write it in HTML: \`<strong>Five ways to wear a brooch</strong>\``],
    ],
    [
      "<div>\nGold brooch<br>*new this week*\n</div>",
      ["<div>\n\nGold brooch<br>*new this week*\n</div>", "<div>\nGold brooch<br><em>new this week</em>\n</div>"],
      [`10: error: the line \`Gold brooch<br>*new this week*\` is part of the HTML that \`<div>\` on line 9 starts, ${NOT_READ} leave a blank line above it (Markdown is read again after one), or write it in HTML: \`Gold brooch<br><em>new this week</em>\``],
    ],
  ])("%j: an error on the line, and each way given passes", async (text, fixes, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).toMatch(/\*|__/);
    for (const written of fixes) {
      expect(await problems(written)).toEqual([]);
      expect(await html(written)).not.toMatch(/\*\*Five|__Five|\*ask|\*new|\]\(/);
    }
  });

  // A jeweler's trial: a list under `<summary>` was told only at its bold line, and a blank line there left the lines above it run together.
  it.each([
    [
      "Intro.\n\n<details>\n<summary>What we need from you</summary>\n- your ring size\n- a photo of the ring\n- **your budget**\n</details>",
      "Intro.\n\n<details>\n<summary>What we need from you</summary>\n\n- your ring size\n- a photo of the ring\n- **your budget**\n</details>",
      [
        "13: error: the lines 13 to 15, from `- your ring size`, are part of the HTML that `<details>` on line 11 starts, where Markdown is not read, so the page shows no list but `- your ring size - a photo of the ring - **your budget**`; leave a blank line above line 13, right after `<summary>What we need from you</summary>`: Markdown is read again after one, in all these lines",
      ],
      3,
    ],
    [
      "<div>\nWe need:\n1. your ring size\n</div>\n<p>**Thank you**</p>",
      "<div>\n\nWe need:\n1. your ring size\n</div>\n<p><strong>Thank you</strong></p>",
      [
        "10: error: the lines 10 to 11, from `We need:`, are part of the HTML that `<div>` on line 9 starts, where Markdown is not read, so the page shows no list but `We need: 1. your ring size`; leave a blank line above line 10, right after `<div>`: Markdown is read again after one, in all these lines",
        `13: error: the line \`<p>**Thank you**</p>\` is part of the HTML that \`<div>\` on line 9 starts, ${NOT_READ} write it in HTML: \`<p><strong>Thank you</strong></p>\``,
      ],
      1,
    ],
    [
      "> <details>\n> <summary>Sizes</summary>\n> - H to Z\n> - half sizes\n> </details>",
      "> <details>\n> <summary>Sizes</summary>\n>\n> - H to Z\n> - half sizes\n> </details>",
      ["11: error: the lines 11 to 12, from `- H to Z`, are part of the HTML that `<details>` on line 9 starts, where Markdown is not read, so the page shows no list but `- H to Z - half sizes`; leave a blank line above line 11, right after `<summary>Sizes</summary>`: Markdown is read again after one, in all these lines"],
      2,
    ],
    [
      "<details>\n<summary>Sizes</summary>\n- H to Z\n</details>\n\nWords.",
      "<details>\n<summary>Sizes</summary>\n\n- H to Z\n</details>\n\nWords.",
      ["11: error: the line `- H to Z` is part of the HTML that `<details>` on line 9 starts, where Markdown is not read, so the page shows no list but `- H to Z`; leave a blank line above line 11, right after `<summary>Sizes</summary>`: Markdown is read again after one"],
      1,
    ],
  ])("%j: a list's lines under a tag are told once, at the first of them, and the blank line given makes the list", async (text, written, messages, items) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).not.toContain("<li>");
    expect(await problems(written)).toEqual([]);
    expect((await html(written)).match(/<li>/g)).toHaveLength(items);
  });

  it.each([
    '<div align="center">\n\n**Five ways**\n\n</div>',
    "<details>\n<summary>Sizes</summary>\n\n**Small** fits most.\n\n</details>",
    "<pre>\n**kept as typed**\n</pre>",
    "<!-- a note\n**not shown** -->\n\nWords.",
    '<p title="*">5 * 3 = 15, a_b_c</p>\n<p>more</p>',
    "Some **bold** words with <em>a tag</em>\nand *more*.",
    '<div>\n<p title="Five *new* brooches">Gold</p>\n</div>',
    '<a href="/about"\ntitle="Our *new* studio">The studio</a> opens at ten.',
    '<!-- <div align="center">\n**Five ways to wear a brooch**\n</div> -->\n\nWords.',
    'Written like this, the asterisks show:\n\n```\n<div align="center">\n**Five ways to wear a brooch**\n</div>\n```',
  ])("%j: no problem", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
