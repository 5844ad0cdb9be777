import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";

/*
 * The jeweler's trial of 2026-12-07: `==sold out==`, a highlight as a notes app writes it, was shown
 * with its equals signs and no message. The journal has no highlight: an error on its line (the
 * text starts on line 9) with the line to write in bold, or without the `==`; either passes.
 * Several on one line are told once, with one line to write for them all; a highlight around bold
 * or a link is told too, and one around bold (or in bold) is written in bold once.
 */

const { problems, html } = articlePerTest("signet-rings.md", { "content/articles/ring-sizes.md": article({ title: '"Ring Sizes"' }) });

describe("`==words==`, a notes app's highlight", () => {
  it("is an error with the line in bold and the line without the `==`, both of which pass", async () => {
    const text = "The engraved signet ring is ==sold out== until spring.";
    expect(await html(text)).toContain("==sold out==");
    expect(await problems(text)).toEqual([
      "9: error: `==sold out==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `The engraved signet ring is **sold out** until spring.`, or delete the `==`: `The engraved signet ring is sold out until spring.`",
    ]);
    expect(await problems("The engraved signet ring is **sold out** until spring.")).toEqual([]);
    expect(await html("The engraved signet ring is **sold out** until spring.")).toContain("<strong>sold out</strong>");
    expect(await problems("The engraved signet ring is sold out until spring.")).toEqual([]);
  });

  it("in a heading, a list and a quote, each on its own line", async () => {
    expect(await problems("## ==New== this winter\n\n- ==Oval== signets\n\n> Rings are ==made to last==.")).toEqual([
      "9: error: `==New==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `## **New** this winter`, or delete the `==`: `## New this winter`",
      "11: error: `==Oval==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `- **Oval** signets`, or delete the `==`: `- Oval signets`",
      "13: error: `==made to last==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `> Rings are **made to last**.`, or delete the `==`: `> Rings are made to last.`",
    ]);
  });

  it("several on one line: one message, with the line to write for them all, which passes", async () => {
    const text = "==New== this winter: the ==oval signet==, ==sold out== by spring.";
    expect(await problems(text)).toEqual([
      "9: error: `==New==`, `==oval signet==` and `==sold out==` are shown with their equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `**New** this winter: the **oval signet**, **sold out** by spring.`, or delete the `==`: `New this winter: the oval signet, sold out by spring.`",
    ]);
    expect(await problems("**New** this winter: the **oval signet**, **sold out** by spring.")).toEqual([]);
    expect(await problems("New this winter: the oval signet, sold out by spring.")).toEqual([]);
  });

  it("several on a line too long to quote (a paragraph on one line): each one's words to write", async () => {
    const text = `${"We work slowly and carefully, by hand, in the studio. ".repeat(3)}The ==oval signet== is ==sold out== until spring.`;
    expect(await problems(text)).toEqual([
      "9: error: `==oval signet==` and `==sold out==` are shown with their equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `**oval signet**` and `**sold out**`, or delete the `==`: `oval signet` and `sold out`",
    ]);
  });

  it("a table's row, its cells on one line: one message for the row", async () => {
    const table = "| Ring | Stock |\n| --- | --- |\n| ==Oval== | ==sold out== |";
    expect(await problems(table)).toEqual([
      "11: error: `==Oval==` and `==sold out==` are shown with their equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `| **Oval** | **sold out** |`, or delete the `==`: `| Oval | sold out |`",
    ]);
    expect(await problems("| Ring | Stock |\n| --- | --- |\n| **Oval** | **sold out** |")).toEqual([]);
  });

  it("around bold, or in bold: the line to write has the words in bold once, and passes", async () => {
    expect(await html("The signet is ==**Sold**== until spring.")).toContain("==<strong>Sold</strong>==");
    expect(await problems("The signet is ==**Sold**== until spring, ==the **oval** one== too, and **==gone==** by May.")).toEqual([
      "9: error: `==**Sold**==`, `==the **oval** one==` and `==gone==` are shown with their equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `The signet is **Sold** until spring, **the oval one** too, and **gone** by May.`, or delete the `==`: `The signet is **Sold** until spring, the **oval** one too, and **gone** by May.`",
    ]);
    expect(await problems("The signet is **Sold** until spring, **the oval one** too, and **gone** by May.")).toEqual([]);
    expect(await problems("The signet is **Sold** until spring, the **oval** one too, and **gone** by May.")).toEqual([]);
    expect(await problems("The signet is ==**Sold**== until spring.")).toEqual([
      "9: error: `==**Sold**==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; write `The signet is **Sold** until spring.`",
    ]);
  });

  it("around words in bold with `__`: the line as it is, which passes", async () => {
    expect(await problems("The signet is ==__Sold__== until spring.")).toEqual([
      "9: error: `==__Sold__==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; write `The signet is __Sold__ until spring.`",
    ]);
    expect(await problems("The signet is __Sold__ until spring.")).toEqual([]);
  });

  it("in italics, before another on its line: told in the order typed, and the line to write passes", async () => {
    const text = "*==New==* this winter: the oval signet, ==sold out== by spring.";
    expect(await problems(text)).toEqual([
      "9: error: `==New==` and `==sold out==` are shown with their equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `***New*** this winter: the oval signet, **sold out** by spring.`, or delete the `==`: `*New* this winter: the oval signet, sold out by spring.`",
    ]);
    expect(await problems("***New*** this winter: the oval signet, **sold out** by spring.")).toEqual([]);
  });

  it("on a line with an address glued to a colon (`at:www.…`), which remark links without its place: still told", async () => {
    expect(await problems("The signet is ==sold out== *for now*; see the sizes at:www.assayoffice.co.uk")).toEqual([
      "9: error: `==sold out==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `The signet is **sold out** *for now*; see the sizes at:www.assayoffice.co.uk`, or delete the `==`: `The signet is sold out *for now*; see the sizes at:www.assayoffice.co.uk`",
    ]);
  });

  it("around a link: the line to write with the link in bold, or the link alone, both of which pass", async () => {
    const text = "Measure first: ==[our ring sizes](/articles/ring-sizes)==.";
    expect(await html(text)).toContain('==<a href="/articles/ring-sizes">our ring sizes</a>==');
    expect(await problems(text)).toEqual([
      "9: error: `==[our ring sizes](/articles/ring-sizes)==` is shown with its equals signs, as typed: `==` marks a highlight in notes apps, and the journal has none; for bold, write `Measure first: **[our ring sizes](/articles/ring-sizes)**.`, or delete the `==`: `Measure first: [our ring sizes](/articles/ring-sizes).`",
    ]);
    expect(await problems("Measure first: **[our ring sizes](/articles/ring-sizes)**.")).toEqual([]);
    expect(await html("Measure first: **[our ring sizes](/articles/ring-sizes)**.")).toContain('<strong><a href="/articles/ring-sizes">our ring sizes</a></strong>');
    expect(await problems("Measure first: [our ring sizes](/articles/ring-sizes).")).toEqual([]);
  });

  it.each([
    "In code, `a == b` and `==sold out==` are shown as typed, as meant.",
    "```\nif (size == 'N') { ring == ready }\n==sold out==\n```",
    "A ring's size is right when width == finger, and 9 == 9 always.",
    "The scale reads 1 == 2 == 3 in the old catalogue.",
    "Escaped, \\==sold out\\== stays as typed.",
    "A size chart says N==N½ and M==M½ for half sizes.",
    "An arrow ==> points on, and <== back.",
    "The code `==new` and the words ring== are no highlight.",
    "Sizes: **N**==**N½** and **M**==**M½**, as the chart says.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
