import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

/*
 * The jeweler's trial of 2026-12-07: a link or a picture whose `(` is never closed was shown as
 * typed, the picture gone, with no message. Each is an error on its file line (the text starts on
 * line 9) with the line to write, the `)` after the address or after its caption; written so, the
 * article passes and the page shows the link or the picture.
 */

const { problems, html, folder } = articlePerTest("casting.md", { "content/articles/gold-karats-explained.md": article({ title: '"Gold Karats Explained"' }) });

describe("a link or a picture whose `(` is never closed", () => {
  it("a link: an error with the line to write, the `)` after the address, which passes", async () => {
    const text = "Read [our guide to gold karats](/articles/gold-karats-explained first, then come back here.";
    const written = "Read [our guide to gold karats](/articles/gold-karats-explained) first, then come back here.";
    expect(await problems(text)).toEqual([
      `9: error: the link \`[our guide to gold karats](/articles/gold-karats-explained\` is shown as the text you typed, not as a link, because its \`(\` is never closed with \`)\`; write \`${written}\``,
    ]);
    expect(await html(text)).not.toContain("<a ");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain('<a href="/articles/gold-karats-explained">our guide to gold karats</a>');
  });

  it("a picture with its caption: the `)` after the caption, which passes", async () => {
    await folder().write("public/images/articles/wax-tree.jpg", await smallImage());
    const text = 'Before casting:\n\n![A wax casting tree](/images/articles/wax-tree.jpg "The tree before casting"';
    const written = '![A wax casting tree](/images/articles/wax-tree.jpg "The tree before casting")';
    expect(await problems(text)).toEqual([
      `11: error: the picture \`![A wax casting tree](/images/articles/wax-tree.jpg "The tree before casting"\` is shown as the text you typed, not as a picture, because its \`(\` is never closed with \`)\`; write \`${written}\``,
    ]);
    expect(await html(text)).not.toContain("<img");
    expect(await problems(`Before casting:\n\n${written}`)).toEqual([]);
    expect(await html(written)).toContain('alt="A wax casting tree"');
  });

  it("a caption whose quote is not closed is left out of the `)`'s place: it goes after the address", async () => {
    expect(await problems('See [the guide](/articles/gold-karats-explained "our guide, then more.')).toEqual([
      '9: error: the link `[the guide](/articles/gold-karats-explained` is shown as the text you typed, not as a link, because its `(` is never closed with `)`; write `See [the guide](/articles/gold-karats-explained) "our guide, then more.`',
    ]);
  });

  it("a caption in single quotes, two spaces after the address: the `)` after the caption, which passes", async () => {
    const written = "See [the guide](/articles/gold-karats-explained 'Our guide to karats') first.";
    expect(await problems("See [the guide](/articles/gold-karats-explained  'Our guide to karats' first.")).toEqual([
      `9: error: the link \`[the guide](/articles/gold-karats-explained  'Our guide to karats'\` is shown as the text you typed, not as a link, because its \`(\` is never closed with \`)\`; write \`${written}\``,
    ]);
    expect(await problems(written)).toEqual([]);
  });

  it("quoted words later in the sentence are no caption: the `)` goes after the address", async () => {
    expect(await problems('Read [our guide](/articles/gold-karats-explained and then "the note" at its end.')).toEqual([
      '9: error: the link `[our guide](/articles/gold-karats-explained` is shown as the text you typed, not as a link, because its `(` is never closed with `)`; write `Read [our guide](/articles/gold-karats-explained) and then "the note" at its end.`',
    ]);
  });

  it.each([
    "See [a](/articles/gold-karats-explained) (see below",
    "A ring (size N, then resized",
    "`[a](/b` is how it starts.",
    "```\n[a](/b\n```",
    "\\[a\\](/b is escaped.",
    "A bracket [a]( and nothing after it.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});

describe("a link to a website whose `(` is never closed", () => {
  it("is told too, with the line that closes it", async () => {
    expect(await problems("Find it in [our shop](https://shop.example/rings first.")).toEqual([
      "9: error: the link `[our shop](https://shop.example/rings` is shown as the text you typed, not as a link, because its `(` is never closed with `)`; write `Find it in [our shop](https://shop.example/rings) first.`",
    ]);
    expect(await problems("Find it in [our shop](https://shop.example/rings) first.")).toEqual([]);
  });
});

describe("a link whose `(` is never closed, with brackets of prose after it", () => {
  it("is told, as the `)` after them closes only their own `(`", async () => {
    expect(await problems("Read [our guide](/articles/gold-karats-explained first (see the note), then come back.")).toEqual([
      "9: error: the link `[our guide](/articles/gold-karats-explained` is shown as the text you typed, not as a link, because its `(` is never closed with `)`; write `Read [our guide](/articles/gold-karats-explained) first (see the note), then come back.`",
    ]);
    expect(await problems("Read [our guide](/articles/gold-karats-explained) first (see the note), then come back.")).toEqual([]);
  });
});
