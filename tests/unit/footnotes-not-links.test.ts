import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * A footnote of one word (`[^1]: Hallmarked.`) looks like a link's address line to a reader that
 * knows no footnotes; the page shows a footnote, so the checks must too. Bodies start on line 9.
 */

const journal = journalPerTest();

/** The footnote mark's number and the note's words as the page shows them, the way back (↩) left out. */
async function pageFootnote(body: string): Promise<{ mark: string | undefined; note: string | undefined }> {
  const html = await renderArticleHtml(body, { publicDir: path.resolve("public") });
  const mark = /<sup><a href="#user-content-fn-1"[^>]*>([^<]*)<\/a><\/sup>/.exec(html)?.[1];
  const item = /<li id="user-content-fn-1">([\s\S]*?)<\/li>/.exec(html)?.[1];
  const note = item
    ?.replace(/<a [^>]*data-footnote-backref[^>]*>↩<\/a>/, "")
    .replace(/<[^>]+>/g, "")
    .trim();
  return { mark, note };
}

describe("a footnote whose note is one word", () => {
  it.each(["Hallmarked.", "/rings", "https://example.com", "Sterling", '/rings "the rings"'])("passes with the note %s, which the page shows as a footnote", async (note) => {
    const body = `A claim[^1].\n\n[^1]: ${note}\n`;
    expect(await journal.articleErrors(body)).toEqual([]);
    expect(await pageFootnote(body)).toEqual({ mark: "1", note });
  });

  it("passes with its note right under the sentence, and with brackets or parentheses right after the mark", async () => {
    expect(await journal.articleErrors("A claim[^1](/articles/none).\n[^1]: Hallmarked.\n")).toEqual([]);
    expect(await journal.articleErrors("A claim[^1](/articles/none) and a second[^note][shop].\n\n[^1]: Hallmarked.\n\n[^note]: /rings\n")).toEqual([]);
    expect(await pageFootnote("A claim[^1].\n[^1]: Hallmarked.\n")).toEqual({ mark: "1", note: "Hallmarked." });
  });

  it("passes with its note indented by one to three spaces, still a footnote on the page", async () => {
    for (const spaces of [" ", "   "]) {
      const body = `A claim[^1].\n\n${spaces}[^1]: Hallmarked.\n`;
      expect(await journal.articleErrors(body)).toEqual([]);
      expect(await pageFootnote(body)).toEqual({ mark: "1", note: "Hallmarked." });
    }
  });

  it("reads a label of up to 999 characters as a footnote, as GitHub does; with one more, the mark and its parentheses are a link", async () => {
    const longest = "x".repeat(999);
    expect(await journal.articleErrors(`A claim[^${longest}](/articles/none).\n\n[^${longest}]: Hallmarked.\n`)).toEqual([]);
    const tooLong = "x".repeat(1000);
    expect(await journal.articleErrors(`A claim[^${tooLong}](/articles/none).\n\n[^${tooLong}]: Hallmarked.\n`)).toContain(
      "content/articles/care.md:9: the link to `/articles/none`: there is no article `none`; the address is the file name in content/articles/ without .md.",
    );
  });
});

