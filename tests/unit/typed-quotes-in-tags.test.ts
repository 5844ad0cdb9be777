import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The jeweler's trial of 2026-12-07: a tag's value between the quotes Word or a Mac types,
 * `<abbr title=“Sterling silver”>`, was shown as typed with no message, and
 * `<a href=“/articles/gold-karats-explained”>` was told "there is no article `“`" and a line to
 * write that kept the curly quotes. Each gets one error on its line (the text of care.md starts on
 * line 9) with the line to write between straight quotes, which passes the next run.
 */

const journal = journalPerTest({ "content/articles/gold-karats-explained.md": article({ title: '"Gold Karats Explained"' }) });

const FILE = "content/articles/care.md";
const WHY = "the quotes Word or a Mac types, and HTML reads a value only between straight quotes; put it between straight quotes";

/** `text` gives `[message]` alone; the line it says to write gives none, and the page `shown`. */
async function toldThenShown(text: string, message: string, shown: string): Promise<void> {
  expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
  const written = /write `(.*)`$/.exec(message)?.[1] ?? "";
  expect(await journal.articleErrors(`${written}\n`)).toEqual([]);
  expect(await renderArticleHtml(written, { publicDir: journal.folder().publicDir })).toContain(shown);
}

describe("a tag's value between the quotes Word or a Mac types", () => {
  it.each([
    [
      "Every piece is stamped <abbr title=“Sterling silver”>925</abbr> inside the band.",
      `${FILE}:9: the page shows \`<abbr title=“Sterling silver”>\` as typed, not as HTML, because the value of its \`title\` is between \`“…”\`, ${WHY}: write \`Every piece is stamped <abbr title="Sterling silver">925</abbr> inside the band.\``,
      '<abbr title="Sterling silver">925</abbr>',
    ],
    [
      "Read <a href=“/articles/gold-karats-explained”>our guide</a> first.",
      `${FILE}:9: the page shows \`<a href=“/articles/gold-karats-explained”>\` as typed, not as a link, because the value of its \`href\` is between \`“…”\`, ${WHY}: write \`Read <a href="/articles/gold-karats-explained">our guide</a> first.\``,
      '<a href="/articles/gold-karats-explained">our guide</a>',
    ],
    [
      "Read <a href=‘/articles/gold-karats-explained’>our guide</a> first.",
      `${FILE}:9: the page shows \`<a href=‘/articles/gold-karats-explained’>\` as typed, not as a link, because the value of its \`href\` is between \`‘…’\`, ${WHY}: write \`Read <a href="/articles/gold-karats-explained">our guide</a> first.\``,
      '<a href="/articles/gold-karats-explained">our guide</a>',
    ],
    [
      // A `’` inside the words is Word's apostrophe, not the quote that ends them.
      "Stamped <abbr title=‘Isla’s mark’>IM</abbr>.",
      `${FILE}:9: the page shows \`<abbr title=‘Isla’s mark’>\` as typed, not as HTML, because the value of its \`title\` is between \`‘…’\`, ${WHY}: write \`Stamped <abbr title="Isla’s mark">IM</abbr>.\``,
      '<abbr title="Isla’s mark">IM</abbr>',
    ],
  ])("%j in a sentence, shown as typed: one error, with the line to write, which passes the next run", async (text, message, shown) => {
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain("&#x3C;");
    await toldThenShown(text, message, shown);
  });

  it.each([
    [
      // Markdown reads it, and the page's title is `“925”`, curly quotes and all.
      "Stamped <abbr title=“925”>925</abbr>.",
      `${FILE}:9: the page reads the \`title\` of \`<abbr title=“925”>\` as \`“925”\`: its value is between \`“…”\`, ${WHY}: write \`Stamped <abbr title="925">925</abbr>.\``,
      '<abbr title="925">925</abbr>',
    ],
    [
      "<div title=“Sterling silver”>925</div>",
      `${FILE}:9: the page reads the \`title\` of \`<div title=“Sterling silver”>\` as \`“Sterling\`: its value is between \`“…”\`, ${WHY}: write \`<div title="Sterling silver">925</div>\``,
      '<div title="Sterling silver">925</div>',
    ],
    [
      // The link is dropped, its address being no address: told once, not as a link nobody can follow too.
      "Write <a href=“mailto:isla@studio.example”>to Isla</a>.",
      `${FILE}:9: the page reads the \`href\` of \`<a href=“mailto:isla@studio.example”>\` as \`“mailto:isla@studio.example”\`: its value is between \`“…”\`, ${WHY}: write \`Write <a href="mailto:isla@studio.example">to Isla</a>.\``,
      '<a href="mailto:isla@studio.example">to Isla</a>',
    ],
  ])("%j, read as HTML with the quotes in its value: one error, with the line to write, which passes the next run", toldThenShown);

  it("is not looked for in code, nor where the quotes are the value's words", async () => {
    const text = ["Write `<abbr title=“925”>` in code.", "", 'Stamped <abbr title="“925”, as the hallmark reads">925</abbr>, or “quoted” <b>words</b>.'].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
  });
});
