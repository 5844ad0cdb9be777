import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The jeweler's trial of 2026-12-07: `Monday&nbsp to Friday` and `Caf&eacute Lumière`, entities
 * without their `;`, were shown as typed with no message (Markdown reads no entity without it,
 * not even those a browser would). Each is a warning on its file line (the text starts on line 9),
 * with the line to write; that line passes and the page shows the character.
 */

const { problems, html } = articlePerTest("opening-hours.md");

describe("an entity without its `;`", () => {
  it("is a warning on its line with the line to write, which passes the next run", async () => {
    const text = "We are open Monday&nbsp to Friday.\n\n> Coffee after at Caf&eacute Lumière.";
    expect(await html(text)).toBe("<p>We are open Monday&#x26;nbsp to Friday.</p>\n<blockquote>\n<p>Coffee after at Caf&#x26;eacute Lumière.</p>\n</blockquote>");
    expect(await problems(text)).toEqual([
      "9: warning: `&nbsp` is shown as typed: without its `;` the page does not read it as the character it names; write `We are open Monday&nbsp; to Friday.`",
      "11: warning: `&eacute` is shown as typed: without its `;` the page does not read it as the character it names; write `> Coffee after at Caf&eacute; Lumière.`, or type `é` itself",
    ]);
    const written = "We are open Monday&nbsp; to Friday.\n\n> Coffee after at Caf&eacute; Lumière.";
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toBe("<p>We are open Monday\u00a0 to Friday.</p>\n<blockquote>\n<p>Coffee after at Café Lumière.</p>\n</blockquote>");
    expect(await problems("Coffee after at Café Lumière.")).toEqual([]);
  });

  it("is told in a link's words, which the page shows as typed", async () => {
    const text = "Coffee after at [Caf&eacute Lumière](https://cafe.example).";
    expect(await html(text)).toBe('<p>Coffee after at <a href="https://cafe.example">Caf&#x26;eacute Lumière</a>.</p>');
    expect(await problems(text)).toEqual([
      "9: warning: `&eacute` is shown as typed: without its `;` the page does not read it as the character it names; write `Coffee after at [Caf&eacute; Lumière](https://cafe.example).`, or type `é` itself",
    ]);
  });

  it("gives the line to write without the spaces around it, as in a list item's second line", async () => {
    expect(await problems("- Opening hours:\n  Monday&nbsp to Friday, ten to six  \n  Saturday by appointment")).toEqual([
      "10: warning: `&nbsp` is shown as typed: without its `;` the page does not read it as the character it names; write `Monday&nbsp; to Friday, ten to six`",
    ]);
  });

  it("in a paragraph written on one long line, gives the entity to write", async () => {
    const text = `We make every ring by hand in our Bath workshop, from the first sketch to the last polish, and we are open Monday&nbsp to Friday.`;
    expect(await problems(text)).toEqual([
      "9: warning: `&nbsp` is shown as typed: without its `;` the page does not read it as the character it names; write `&nbsp;`",
    ]);
  });

  it.each([
    "Smith & Co, R&D and AT&T.",
    "In code, `Monday&nbsp to Friday` stays as typed.",
    "```\nCaf&eacute\n```",
    "Escaped, \\&copy 2026 is meant as typed.",
    "A &notaword here, and &amp; with its semicolon.",
    // Web addresses, which the page shows as typed and links as meant (the false-positive trial of 2026-12-07).
    "Our shop in English: https://shop.example/rings?colour=gold&lang=en&part=2",
    "Map: <https://maps.example/?q=Bath&lang=en&sect=3>",
    "Our sale: [https://shop.example/?a=1&copy=2](https://shop.example/?a=1&copy=2).",
    "Bare: https://shop.example/?q=ring&amp=1&eacute=3 works.",
    // Addresses that end in a name: the link's words are its address.
    "Search: <https://shop.example/?q=gold&reg>, https://shop.example/?q=silver&reg or www.shop.example/?q=opal&reg.",
    "Search: [https://shop.example/?q=gold&reg](https://shop.example/?q=gold&reg).",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
