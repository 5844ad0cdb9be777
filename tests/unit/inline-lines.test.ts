import { describe, expect, it } from "vitest";
import { journalPerTest } from "../helpers/journal-per-test";
import { smallImage } from "../helpers/images";

/*
 * The line a message names for a link or a picture that follows, in its paragraph, something
 * broken over two lines that leaves no line break of its own in markdown-it's reading: a code span,
 * an HTML tag, a link's caption (lib/checks/inline-places.ts). The text starts on line 9.
 */

const journal = journalPerTest();

const PRICES = "content/articles/care.md:11: the link `[our prices](https://example.com/price list.pdf)` is shown as the text you typed, not as a link, because its address holds a space; write each space as %20: `[our prices](https://example.com/price%20list.pdf)`";

describe("a link or a picture on the line under something broken over two lines", () => {
  it.each([
    ["a code span", "Polish with `sterling\nsilver` cream, then read\n[our prices](https://example.com/price list.pdf).\n"],
    ["an HTML tag", 'Our <span\nclass="note">rings</span> are polished by hand, see\n[our prices](https://example.com/price list.pdf).\n'],
    ["a link's address and caption", 'Read [the guide](/articles/care\n"Care") and\n[our prices](https://example.com/price list.pdf).\n'],
  ])("after %s is named on its own line", async (_, body) => {
    expect(await journal.articleErrors(body)).toEqual([PRICES]);
  });

  it("a picture without a description after a code span is named on its line, with the lines to write", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors("Polish with `sterling\nsilver` cream:\n![](/images/ring.jpg)\n")).toEqual([
      "content/articles/care.md:11: the image `/images/ring.jpg` has no description; write what it shows between the square brackets, like `![A silver ring set with a blue topaz](/images/ring.jpg)`",
      "content/articles/care.md:11: the picture `/images/ring.jpg` has text right next to it (no empty line between them), so the page shows it small inside the text and without the full-size view; put it on a line of its own, with an empty line above it and below it: `![](/images/ring.jpg)`",
    ]);
  });
});
