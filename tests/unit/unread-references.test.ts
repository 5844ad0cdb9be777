import { describe, expect, it } from "vitest";
import { article } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

const errorsOf = (body: string) => journal.articleErrors(body);

describe("a link whose address is on a line of its own ([words][label])", () => {
  it("passes when that line exists, in any capitals, and leaves brackets in prose, code and escapes alone", async () => {
    const body = "See [our shop][Shop], [the guide][] and [Guide].\n\nA `[code][x]` span, and \\[not][a link].\n\n[shop]: https://example.com\n[the guide]: /articles/silver-care\n";
    await journal.folder().write("content/articles/silver-care.md", article({ title: '"Silver"' }));
    expect(await errorsOf(body)).toEqual([]);
  });

  it("is an error when no line gives the address, for a link and for a picture, with both ways to write it", async () => {
    expect(await errorsOf("Words.\n\nSee [our shop][shop] and [the guide][],\nand ![a ring][ring].\n")).toEqual([
      "content/articles/care.md:11: the link `[our shop][shop]` is shown as the text you typed: no line in the text gives the address of `[shop]`; add one on a line of its own at the end of the text, like `[shop]: https://…`, or write the address in the link itself, like `[our shop](/articles/silver-care)`",
      "content/articles/care.md:11: the link `[the guide][]` is shown as the text you typed: no line in the text gives the address of `[the guide]`; add one on a line of its own at the end of the text, like `[the guide]: https://…`, or write the address in the link itself, like `[the guide](/articles/silver-care)`",
      "content/articles/care.md:12: the picture `![a ring][ring]` is shown as the text you typed: no line in the text gives the address of `[ring]`; add one on a line of its own at the end of the text, like `[ring]: /images/articles/ring.jpg`, or write the address in the picture itself, like `![a ring](/images/articles/ring.jpg)`",
    ]);
  });

  it("is an error when its words hold code, the code kept in both ways to write it", async () => {
    expect(await errorsOf("See [Rose `gold`][rose].\n")).toEqual([
      "content/articles/care.md:9: the link `[Rose `gold`][rose]` is shown as the text you typed: no line in the text gives the address of `[rose]`; add one on a line of its own at the end of the text, like `[rose]: https://…`, or write the address in the link itself, like `[Rose `gold`](/articles/silver-care)`",
    ]);
  });

  // The words were looked for without the `\\` markdown-it reads, so no message was given.
  it("is an error when its words hold an escaped character, kept in both ways to write it, which pass the next run", async () => {
    expect(await errorsOf("See [Rose\\*][rose] and [Rose \\_gold\\_][].\n")).toEqual([
      "content/articles/care.md:9: the link `[Rose\\*][rose]` is shown as the text you typed: no line in the text gives the address of `[rose]`; add one on a line of its own at the end of the text, like `[rose]: https://…`, or write the address in the link itself, like `[Rose\\*](/articles/silver-care)`",
      "content/articles/care.md:9: the link `[Rose \\_gold\\_][]` is shown as the text you typed: no line in the text gives the address of `[Rose \\_gold\\_]`; add one on a line of its own at the end of the text, like `[Rose \\_gold\\_]: https://…`, or write the address in the link itself, like `[Rose \\_gold\\_](/articles/silver-care)`",
    ]);
    await journal.folder().write("content/articles/silver-care.md", article({ title: '"Silver"' }));
    expect(await errorsOf("See [Rose\\*][rose] and [Rose \\_gold\\_][].\n\n[rose]: /articles/silver-care\n[Rose \\_gold\\_]: /articles/silver-care\n")).toEqual([]);
    expect(await errorsOf("See [Rose\\*](/articles/silver-care) and [Rose \\_gold\\_](/articles/silver-care).\n")).toEqual([]);
  });

  it("is an error when its words hold code broken over two lines, told on the line of its `[`, the line break as the space the page shows", async () => {
    expect(await errorsOf("Words.\n\nSee [Rose `gold\nvermeil`][rose].\n")).toEqual([
      "content/articles/care.md:11: the link `[Rose `gold vermeil`][rose]` is shown as the text you typed: no line in the text gives the address of `[rose]`; add one on a line of its own at the end of the text, like `[rose]: https://…`, or write the address in the link itself, like `[Rose `gold vermeil`](/articles/silver-care)`",
    ]);
    expect(await errorsOf("See [Rose `gold\nvermeil`][].\n")).toEqual([
      "content/articles/care.md:9: the link `[Rose `gold vermeil`][]` is shown as the text you typed: no line in the text gives the address of `[Rose `gold vermeil`]`; add one on a line of its own at the end of the text, like `[Rose `gold vermeil`]: https://…`, or write the address in the link itself, like `[Rose `gold vermeil`](/articles/silver-care)`",
    ]);
  });

  // The page shows them as typed; no message was given, as a run of text ended at each line break.
  it("is an error when its words or its label are broken over two lines, told on the line of its `[`, on one line", async () => {
    expect(await errorsOf("Words.\n\nOur rings,\nsee [the rose\ngold ring][rose], [the\nchain][], and ![a gold\nring][ri\nng].\n")).toEqual([
      "content/articles/care.md:12: the link `[the rose gold ring][rose]` is shown as the text you typed: no line in the text gives the address of `[rose]`; add one on a line of its own at the end of the text, like `[rose]: https://…`, or write the address in the link itself, like `[the rose gold ring](/articles/silver-care)`",
      "content/articles/care.md:13: the link `[the chain][]` is shown as the text you typed: no line in the text gives the address of `[the chain]`; add one on a line of its own at the end of the text, like `[the chain]: https://…`, or write the address in the link itself, like `[the chain](/articles/silver-care)`",
      "content/articles/care.md:14: the picture `![a gold ring][ri ng]` is shown as the text you typed: no line in the text gives the address of `[ri ng]`; add one on a line of its own at the end of the text, like `[ri ng]: /images/articles/ring.jpg`, or write the address in the picture itself, like `![a gold ring](/images/articles/ring.jpg)`",
    ]);
  });

  it("is an error when its words are broken at a line kept apart, told on the line of its `[`, on one line", async () => {
    expect(await errorsOf("Our rings,\nsee [the rose\\\ngold ring][rose] and [the  \nchain][].\n")).toEqual([
      "content/articles/care.md:10: the link `[the rose gold ring][rose]` is shown as the text you typed: no line in the text gives the address of `[rose]`; add one on a line of its own at the end of the text, like `[rose]: https://…`, or write the address in the link itself, like `[the rose gold ring](/articles/silver-care)`",
      "content/articles/care.md:11: the link `[the chain][]` is shown as the text you typed: no line in the text gives the address of `[the chain]`; add one on a line of its own at the end of the text, like `[the chain]: https://…`, or write the address in the link itself, like `[the chain](/articles/silver-care)`",
    ]);
  });

  it("passes when broken over two lines with a line giving its address, and when escaped", async () => {
    await journal.folder().write("content/articles/silver-care.md", article({ title: '"Silver"' }));
    expect(await errorsOf("See [the rose\ngold ring][rose], [the\nguide][], [our\nshop][sh\nop] and \\[not a\nlink][at all].\n\n[rose]: /articles/silver-care\n[the guide]: /articles/silver-care\n[sh op]: https://example.com\n")).toEqual([]);
  });

  it("keeps a bracket inside its words' code in the way to write it with the address", async () => {
    expect(await errorsOf("See [the `size[7]` chart][sizes].\n")).toEqual([
      "content/articles/care.md:9: the link `[the `size[7]` chart][sizes]` is shown as the text you typed: no line in the text gives the address of `[sizes]`; add one on a line of its own at the end of the text, like `[sizes]: https://…`, or write the address in the link itself, like `[the `size[7]` chart](/articles/silver-care)`",
    ]);
  });
});
