import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The false-positive trial of 2026-12-07: `[sic] (as written)`, a word in brackets and then words in
 * parentheses, is prose, shown as meant, but was warned of as a link with a space before its `(`.
 * A link with an address in the parentheses is still told (the text starts on line 9).
 */

const { problems, html } = articlePerTest("hallmarks.md");

describe("words in brackets, a space, then words in parentheses", () => {
  it.each([
    "The ledger reads “recieved [sic] (as written) from the assay office”.",
    "Marked 18ct [sic] (not 18k) on the shank.",
    "The maker's mark [IM] (Isla Marrow) sits beside the lion.",
    "Our rings [all sizes] (H to Z) are made to order.",
    "The catalogue calls it [sic] (chart) in every edition.",
    "A ring [see above] (e.g. the signet) needs a wider band.",
  ])("%j is prose: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
    expect(await html(text)).not.toContain("<a ");
  });

  it("an address in the parentheses is still a link shown as typed, told with the line to write, which passes", async () => {
    expect(await problems("Find it in [our shop] (https://shop.example/rings) today.")).toEqual([
      "9: error: the link `[our shop] (https://shop.example/rings)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[our shop](https://shop.example/rings)`",
    ]);
    expect(await problems("Find it in [our shop](https://shop.example/rings) today.")).toEqual([]);
  });

  it("a page of the journal in the parentheses is told too", async () => {
    expect(await problems("The prose [sic] (as written) stays, but see [the sizes] (/articles/ring-sizes).")).toEqual([
      "9: error: the link `[the sizes] (/articles/ring-sizes)` is shown as the text you typed, not as a link, because of the space between `]` and `(`; write `[the sizes](/articles/ring-sizes)`",
    ]);
  });
});
