import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, checkFolder, ISLA } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";
import { smallImage } from "../helpers/images";

/*
 * Links and pictures Markdown shows as typed (lib/checks/unread-links.ts): the edges of each kind
 * of advice, where the line to write is easiest to get wrong. The article with the mistake is
 * content/articles/care.md, tagged `metal care`; the journal also has `gold-karats`, tagged `gold`.
 */

const journal = journalPerTest({ "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }) });

const told = (written: string, advice: string) => `content/articles/care.md:9: the link \`${written}\` is shown as the text you typed, not as a link, because its address holds a space; ${advice}`;
const toldPicture = (written: string, advice: string) => `content/articles/care.md:9: the picture \`${written}\` is shown as the text you typed, not as a picture${advice}`;

describe("a link to a page of the journal whose address holds a space", () => {
  it.each([
    ["an author by full name is the nearest author", "[Isla](/authors/Isla Marrow)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[Isla](/authors/isla)`"],
    ["a tag misspelt is the nearest tag", "[care](/tags/metal cares)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[care](/tags/metal-care)`"],
    ["a tag no article has is written as its page would be", "[deco](/tags/Art Déco)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[deco](/tags/art-deco)`"],
    ["an article no file has is written as its page would be, accents and all", "[cafés](/articles/Café Rings)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[cafés](/articles/cafe-rings)`"],
    ["past an article's name is one name", "[polish](/articles/silver care/polishing)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[polish](/articles/silver-care-polishing)`"],
    ["to the section alone names no page: each space is %20", "[every article](see /articles)", "write each space as %20: `[every article](see%20/articles)`"],
    ["to another website, with a space at the end, gets %20 for the spaces inside only", "[prices](https://example.com/price list.pdf )", "write each space as %20: `[prices](https://example.com/price%20list.pdf)`"],
  ])("%s", async (_, link, advice) => {
    expect(await journal.articleErrors(`See ${link}.\n`)).toEqual([told(link, advice)]);
  });
});

describe("a link with bold, italics, struck words or code, whose address holds a space", () => {
  // Found sorting references.ts's mutants: the words were looked for without their marks, so no message was given.
  it.each([
    ["[Rose *gold*](/articles/gold karats)", "[Rose *gold*](/articles/gold-karats)"],
    ["[**Gold** karats](/articles/gold karats)", "[**Gold** karats](/articles/gold-karats)"],
    ["[_Gold_ ~~carats~~ karats](/articles/gold karats)", "[_Gold_ ~~carats~~ karats](/articles/gold-karats)"],
    ["[Rose `gold`](/articles/gold karats)", "[Rose `gold`](/articles/gold-karats)"],
    ["[*Rose* `gold` and ``gold `karats` ``](/articles/gold karats)", "[*Rose* `gold` and ``gold `karats` ``](/articles/gold-karats)"],
    ["[Type ``1```2``](/articles/gold karats)", "[Type ``1```2``](/articles/gold-karats)"],
  ])("%s is told the link to write, its marks kept, which passes the next run", async (link, fix) => {
    expect(await journal.articleErrors(`See ${link}.\n`)).toEqual([told(link, `the addresses of this journal's pages have hyphens where their names have spaces: write \`${fix}\``)]);
    expect(await journal.articleErrors(`See ${fix}.\n`)).toEqual([]);
  });

  // The words were looked for without the `\\` or the entity markdown-it reads, so no message was given.
  it.each([
    ["[Rose\\*](/articles/gold karats)", "[Rose\\*](/articles/gold-karats)"],
    ["[Rose &amp; \\[gold\\]](/articles/gold karats)", "[Rose &amp; \\[gold\\]](/articles/gold-karats)"],
  ])("%s, an escaped character or an entity in its words, is told as typed, with the link to write, which passes the next run", async (link, fix) => {
    expect(await journal.articleErrors(`See ${link}.\n`)).toEqual([told(link, `the addresses of this journal's pages have hyphens where their names have spaces: write \`${fix}\``)]);
    expect(await journal.articleErrors(`See ${fix}.\n`)).toEqual([]);
  });

  it("to another website, with code in its words, is told each space as %20, the code kept, which passes the next run", async () => {
    expect(await journal.articleErrors("See [Rose `gold`](https://example.com/rose gold).\n")).toEqual([
      told("[Rose `gold`](https://example.com/rose gold)", "write each space as %20: `[Rose `gold`](https://example.com/rose%20gold)`"),
    ]);
    expect(await journal.articleErrors("See [Rose `gold`](https://example.com/rose%20gold).\n")).toEqual([]);
  });

  // The page shows `[the <code>rose gold</code> ring](…)` as typed; no message was given, as the run's line break was looked for as the words'.
  it("with code broken over two lines in its words, is told on the line of its `[`, the code's line break as the space the page shows", async () => {
    expect(await journal.articleErrors("See [the `rose\ngold` ring](/articles/gold karats).\n")).toEqual([
      told("[the `rose gold` ring](/articles/gold karats)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[the `rose gold` ring](/articles/gold-karats)`"),
    ]);
    expect(await journal.articleErrors("See [the `rose gold` ring](/articles/gold-karats).\n")).toEqual([]);
  });

  it("is told on its own line when code broken over two lines follows it in its paragraph", async () => {
    expect(await journal.articleErrors("See [Gold](/articles/gold karats), or `rose\ngold` ones.\n")).toEqual([
      told("[Gold](/articles/gold karats)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[Gold](/articles/gold-karats)`"),
    ]);
  });

  it("is left alone when code holds it, whole or cut, as the page shows code as typed", async () => {
    expect(await journal.articleErrors("Type `[Rose gold](/rings rose)`, or `[Rose](/rings` rose), or [Rose `](/rings` rose).\n")).toEqual([]);
    expect(await journal.articleErrors("Type `[Rose gold](/rings\nrose)`, or `[Rose](/rings` rose).\n")).toEqual([]);
  });
});

describe("a link or a picture broken over two lines, as an editor re-wraps a paragraph", () => {
  const toGoldKarats = (words: string) => `the addresses of this journal's pages have hyphens where their names have spaces: write \`[${words}](/articles/gold-karats)\``;
  const toldOn = (line: number, written: string, advice: string) => told(written, advice).replace("care.md:9:", () => `care.md:${line}:`);

  // The page shows them as typed; no message was given, as a run of text ended at each line break.
  it("is told on the line of its `[`, on one line, when its words are broken", async () => {
    expect(await journal.articleErrors("See [the rose\ngold ring](/articles/gold karats).\n")).toEqual([
      told("[the rose gold ring](/articles/gold karats)", toGoldKarats("the rose gold ring")),
    ]);
    expect(await journal.articleErrors("Our rings,\nand [the rose \n   gold ring](/articles/gold karats), and [Gold](/articles/gold karats).\n")).toEqual([
      toldOn(10, "[the rose gold ring](/articles/gold karats)", toGoldKarats("the rose gold ring")),
      toldOn(11, "[Gold](/articles/gold karats)", toGoldKarats("Gold")),
    ]);
    expect(await journal.articleErrors("Words.\n\n[Gold](/articles/gold-karats)\nand [the\nring](/articles/gold karats).\n")).toEqual([toldOn(12, "[the ring](/articles/gold karats)", toGoldKarats("the ring"))]);
  });

  it("is told in a quote and in a list, on the line of its `[`", async () => {
    expect(await journal.articleErrors("> Our rings,\n> see [the rose\n> gold ring](/articles/gold karats).\n\n- See [the\n  ring](/articles/gold karats).\n")).toEqual([
      toldOn(10, "[the rose gold ring](/articles/gold karats)", toGoldKarats("the rose gold ring")),
      toldOn(13, "[the ring](/articles/gold karats)", toGoldKarats("the ring")),
    ]);
  });

  it("is told when its address is broken, or starts on the line under `](`", async () => {
    expect(await journal.articleErrors("See [the ring](/articles/gold\nkarats).\n")).toEqual([told("[the ring](/articles/gold karats)", toGoldKarats("the ring"))]);
    expect(await journal.articleErrors("See [the ring](\n/articles/gold karats).\n")).toEqual([told("[the ring]( /articles/gold karats)", toGoldKarats("the ring"))]);
  });

  // markdown-it lets a `\\` escape the line break in an address, and read a link to `/articles/gold%5C%0Akarats` the page shows as typed.
  it("is told as its twin broken at a plain line break when its address is broken at a `\\`, with the line to write, which passes the next run", async () => {
    expect(await journal.articleErrors("See [the ring](/articles/gold\\\nkarats).\n")).toEqual([told("[the ring](/articles/gold karats)", toGoldKarats("the ring"))]);
    expect(await journal.articleErrors("See [the ring](/articles/gold-karats).\n")).toEqual([]);
    expect(await journal.articleErrors("![A ring](/images/my\\\nring.jpg)\n")).toEqual([
      toldPicture(
        "![A ring](/images/my ring.jpg)",
        ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg)`",
      ),
    ]);
  });

  // Seen sorting misread-links.ts's mutants: markdown-it lets a `\\` escape a tab too, and read a link to `/articles/gold%5C%09karats` the page shows as typed.
  it("is told as shown as typed when a `\\` stands before a tab in its address, with the line to write without either, which passes the next run", async () => {
    const tabbed = (written: string, advice: string) => `content/articles/care.md:9: the link \`${written}\` is shown as the text you typed, not as a link, because its address holds a tab (\`\\t\`); ${advice}`;
    const typed = "See [the ring](/articles/gold\\\tkarats).\n";
    expect(await renderArticleHtml(typed, { publicDir: journal.folder().publicDir })).toBe("<p>See [the ring](/articles/gold\\\tkarats).</p>");
    expect(await journal.articleErrors(typed)).toEqual([tabbed("[the ring](/articles/gold\\\\tkarats)", toGoldKarats("the ring"))]);
    expect(await journal.articleErrors("See [the ring](/articles/gold-karats).\n")).toEqual([]);
    expect(await journal.articleErrors("See [the shop](https://example.com/gold\\\trings).\n")).toEqual([
      tabbed("[the shop](https://example.com/gold\\\\trings)", "write each space as %20: `[the shop](https://example.com/gold%20rings)`"),
    ]);
    expect(await journal.articleErrors("![A ring](/images/my\\\tring.jpg)\n")).toEqual([
      "content/articles/care.md:9: the picture `![A ring](/images/my\\\\tring.jpg)` is shown as the text you typed, not as a picture, because its path holds a tab (`\\t`); rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg)`",
    ]);
  });

  // Seen sorting address-ends.ts's mutants: a tab right after a `/` was told as a space in a name, `/%20articles/gold-karats` and `public/-images/ring.jpg`.
  it("is told the line to write without the tab when a tab comes right after a `/`, `\\` or not, which passes the next run", async () => {
    const afterSlash = "right after a `/`, which starts no name";
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors("See [the ring](/\tarticles/gold-karats).\n")).toEqual([
      `content/articles/care.md:9: the link \`[the ring](/\\tarticles/gold-karats)\` is shown as the text you typed, not as a link, because its address holds a tab (\`\\t\`) ${afterSlash}; write \`[the ring](/articles/gold-karats)\``,
    ]);
    expect(await journal.articleErrors("![A ring](/\timages/ring.jpg)\n")).toEqual([
      `content/articles/care.md:9: the picture \`![A ring](/\\timages/ring.jpg)\` is shown as the text you typed, not as a picture, because its path holds a tab (\`\\t\`) ${afterSlash}; write \`![A ring](/images/ring.jpg)\``,
    ]);
    expect(await journal.articleErrors("See [the ring](/\\\tarticles/gold-karat).\n")).toEqual([
      `content/articles/care.md:9: the link \`[the ring](/\\\\tarticles/gold-karat)\` is shown as the text you typed, not as a link, because its address holds a tab (\`\\t\`) ${afterSlash}; there is no article \`gold-karat\`, the nearest is \`/articles/gold-karats\`; write \`[the ring](/articles/gold-karats)\``,
    ]);
    expect(await journal.articleErrors("See [the ring](/articles/gold-karats).\n\n![A ring](/images/ring.jpg)\n")).toEqual([]);
  });

  // Sorting address-ends.ts's mutants: the `\\` before the tab is found past an escaped character, at any distance from it.
  it("is told as shown as typed when an escaped character comes before the `\\` and the tab in its address", async () => {
    expect(await journal.articleErrors("See [the ring](/articles/gold\\_karat\\\ts).\n")).toEqual([
      "content/articles/care.md:9: the link `[the ring](/articles/gold\\_karat\\\\ts)` is shown as the text you typed, not as a link, because its address holds a tab (`\\t`); the addresses of this journal's pages have hyphens where their names have spaces: write `[the ring](/articles/gold-karats)`",
    ]);
  });

  // Sorting address-ends.ts's mutants: a line break ends an address between `<` and `>` too, escaped or not.
  it("between `<` and `>`, broken at a `\\`, is told as its twin broken at a plain line break, as the page shows it as typed", async () => {
    const typed = "See [the ring](</articles/gold\\\nkarats>).\n";
    expect(await renderArticleHtml(typed, { publicDir: journal.folder().publicDir })).toBe("<p>See [the ring](&#x3C;/articles/gold<br>\nkarats>).</p>");
    expect(await journal.articleErrors(typed)).toEqual([told("[the ring](</articles/gold karats>)", toGoldKarats("the ring"))]);
  });

  it("between `<` and `>`, with a `\\` before a tab, is a link on the page too, checked as one", async () => {
    const typed = "See [the ring](</articles/gold\\\tkarats>).\n";
    expect(await renderArticleHtml(typed, { publicDir: journal.folder().publicDir })).toBe('<p>See <a href="/articles/gold%5C%09karats">the ring</a>.</p>');
    expect(await journal.articleErrors(typed)).toEqual([
      "content/articles/care.md:9: the link to `/articles/gold%5C%09karats`: there is no article `gold\\\\tkarats`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
    ]);
  });

  it("is told for a picture whose description is broken", async () => {
    expect(await journal.articleErrors("![A rose\ngold ring](/images/my ring.jpg)\n")).toEqual([
      toldPicture(
        "![A rose gold ring](/images/my ring.jpg)",
        ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A rose gold ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A rose gold ring](/images/my%20ring.jpg)`",
      ),
    ]);
  });

  // Found sorting references.ts's mutants: a run of text ended at a line kept apart, so no message was given.
  it("is told on the line of its `[`, on one line, when broken at a line kept apart with `\\` or two spaces", async () => {
    expect(await journal.articleErrors("See [the rose\\\ngold ring](/articles/gold karats).\n")).toEqual([
      told("[the rose gold ring](/articles/gold karats)", toGoldKarats("the rose gold ring")),
    ]);
    expect(await journal.articleErrors("Our rings,\\\nand [the rose  \ngold ring](/articles/gold karats), and [Gold](/articles/gold karats).\n")).toEqual([
      toldOn(10, "[the rose gold ring](/articles/gold karats)", toGoldKarats("the rose gold ring")),
      toldOn(11, "[Gold](/articles/gold karats)", toGoldKarats("Gold")),
    ]);
  });

  it("passes when Markdown reads it, its words, description or caption broken, and when escaped", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const body =
      'See [the rose\ngold ring](/articles/gold-karats), [the\nring](\n/articles/gold-karats\n"Gold"), [the rose\\\ngold ring](/articles/gold-karats).\n\n![A rose\ngold ring](/images/ring.jpg)\n\nSee \\[the rose\ngold ring\\](/articles/gold karats), \\[the rose\\\ngold ring\\](/articles/gold karats).\n';
    expect(await journal.articleErrors(body)).toEqual([]);
  });

  // Sorting address-ends.ts's mutants: each `\\` is judged by the character after it, not by a line break elsewhere in the paragraph.
  it("passes with escaped brackets in its address, in a paragraph of two lines", async () => {
    expect(await journal.articleErrors("See [the rivière](https://en.wikipedia.org/wiki/Rivi%C3%A8re_\\(jewellery\\)), our\nfirst necklace.\n")).toEqual([]);
  });
});

describe("a picture whose path holds a space", () => {
  it.each([
    [
      "with two spaces before its caption keeps the caption as written",
      '![A ring](/images/my ring.jpg  "On the hand")',
      ', because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg  "On the hand")`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg  "On the hand")`',
    ],
    [
      "with a caption in single quotes keeps the caption",
      "![A ring](/images/my ring.jpg 'On the hand')",
      ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg 'On the hand')`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg 'On the hand')`",
    ],
    [
      "with a space after its caption keeps the caption",
      '![A ring](/images/my ring.jpg "On the hand" )',
      ', because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg "On the hand")`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg "On the hand")`',
    ],
    [
      "with a space before its path",
      "![A ring]( /images/my ring.jpg)",
      ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg)`",
    ],
    [
      "with two spaces in its name gets one hyphen for them",
      "![A ring](/images/my  ring.jpg)",
      ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20%20ring.jpg)`",
    ],
    [
      "with quotes in its name is no caption",
      "![The Nile ring](/images/the 'Nile' ring.jpg)",
      ", because its path holds a space; rename the file without spaces (`public/images/the-'Nile'-ring.jpg`) and write `![The Nile ring](/images/the-'Nile'-ring.jpg)`, or keep its name and write each space as %20: `![The Nile ring](/images/the%20'Nile'%20ring.jpg)`",
    ],
    [
      "without `/` at the start is under public/",
      "![A ring](images/my ring.jpg)",
      ", because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg)`",
    ],
    [
      "with a colon in its name is no other website's",
      "![A ring](/images/my ring:gold.jpg)",
      ", because its path holds a space; rename the file without spaces (`public/images/my-ring:gold.jpg`) and write `![A ring](/images/my-ring:gold.jpg)`, or keep its name and write each space as %20: `![A ring](/images/my%20ring:gold.jpg)`",
    ],
    [
      "on another website is saved in the journal",
      '![A ring](https://cdn.example.com/My Ring.jpg "On the hand")',
      ': its path holds a space, and it is on another website: the page shows only pictures that are part of the journal; save the photo under public/images/articles/, commit it with the article, and write `![A ring](/images/articles/my-ring.jpg "On the hand")`',
    ],
    [
      "on the computer, with two spaces in its name, gets one hyphen for them",
      "![A ring](C:\\Users\\isla\\gold  ring.jpg)",
      ": its path holds a space, and it is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ as `gold-ring.jpg` and write `![A ring](/images/articles/gold-ring.jpg)`",
    ],
  ])("%s", async (_, picture, advice) => {
    expect(await journal.articleErrors(`${picture}\n`)).toEqual([toldPicture(picture, advice)]);
  });
});

describe("a caption in single quotes holding a single quote", () => {
  it("is told to put the caption between double quotes", async () => {
    const picture = "![Isla's ring](/images/ring.jpg 'Isla's ring')";
    expect(await journal.articleErrors(`${picture}\n`)).toEqual([
      toldPicture(picture, ", because its caption holds the quotes that also mark where the caption ends; put the caption between double quotes: write `![Isla's ring](/images/ring.jpg \"Isla's ring\")`"),
    ]);
  });
});

describe("an address Markdown cannot read, though it holds no space", () => {
  it.each([
    ["a link opened with `<` and never closed", "[our guide](</articles/gold-karats)", "the link `[our guide](</articles/gold-karats)` is shown as the text you typed, not as a link: Markdown cannot read the address `</articles/gold-karats`; write a plain address between the round brackets, like `[our guide](/articles/silver-care)`"],
    ["the same with spaces around it", "[our guide]( </articles/gold-karats )", "the link `[our guide]( </articles/gold-karats )` is shown as the text you typed, not as a link: Markdown cannot read the address ` </articles/gold-karats `; write a plain address between the round brackets, like `[our guide](/articles/silver-care)`"],
    ["a picture opened with `<` and never closed", "![A ring](</images/ring.jpg)", "the picture `![A ring](</images/ring.jpg)` is shown as the text you typed, not as a picture: Markdown cannot read the address `</images/ring.jpg`; write a plain address between the round brackets, like `![A ring](/images/articles/ring.jpg)`"],
  ])("%s", async (_, link, message) => {
    expect(await journal.articleErrors(`${link}\n`)).toEqual([`content/articles/care.md:9: ${message}`]);
  });
});

describe("a caption between the quotes a Mac or Word types", () => {
  it.each([
    ["curly double quotes", "![A ring](/images/ring.jpg “Our new ring”)", "`“…”`", '![A ring](/images/ring.jpg "Our new ring")'],
    ["curly single quotes", "![A ring](/images/ring.jpg ‘Our new ring’)", "`‘…’`", '![A ring](/images/ring.jpg "Our new ring")'],
    ["guillemets", "![A ring](/images/ring.jpg «Our new ring»)", "`«…»`", '![A ring](/images/ring.jpg "Our new ring")'],
    ["a straight quote closed by a curly one", '![A ring](/images/ring.jpg "Our new ring”)', '`"…”`', '![A ring](/images/ring.jpg "Our new ring")'],
    ["curly quotes around a straight one", '![The Nile ring](/images/ring.jpg “The "Nile" ring”)', "`“…”`", "![The Nile ring](/images/ring.jpg 'The \"Nile\" ring')"],
    ["curly double quotes with a space before the bracket", "![A ring](/images/ring.jpg “Our new ring” )", "`“…”`", '![A ring](/images/ring.jpg "Our new ring")'],
  ])("is told to write straight quotes: %s", async (_, picture, marks, fix) => {
    expect(await journal.articleErrors(`${picture}\n`)).toEqual([toldPicture(picture, `, because its caption is between ${marks}, and Markdown reads a caption only between straight quotes; write \`${fix}\``)]);
  });

  it("around a line break pasted from Word (U+2028), is told to write straight quotes, the break shown", async () => {
    expect(await journal.articleErrors("![A ring](/images/ring.jpg “Our\u2028new ring”)\n")).toEqual([
      toldPicture("![A ring](/images/ring.jpg “Our\\u{2028}new ring”)", ', because its caption is between `“…”`, and Markdown reads a caption only between straight quotes; write `![A ring](/images/ring.jpg "Our\\u{2028}new ring")`'),
    ]);
  });

  it("on a link is told the same", async () => {
    const link = "[our guide](/articles/gold-karats “Gold explained”)";
    expect(await journal.articleErrors(`See ${link}.\n`)).toEqual([
      "content/articles/care.md:9: the link `[our guide](/articles/gold-karats “Gold explained”)` is shown as the text you typed, not as a link, because its caption is between `“…”`, and Markdown reads a caption only between straight quotes; write `[our guide](/articles/gold-karats \"Gold explained\")`",
    ]);
  });

  it("with a path holding a space, is told to rename the file, the caption in straight quotes", async () => {
    const picture = "![A ring](/images/my ring.jpg “On the hand”)";
    expect(await journal.articleErrors(`${picture}\n`)).toEqual([
      toldPicture(picture, ', because its path holds a space; rename the file without spaces (`public/images/my-ring.jpg`) and write `![A ring](/images/my-ring.jpg "On the hand")`, or keep its name and write each space as %20: `![A ring](/images/my%20ring.jpg "On the hand")`'),
    ]);
  });

  it("passes once the line the message gives is written", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors('![A ring](/images/ring.jpg "Our new ring")\n')).toEqual([]);
  });
});

