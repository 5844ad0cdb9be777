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
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
