import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * A link's address line broken over two lines at a `\` (lib/checks/broken-address-lines.ts): the
 * page joins no line to an address, so its links lead to the address with the `\` and the rest is
 * a paragraph of its own. The article with the mistake is content/articles/care.md, its text from
 * line 9; the journal also has `gold-karats`.
 */

const journal = journalPerTest({ "content/articles/gold-karats.md": article({ title: '"Gold Karats"', tags: '["gold"]' }) });

// Seen sorting misread-links.ts's mutants: only the links were told, as leading to `/articles/gold%5C`, with no line to write.
describe("an address line broken at a `\\`", () => {
  it("shows its links leading to the address with the `\\`, and the rest as a paragraph", async () => {
    const html = await renderArticleHtml("See [the ring].\n\n[the ring]: /articles/gold\\\nkarats\n", { publicDir: journal.folder().publicDir });
    expect(html).toBe('<p>See <a href="/articles/gold%5C">the ring</a>.</p>\n<p>karats</p>');
  });

  it.each([
    [
      "a journal's page is told once, on the address line, with the nearest page, and the line given passes the next run",
      "See [the ring].\n\n[the ring]: /articles/gold\\\nkarats\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats`, on line 12, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[the ring]: /articles/gold-karats`",
      "See [the ring].\n\n[the ring]: /articles/gold-karats\n",
    ],
    [
      "another website's address is joined as typed",
      "Visit [the shop].\n\n[the shop]: https://shop.example/rings/gold\\\nkarats\n",
      "content/articles/care.md:11: the address line `[the shop]: https://shop.example/rings/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `https://shop.example/rings/gold\\`, and the page shows `karats`, on line 12, as a paragraph of its own; write the address on one line: `[the shop]: https://shop.example/rings/goldkarats`",
      "Visit [the shop].\n\n[the shop]: https://shop.example/rings/goldkarats\n",
    ],
    [
      "with a blank line under it, is told the address without the `\\`",
      "See [the ring].\n\n[the ring]: /articles/gold-karats\\\n\nMore words.\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold-karats\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold-karats\\`; write `[the ring]: /articles/gold-karats`",
      "See [the ring].\n\n[the ring]: /articles/gold-karats\n\nMore words.\n",
    ],
    [
      "in a quote, is told the line to write with its `>`",
      "> See [the ring].\n>\n> [the ring]: /articles/gold\\\n> karats\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats`, on line 12, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `> [the ring]: /articles/gold-karats`",
      "> See [the ring].\n>\n> [the ring]: /articles/gold-karats\n",
    ],
    // Seen sorting nearest-page.ts's mutants: no nearest page was given for an address with a `/` at its end.
    [
      "with a `/` at the end of the address, is told the nearest page",
      "See [the ring].\n\n[the ring]: /articles/gold\\\nkarats/\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats/`, on line 12, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[the ring]: /articles/gold-karats`",
      "See [the ring].\n\n[the ring]: /articles/gold-karats/\n",
    ],
    // Sorting this file's mutants: a space typed after the word was not read as the address's end (`.trim()`).
    [
      "with a space after the word under it, is told the word as the address's end",
      "See [the ring].\n\n[the ring]: /articles/gold\\\nkarats \nOur rings are hallmarked.\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats`, on line 12, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[the ring]: /articles/gold-karats`",
      "See [the ring].\n\n[the ring]: /articles/gold-karats\nOur rings are hallmarked.\n",
    ],
  ])("%s", async (_, text, message, fixed) => {
    expect(await journal.articleErrors(text)).toEqual([message]);
    expect(await journal.articleErrors(fixed)).toEqual([]);
  });

  it.each([
    [
      "naming no page near any, is joined as typed, with no nearest page",
      "See [the ring].\n\n[the ring]: /articles/silver\\\ncare\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/silver\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/silver\\`, and the page shows `care`, on line 12, as a paragraph of its own; write the address on one line: `[the ring]: /articles/silvercare`",
    ],
    [
      "going past a page's name, is joined as typed, with no nearest page",
      "See [the ring].\n\n[the ring]: /articles/gold\\\nkarats/care\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats/care`, on line 12, as a paragraph of its own; write the address on one line: `[the ring]: /articles/goldkarats/care`",
    ],
    [
      "with a section after the page's name, is told the nearest page and the section as written",
      "See [the ring].\n\n[the ring]: /articles/gold\\\nkarats#care\n",
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats#care`, on line 12, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[the ring]: /articles/gold-karats#care`",
    ],
  ])("%s", async (_, text, message) => {
    expect(await journal.articleErrors(text)).toEqual([message]);
  });

  // Seen sorting address-lines.ts's mutants: none of these was in a test, and a word under the line could be taken for the address's end.
  it.each([
    ["at the end of the text", "See [the ring].\n\n[the ring]: /articles/gold-karats\\\n", ""],
    ["with a word under it after a blank line", "See [the ring].\n\n[the ring]: /articles/gold-karats\\\n\nRings.\n", ""],
    ["with a heading right under it", "See [the ring].\n\n[the ring]: /articles/gold-karats\\\n## Care\n", ""],
    ["at the end of a list", "- See [the ring].\n\n  [the ring]: /articles/gold-karats\\\n", "  "],
    ["at the end of a list's item, the next item under it", "- See [the ring].\n\n  [the ring]: /articles/gold-karats\\\n- Rings\n", "  "],
  ])("%s, is told the address alone, what is under it left as it is", async (_, text, before) => {
    expect(await journal.articleErrors(text)).toEqual([
      `content/articles/care.md:11: the address line \`[the ring]: /articles/gold-karats\\\` ends with a \`\\\`, which joins no line to an address in Markdown: its links lead to \`/articles/gold-karats\\\`; write \`${before}[the ring]: /articles/gold-karats\``,
    ]);
  });

  it("with its address on the line under `]:`, is told with both lines", async () => {
    expect(await journal.articleErrors("See [the ring].\n\n[the ring]:\n/articles/gold\\\nkarats\n")).toEqual([
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` (its address on the line under `]:`) ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats`, on line 13, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[the ring]: /articles/gold-karats`",
    ]);
  });

  // Seen trying the journal as a jeweler: in a quote, links.ts told "no article `gold\\`" instead.
  it("in a quote, with its address on the line under `]:`, is told with both lines, and the line given passes the next run", async () => {
    expect(await journal.articleErrors("> See [the ring].\n>\n> [the ring]:\n> /articles/gold\\\n> karats\n")).toEqual([
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold\\` (its address on the line under `]:`) ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold\\`, and the page shows `karats`, on line 13, as a paragraph of its own; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `> [the ring]: /articles/gold-karats`",
    ]);
    expect(await journal.articleErrors("> See [the ring].\n>\n> [the ring]: /articles/gold-karats\n")).toEqual([]);
    expect(await journal.articleErrors("> See [the ring][ring].\n>\n> [ring]:\n> </articles/gold\\\n> karats>\n")).toEqual([
      "content/articles/care.md:11: the address line `[ring]: </articles/gold\\` (its address on the line under `]:`) ends with a `\\`, which joins no line to an address in Markdown: the page shows it as the text you typed, and its links `[ring]` as typed too; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `> [ring]: </articles/gold-karats>`",
    ]);
  });

  it("with a sentence under it, is told the address alone, the sentence left as it is", async () => {
    expect(await journal.articleErrors("See [the ring].\n\n[the ring]: /articles/gold-karats\\\nOur rings are hallmarked.\n")).toEqual([
      "content/articles/care.md:11: the address line `[the ring]: /articles/gold-karats\\` ends with a `\\`, which joins no line to an address in Markdown: its links lead to `/articles/gold-karats\\`; write `[the ring]: /articles/gold-karats`",
    ]);
  });

  // Seen sorting address-ends.ts's mutants: no message for the line, and its links were told that no line gives their address.
  it("between `<` and `>`, shown as text with its links, is told once, on the address line, and the line given passes the next run", async () => {
    const text = "See [the ring][ring].\n\n[ring]: </articles/gold\\\nkarats>\n";
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toBe("<p>See [the ring][ring].</p>\n<p>[ring]: &#x3C;/articles/gold<br>\nkarats></p>");
    expect(await journal.articleErrors(text)).toEqual([
      "content/articles/care.md:11: the address line `[ring]: </articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: the page shows it as the text you typed, and its links `[ring]` as typed too; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `[ring]: </articles/gold-karats>`",
    ]);
    expect(await journal.articleErrors("> See [the ring][ring].\n>\n> [ring]: </articles/gold\\\n> karats>\n")).toEqual([
      "content/articles/care.md:11: the address line `[ring]: </articles/gold\\` ends with a `\\`, which joins no line to an address in Markdown: the page shows it as the text you typed, and its links `[ring]` as typed too; there is no article `goldkarats`, the nearest is `/articles/gold-karats`; write the address on one line: `> [ring]: </articles/gold-karats>`",
    ]);
    expect(await journal.articleErrors("See [the ring][ring].\n\n[ring]: </articles/gold-karats>\n")).toEqual([]);
    expect(await journal.articleErrors("> See [the ring][ring].\n>\n> [ring]: </articles/gold-karats>\n")).toEqual([]);
  });

  it("between `<` and `>` inside a sentence, is no address line: its links are told that no line gives their address", async () => {
    expect(await journal.articleErrors("See [the ring][ring].\nOr [ring]: </articles/gold\\\nkarats>\n")).toEqual([
      "content/articles/care.md:9: the link `[the ring][ring]` is shown as the text you typed: no line in the text gives the address of `[ring]`; add one on a line of its own at the end of the text, like `[ring]: https://…`, or write the address in the link itself, like `[the ring](/articles/silver-care)`",
    ]);
  });

  it("is not told in code, or with its `\\` inside the address", async () => {
    expect(await journal.articleErrors("Type this:\n\n```\n[the ring]: /articles/gold\\\nkarats\n```\n")).toEqual([]);
    expect(await journal.articleErrors("See [the ring].\n\n[the ring]: /articles/gold-karats \"Gold\\\\ karats\"\n")).toEqual([]);
  });
});