describe("links around footnotes", () => {
  it("still tells a reference link that leads nowhere, and one whose address line is missing", async () => {
    expect(await journal.articleErrors("A claim[^1], see [the shop][shop] and [the guide][guide].\n\n[^1]: Hallmarked.\n\n[shop]: /articles/silver-polishing-guide\n")).toEqual([
      "content/articles/care.md:9: the link to `/articles/silver-polishing-guide`: there is no article `silver-polishing-guide`; the address is the file name in content/articles/ without .md.",
      "content/articles/care.md:9: the link `[the guide][guide]` is shown as the text you typed: no line in the text gives the address of `[guide]`; add one on a line of its own at the end of the text, like `[guide]: https://…`, or write the address in the link itself, like `[the guide](/articles/silver-care)`",
    ]);
  });

  it("reads `[^a b]: …`, a label with a space, as an address line, as the page does", async () => {
    expect(await journal.articleErrors("See [the guide][^a b].\n\n[^a b]: /articles/silver-polishing-guide\n")).toEqual([
      "content/articles/care.md:9: the link to `/articles/silver-polishing-guide`: there is no article `silver-polishing-guide`; the address is the file name in content/articles/ without .md.",
    ]);
  });

  it("tells a link in a note right under its sentence once", async () => {
    expect(await journal.articleErrors("A claim[^1].\n[^1]: See [the guide](/articles/none).\n")).toEqual([
      "content/articles/care.md:10: the link to `/articles/none`: there is no article `none`; the address is the file name in content/articles/ without .md.",
    ]);
  });

  it("tells `[^1](/articles/…)` at a line's start, with no note `[^1]:`, as the page shows a link", async () => {
    expect(await journal.articleErrors("Sterling is 92.5% silver\n[^1](/articles/hallmarks).\n")).toEqual([
      "content/articles/care.md:10: the link to `/articles/hallmarks`: there is no article `hallmarks`; the address is the file name in content/articles/ without .md.",
    ]);
  });

  it("tells a link whose words end with a mark, which the page shows as a link, or as typed when its address holds a space", async () => {
    expect(await journal.articleErrors("See [the guide[^1]](/articles/none).\n\n[^1]: Hallmarked.\n")).toEqual([
      "content/articles/care.md:9: the link to `/articles/none`: there is no article `none`; the address is the file name in content/articles/ without .md.",
    ]);
    expect(await journal.articleErrors("See [the guide[^1]](/articles/silver care).\n\n[^1]: Hallmarked.\n")).toEqual([
      "content/articles/care.md:9: the link `[the guide[^1]](/articles/silver care)` is shown as the text you typed, not as a link, because its address holds a space; the addresses of this journal's pages have hyphens where their names have spaces: write `[the guide[^1]](/articles/silver-care)`",
    ]);
  });

  it("keeps the mark in a link's words in the line to write", async () => {
    expect(await journal.articleErrors("Follow [Isla[^1]](@islamarrow).\n\n[^1]: On Instagram since 2019.\n")).toEqual([
      "content/articles/care.md:9: the link to `@islamarrow` is read as a page of this journal, because `@islamarrow` is a name on Instagram or another network, not a web address; as Instagram's, write `[Isla[^1]](https://www.instagram.com/islamarrow)`, or its page's address on the network it is on",
    ]);
  });

  it("tells a link on the line after a mark that ends a line on its own line", async () => {
    expect(await journal.articleErrors("Hallmarked in 1300.[^1]\n[the guide](/articles/silver care).\n\n[^1]: Hallmarked.\n")).toEqual([
      "content/articles/care.md:10: the link `[the guide](/articles/silver care)` is shown as the text you typed, not as a link, because its address holds a space; the addresses of this journal's pages have hyphens where their names have spaces: write `[the guide](/articles/silver-care)`",
    ]);
  });

  it("tells a heading that starts a note, shown in it, and a table, shown in it as text", async () => {
    expect(await journal.articleErrors("A claim[^1].\n\n[^1]: # Sources\n")).toEqual([
      "content/articles/care.md:11: the heading `Sources` is written as a title (`#`), but the title is already the page's heading; start sections at ##: write `## Sources`",
    ]);
    expect(await journal.articleErrors("A claim[^1].\n\n[^1]: | a | b |\n|---|---|\n| 1 | 2 |\n")).toEqual([
      "content/articles/care.md:11: these lines look like a table, but the page shows them as text with every `|` as typed: its line of dashes (line 12) has 2 cells and its first row 2; write one `---` for each cell of the first row: `| --- | --- |`",
    ]);
  });

  it("tells a link inside a note on the note's line, its first line or one indented under it", async () => {
    expect(await journal.articleErrors("A claim[^1].\n\n[^1]: See [the guide](/articles/silver-polishing-guide).\n\n    And [the shop](/articles/silver-shop).\n")).toEqual([
      "content/articles/care.md:11: the link to `/articles/silver-polishing-guide`: there is no article `silver-polishing-guide`; the address is the file name in content/articles/ without .md.",
      "content/articles/care.md:13: the link to `/articles/silver-shop`: there is no article `silver-shop`; the address is the file name in content/articles/ without .md.",
    ]);
  });
});