describe("a link to a section written as its heading's words (`#Storing Gold`)", () => {
  const sectioned = journalPerTest({
    "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }, "## Storing gold\n\nApart.\n\n## Daily care\n\nSoap.\n"),
    "content/articles/plain.md": article({ title: '"Plain"', tags: '["gold"]' }),
  });
  const why = (written: string) => `content/articles/care.md:9: the link \`${written}\` is shown as the text you typed, not as a link, because its address holds a space; `;

  it.each([
    ["in capitals", "[storage](/articles/gold-karats#Storing Gold)", "[storage](/articles/gold-karats#storing-gold)"],
    ["with punctuation the heading lacks", "[storage](/articles/gold-karats#storing, gold!)", "[storage](/articles/gold-karats#storing-gold)"],
    ["with a space in the article's name too", "[storage](/articles/gold karats#Storing Gold)", "[storage](/articles/gold-karats#storing-gold)"],
  ])("is told the heading's id when the words are a heading's: %s", async (_, link, fix) => {
    expect(await sectioned.articleErrors(`See ${link}.\n`)).toEqual([`${why(link)}a section's address is not its heading's words but the heading's id, \`#storing-gold\`: write \`${fix}\``]);
    expect(await sectioned.articleErrors(`See ${fix}.\n`)).toEqual([]);
  });

  it("is told the heading's id on its own page", async () => {
    expect(await sectioned.articleErrors("See [notes](#Our Notes).\n\n## Our notes\n\nKept.\n")).toEqual([
      `${why("[notes](#Our Notes)")}a section's address is not its heading's words but the heading's id, \`#our-notes\`: write \`[notes](#our-notes)\``,
    ]);
    expect(await sectioned.articleErrors("See [notes](#our-notes).\n\n## Our notes\n\nKept.\n")).toEqual([]);
  });

  it("is told the heading's id on its own page with a space before the `#`", async () => {
    expect(await sectioned.articleErrors("See [notes]( #Our Notes).\n\n## Our notes\n\nKept.\n")).toEqual([
      `${why("[notes]( #Our Notes)")}a section's address is not its heading's words but the heading's id, \`#our-notes\`: write \`[notes](#our-notes)\``,
    ]);
  });

  // Found sorting spaced-sections.ts's mutants: the words were compared in lower case and word by word, so these were told the list of sections.
  it.each([
    ["`ß` as `ss`", "[alloys](#Weiss Gold)", "## Weiß gold", "#weiß-gold", "[alloys](#weiß-gold)"],
    ["one word as two", "[pairs](#Ear Rings)", "## Earrings", "#earrings", "[pairs](#earrings)"],
  ])("is told the heading's id when the words are a heading's spelt another way: %s", async (_, link, heading, id, fix) => {
    expect(await sectioned.articleErrors(`See ${link}.\n\n${heading}\n\nKept.\n`)).toEqual([`${why(link)}a section's address is not its heading's words but the heading's id, \`${id}\`: write \`${fix}\``]);
    expect(await sectioned.articleErrors(`See ${fix}.\n\n${heading}\n\nKept.\n`)).toEqual([]);
  });

  it("is told the sections there are when the words are no heading's", async () => {
    expect(await sectioned.articleErrors("See [polish](/articles/gold-karats#Polishing it).\n")).toEqual([
      `${why("[polish](/articles/gold-karats#Polishing it)")}a section's address is its heading's id, never its words, and no heading of the article \`gold-karats\` reads \`Polishing it\`; its sections are \`#storing-gold\` (Storing gold), \`#daily-care\` (Daily care): write the one you mean after \`#\`, like \`[polish](/articles/gold-karats#storing-gold)\`, or link to the article itself: write \`[polish](/articles/gold-karats)\``,
    ]);
  });

  it("is told to link to the article itself when it has no sections", async () => {
    expect(await sectioned.articleErrors("See [it](/articles/plain#Storing Gold).\n")).toEqual([
      `${why("[it](/articles/plain#Storing Gold)")}a section's address is never its words, and the article \`plain\` has no sections; link to the article itself: write \`[it](/articles/plain)\``,
    ]);
  });

  it("to the about page, which has no sections, is told to link to the page itself", async () => {
    expect(await sectioned.articleErrors("See [the studio](/about#Our Studio).\n")).toEqual([
      `${why("[the studio](/about#Our Studio)")}a section's address is never its words, and the page \`/about\` has no sections; link to the page itself: write \`[the studio](/about)\``,
    ]);
  });

  it("on its own page without sections is told to remove the link or add a heading", async () => {
    expect(await sectioned.articleErrors("See [notes](#Our Notes).\n")).toEqual([
      `${why("[notes](#Our Notes)")}a section's address is never its words, and this article has no sections; remove the link, or add a heading (a line starting \`## \`) where it should lead`,
    ]);
  });

  it("in a bio is told the bio's own ids, which its page leads to its sections", async () => {
    const bio = (link: string) => `${ISLA}\n## My workshop\n\nTools.\n\nSee ${link}.\n`;
    await sectioned.folder().write("content/authors/isla.md", bio("[workshop](#My Workshop)"));
    expect((await checkFolder(sectioned.folder())).map(formatIssue)).toEqual([
      "content/authors/isla.md:11: the link `[workshop](#My Workshop)` is shown as the text you typed, not as a link, because its address holds a space; a section's address is not its heading's words but the heading's id, `#my-workshop`: write `[workshop](#my-workshop)`",
    ]);
    await sectioned.folder().write("content/authors/isla.md", bio("[tools](#Tool Care)"));
    expect((await checkFolder(sectioned.folder())).map(formatIssue)).toEqual([
      "content/authors/isla.md:11: the link `[tools](#Tool Care)` is shown as the text you typed, not as a link, because its address holds a space; a section's address is its heading's id, never its words, and no heading of this bio reads `Tool Care`; its sections are `#my-workshop` (My workshop): write the one you mean after `#`, like `[tools](#my-workshop)`, or remove the link, or add a heading (a line starting `## `) where it should lead",
    ]);
    await sectioned.folder().write("content/authors/isla.md", bio("[workshop](#my-workshop)"));
    expect(await checkFolder(sectioned.folder())).toEqual([]);
  });

  it("to another website is told to write each space as %20", async () => {
    expect(await sectioned.articleErrors("See [rings](https://example.com/rings#Gold Rings).\n")).toEqual([
      `${why("[rings](https://example.com/rings#Gold Rings)")}write each space as %20: \`[rings](https://example.com/rings#Gold%20Rings)\``,
    ]);
    expect(await sectioned.articleErrors("See [rings](https://example.com/gold rings#Gold Rings).\n")).toEqual([
      `${why("[rings](https://example.com/gold rings#Gold Rings)")}write each space as %20: \`[rings](https://example.com/gold%20rings#Gold%20Rings)\``,
    ]);
  });

  it("written as its id after an article's name with a space, is told the article's address, the id kept, which passes the next run", async () => {
    expect(await sectioned.articleErrors("See [care](/articles/gold karats#daily-care).\n")).toEqual([
      `${why("[care](/articles/gold karats#daily-care)")}the addresses of this journal's pages have hyphens where their names have spaces: write \`[care](/articles/gold-karats#daily-care)\``,
    ]);
    expect(await sectioned.articleErrors("See [care](/articles/gold-karats#daily-care).\n")).toEqual([]);
  });

  // Seen sorting misread-links.ts's mutants: told only to write each space as %20, the misspelt name was told a run later.
  it("after a misspelt article's name, is told the nearest article and the heading's id in one run, which passes the next run", async () => {
    expect(await sectioned.articleErrors("See [care](/articles/gold-karat#Storing Gold).\n")).toEqual([
      `${why("[care](/articles/gold-karat#Storing Gold)")}there is no article \`gold-karat\`, the nearest is \`/articles/gold-karats\`, and a section's address is not its heading's words but the heading's id, \`#storing-gold\`: write \`[care](/articles/gold-karats#storing-gold)\``,
    ]);
    expect(await sectioned.articleErrors("See [care](/articles/gold-karats#storing-gold).\n")).toEqual([]);
  });

  it("after a misspelt section and article's name, is told the whole address in one run, which passes the next run", async () => {
    expect(await sectioned.articleErrors("See [care](/Articles/gold-karat#Storing Gold).\n")).toEqual([
      `${why("[care](/Articles/gold-karat#Storing Gold)")}there is no article \`gold-karat\`, the nearest is \`/articles/gold-karats\`, and a section's address is not its heading's words but the heading's id, \`#storing-gold\`: write \`[care](/articles/gold-karats#storing-gold)\``,
    ]);
    expect(await sectioned.articleErrors("See [care](/Article/gold-karats#Storing Gold).\n")).toEqual([
      `${why("[care](/Article/gold-karats#Storing Gold)")}a section's address is not its heading's words but the heading's id, \`#storing-gold\`: write \`[care](/articles/gold-karats#storing-gold)\``,
    ]);
    expect(await sectioned.articleErrors("See [care](/articles/gold-karats#storing-gold).\n")).toEqual([]);
  });

  it("after a misspelt author's name, is told the nearest author's page, which has no sections", async () => {
    expect(await sectioned.articleErrors("See [Isla](/authors/isl#Her Work).\n")).toEqual([
      `${why("[Isla](/authors/isl#Her Work)")}there is no author \`isl\`, the nearest is \`/authors/isla\`, and a section's address is never its words, and the page \`/authors/isla\` has no sections; link to the page itself: write \`[Isla](/authors/isla)\``,
    ]);
    expect(await sectioned.articleErrors("See [Isla](/authors/isla).\n")).toEqual([]);
  });

  it("to an article no file has, is told its address with each space of the words as %20", async () => {
    expect(await sectioned.articleErrors("See [cafés](/articles/Café Rings#Our Cafés).\n")).toEqual([
      `${why("[cafés](/articles/Café Rings#Our Cafés)")}the addresses of this journal's pages have hyphens where their names have spaces: write \`[cafés](/articles/cafe-rings#Our%20Cafés)\``,
    ]);
  });

  it("to a list's page is told to link to the page", async () => {
    expect(await sectioned.articleErrors("See [gold](/tags/gold#Storing Gold).\n")).toEqual([
      `${why("[gold](/tags/gold#Storing Gold)")}a section's address is never its words, and the page \`/tags/gold\` has no section headed \`Storing Gold\`; link to the page itself: write \`[gold](/tags/gold)\``,
    ]);
  });
});

