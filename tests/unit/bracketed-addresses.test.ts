import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The jeweler's trial of 2026-12-07: `<www.assayoffice.co.uk>` was shown with its angle brackets,
 * `www.…` between them linked to `http://`, and `<assayoffice.co.uk>` as typed, with no message.
 * Each is an error on its line (the text starts on line 9) with the line to write, `https://`
 * inside the brackets, which the page shows as a link alone, and passes.
 */

const { problems, html } = articlePerTest("hallmarks.md");

describe("an address between `<` and `>` without `https://`", () => {
  it("`<www.…>`: an error with the line to write, which passes and shows the link without brackets", async () => {
    const text = "The rules are on the Assay Office's site, <www.assayoffice.co.uk>.";
    const written = "The rules are on the Assay Office's site, <https://www.assayoffice.co.uk>.";
    expect(await html(text)).toContain("&#x3C;<a ");
    expect(await problems(text)).toEqual([
      "9: error: `<www.assayoffice.co.uk>` is shown with its angle brackets, the address between them a link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `The rules are on the Assay Office's site, <https://www.assayoffice.co.uk>.`, or, with words of your own, `[words](https://www.assayoffice.co.uk)`",
    ]);
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain('site, <a href="https://www.assayoffice.co.uk">https://www.assayoffice.co.uk</a>.');
    expect(await problems("The rules are on [the Assay Office's site](https://www.assayoffice.co.uk).")).toEqual([]);
  });

  it("a website's name without `www.`, and a page of it, in a list and a quote: each on its line", async () => {
    expect(await problems("- <assayoffice.co.uk>\n\n> See <shop.example/rings?size=N#gold> for sizes.")).toEqual([
      "9: error: `<assayoffice.co.uk>` is shown as typed, with its angle brackets and no link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `- <https://assayoffice.co.uk>`, or, with words of your own, `[words](https://assayoffice.co.uk)`",
      "11: error: `<shop.example/rings?size=N#gold>` is shown as typed, with its angle brackets and no link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `> See <https://shop.example/rings?size=N#gold> for sizes.`, or, with words of your own, `[words](https://shop.example/rings?size=N#gold)`",
    ]);
    expect(await problems("- <https://assayoffice.co.uk>\n\n> See <https://shop.example/rings?size=N#gold> for sizes.")).toEqual([]);
  });

  it("`www.` further in, as in an archived page's address: the message says where the page's link in it goes", async () => {
    const text = "The old rules: <web.archive.org/web/2019/www.assayoffice.co.uk>.";
    expect(await html(text)).toContain('&#x3C;web.archive.org/web/2019/<a href="http://www.assayoffice.co.uk">www.assayoffice.co.uk</a>>');
    expect(await problems(text)).toEqual([
      "9: error: `<web.archive.org/web/2019/www.assayoffice.co.uk>` is shown with its angle brackets, part of the address a link to `http://www.assayoffice.co.uk`, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `The old rules: <https://web.archive.org/web/2019/www.assayoffice.co.uk>.`, or, with words of your own, `[words](https://web.archive.org/web/2019/www.assayoffice.co.uk)`",
    ]);
    expect(await problems("The old rules: <https://web.archive.org/web/2019/www.assayoffice.co.uk>.")).toEqual([]);
  });

  it("with links, code and tags before and after it on its line, each left out of what is said of the address", async () => {
    expect(await problems("[The office](https://maps.example/assay) has rules at <www.assayoffice.co.uk>, `<N>` a size.")).toEqual([
      "9: error: `<www.assayoffice.co.uk>` is shown with its angle brackets, the address between them a link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `[The office](https://maps.example/assay) has rules at <https://www.assayoffice.co.uk>, `<N>` a size.`, or, with words of your own, `[words](https://www.assayoffice.co.uk)`",
    ]);
    expect(await problems("Not www.assayoffice.co.uk but <assayoffice.co.uk>, then www.theassayoffice.co.uk.")).toEqual([
      "9: error: `<assayoffice.co.uk>` is shown as typed, with its angle brackets and no link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `Not www.assayoffice.co.uk but <https://assayoffice.co.uk>, then www.theassayoffice.co.uk.`, or, with words of your own, `[words](https://assayoffice.co.uk)`",
    ]);
    expect(await problems("Site: <b>the office</b><assayoffice.co.uk>.")).toEqual([
      "9: error: `<assayoffice.co.uk>` is shown as typed, with its angle brackets and no link, because between `<` and `>` an address is read as a link only when it starts with `https://`; write `Site: <b>the office</b><https://assayoffice.co.uk>.`, or, with words of your own, `[words](https://assayoffice.co.uk)`",
    ]);
  });

  it.each([
    "Write to <studio@marrowvale.example> any day.",
    "The file <sizes.pdf> is in the studio's drawer.",
    "In code, `<www.assayoffice.co.uk>` stays as typed.",
    "Escaped, \\<www.assayoffice.co.uk\\> is shown as typed, as meant.",
    "Plain www.assayoffice.co.uk is linked as it stands.",
    "A size <N> ring, and <your initials> engraved, are told elsewhere if at all.",
    "Version <2.5> of the chart.",
    "The chart <sizes.pdf> has a line for <your initials> to engrave.",
    "See [the office <www.assayoffice.co.uk>](https://www.assayoffice.co.uk) for the rules.",
    "| Office | Site |\n| --- | --- |\n| Birmingham | `<www.theassayoffice.co.uk>` |",
  ])("%j: no message of this check", async (text) => {
    expect((await problems(text)).filter((problem) => problem.includes("between `<` and `>` an address"))).toEqual([]);
  });
});
