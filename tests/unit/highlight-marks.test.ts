import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The jeweler's trial of 2026-12-07: `==sold out==`, a highlight as a notes app writes it, was shown
 * with its equals signs and no message. The journal has no highlight: an error on its line (the
 * text starts on line 9) with the line to write in bold, or without the `==`; either passes.
 */

const { problems, html } = articlePerTest("signet-rings.md");

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

  it.each([
    "In code, `a == b` and `==sold out==` are shown as typed, as meant.",
    "```\nif (size == 'N') { ring == ready }\n==sold out==\n```",
    "A ring's size is right when width == finger, and 9 == 9 always.",
    "The scale reads 1 == 2 == 3 in the old catalogue.",
    "Escaped, \\==sold out\\== stays as typed.",
    "A size chart says N==N½ and M==M½ for half sizes.",
    "An arrow ==> points on, and <== back.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