// Seen with the `\\` before a tab (2026-12-07): an address line the page shows as text got no message.
describe("an address line whose address holds a space or a tab", () => {
  const sectioned = journalPerTest({ "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }, "## Storing gold\n\nApart.\n") });
  const toldLine = (written: string, blank: string, advice: string) =>
    `content/articles/care.md:11: the address line \`${written}\` is shown as the text you typed, and its links \`[the ring]\` as typed too, because its address holds ${blank}; ${advice}`;

  it("is shown as text, its links too", async () => {
    expect(await renderArticleHtml("See [the ring].\n\n[the ring]: /articles/gold karats\n", { publicDir: sectioned.folder().publicDir })).toBe("<p>See [the ring].</p>\n<p>[the ring]: /articles/gold karats</p>");
  });

  it.each([
    ["a space in a page's name", "[the ring]: /articles/gold karats", "a space", "the addresses of this journal's pages have hyphens where their names have spaces: write `[the ring]: /articles/gold-karats`", "[the ring]: /articles/gold-karats"],
    ["a `\\` before a tab", "[the ring]: /articles/gold\\\tkarats", "a tab (`\\t`)", "the addresses of this journal's pages have hyphens where their names have spaces: write `[the ring]: /articles/gold-karats`", "[the ring]: /articles/gold-karats"],
    ["a section's words", "[the ring]: /articles/gold-karats#Storing Gold", "a space", "a section's address is not its heading's words but the heading's id, `#storing-gold`: write `[the ring]: /articles/gold-karats#storing-gold`", "[the ring]: /articles/gold-karats#storing-gold"],
    ["another website's address", "[the ring]: https://shop.example/gold rings", "a space", "write each space as %20: `[the ring]: https://shop.example/gold%20rings`", "[the ring]: https://shop.example/gold%20rings"],
  ])("is told the line to write for %s, which passes the next run", async (_, line, blank, advice, fixed) => {
    const written = line.replace("\t", "\\t");
    expect(await sectioned.articleErrors(`See [the ring].\n\n${line}\n`)).toEqual([toldLine(written, blank, advice)]);
    expect(await sectioned.articleErrors(`See [the ring].\n\n${fixed}\n`)).toEqual([]);
  });

  it("is not told for one with its caption, or for words in brackets before a colon", async () => {
    expect(await sectioned.articleErrors('See [the ring].\n\n[the ring]: /articles/gold-karats "Gold karats"\n')).toEqual([]);
    expect(await sectioned.articleErrors("[Update]: we now ship to Canada.\n")).toEqual([]);
  });

  it("right under a line of text, is told to leave a blank line above it, which passes the next run", async () => {
    const under = "it is right under a line of text, which an address line cannot follow: leave a blank line above it";
    expect(await renderArticleHtml("See [the ring].\n[the ring]: /articles/gold-karats\n", { publicDir: sectioned.folder().publicDir })).toBe("<p>See [the ring].\n[the ring]: /articles/gold-karats</p>");
    expect(await sectioned.articleErrors('See [the ring].\n[the ring]: /articles/gold-karats "Gold karats"\n[the shop]: https://shop.example/\n')).toEqual([
      `content/articles/care.md:10: the address line \`[the ring]: /articles/gold-karats "Gold karats"\` is shown as the text you typed, and its links \`[the ring]\` as typed too, because ${under}`,
    ]);
    expect(await sectioned.articleErrors("See [the ring].\n[the ring]: /articles/gold karats\n")).toEqual([
      `content/articles/care.md:10: the address line \`[the ring]: /articles/gold karats\` is shown as the text you typed, and its links \`[the ring]\` as typed too, because its address holds a space, and ${under}; the addresses of this journal's pages have hyphens where their names have spaces: write \`[the ring]: /articles/gold-karats\``,
    ]);
    expect(await sectioned.articleErrors('See [the ring].\n\n[the ring]: /articles/gold-karats "Gold karats"\n[the shop]: https://shop.example/\n')).toEqual([]);
  });
});
