import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * A value without quotes holding a space (`alt=A silver ring`): a browser ends the value at the
 * space and takes the words after it for attributes of their own, which the page drops, so the
 * picture is described as `A`. Where Markdown reads the tag (a paragraph, a block of HTML) the
 * page shows that; where it shows the tag as typed (a `/` in an address), unread-tags.ts says so,
 * with the space kept in the line to write. The text of care.md starts on line 9.
 */

const journal = journalPerTest();

const FILE = "content/articles/care.md";

describe("a value without quotes that holds a space", () => {
  it.each([
    [
      "<div>\n<img src=/images/ring.jpg alt=A silver ring>\n</div>",
      `${FILE}:10: the page reads the \`alt\` of \`<img src=/images/ring.jpg alt=A silver ring>\` as \`A\`, not \`A silver ring\`: a value without quotes ends at the first space, so \`silver\` and \`ring\` are left out; put it in double quotes: write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
      'alt="A"',
    ],
    [
      // The attributes after the words are kept.
      "<div>\n<img alt=A silver ring src=/images/ring.jpg>\n</div>",
      `${FILE}:10: the page reads the \`alt\` of \`<img alt=A silver ring src=/images/ring.jpg>\` as \`A\`, not \`A silver ring\`: a value without quotes ends at the first space, so \`silver\` and \`ring\` are left out; put it in double quotes: write \`<img alt="A silver ring" src="/images/ring.jpg">\``,
      'alt="A"',
    ],
    [
      "Made by <abbr title=Isla Marrow>IM</abbr>, who sizes rings.",
      `${FILE}:9: the page reads the \`title\` of \`<abbr title=Isla Marrow>\` as \`Isla\`, not \`Isla Marrow\`: a value without quotes ends at the first space, so \`Marrow\` is left out; put it in double quotes: write \`Made by <abbr title="Isla Marrow">IM</abbr>, who sizes rings.\``,
      'title="Isla"',
    ],
    [
      "See <a href=https://shop.example/rings for sale>the shop</a>.",
      `${FILE}:9: the page shows \`<a href=https://shop.example/rings for sale>\` as typed, not as a link, because the value of its \`href\` holds \`/\` and is not in quotes; put it in double quotes: write \`See <a href="https://shop.example/rings for sale">the shop</a>.\``,
      "&#x3C;a href=",
    ],
  ])("%j: one error, on its line, with the line to write, which passes the next run", async (text, message, shown) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain(shown);
    const written = /write `(.*)`$/.exec(message)?.[1] ?? "";
    const lines = text.split("\n");
    const line = lines.findIndex((each) => each.includes("="));
    lines[line] = written;
    expect(await journal.articleErrors(`${lines.join("\n")}\n`)).toEqual([]);
  });

  it("on the file's last line, with no line break after it, gives that whole line to write", async () => {
    expect(await journal.articleErrors("Made by <abbr title=Isla Marrow>IM</abbr>, who sizes rings.")).toEqual([
      `${FILE}:9: the page reads the \`title\` of \`<abbr title=Isla Marrow>\` as \`Isla\`, not \`Isla Marrow\`: a value without quotes ends at the first space, so \`Marrow\` is left out; put it in double quotes: write \`Made by <abbr title="Isla Marrow">IM</abbr>, who sizes rings.\``,
    ]);
  });

  it("takes a word HTML gives a meaning without a value as meant, and leaves notes, quoted values and a `<` that starts no tag alone", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = [
      "<input type=checkbox checked disabled> Polished",
      "",
      "<div>",
      '<img src=/images/ring.jpg alt="A silver ring">',
      "<!-- <img src=/images/ring.jpg alt=A silver ring> -->",
      // A `<` before a space is text.
      "Pick a band where width < size=M and L > 2 mm.",
      "</div>",
    ].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
  });

  it("reads a tag with an `=` and no value after it (`lang=>`) as the browser does: a tag inside its value in quotes is words", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = ["<div>", '<abbr title="<img src=/images/ring.jpg alt=A silver ring>" lang=>IM</abbr>', "</div>"].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
    // The page agrees: no picture, the words in the title.
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain('<abbr title="<img src=/images/ring.jpg alt=A silver ring>" lang="">IM</abbr>');
  });

  it("reads on after a note where the browser does: at its `-->`, which may share the dashes of its `<!--` (`<!-->`, `<!--->`)", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = [
      "<div>",
      "<!-- sizes --><img src=/images/ring.jpg alt=A silver ring>",
      "<!--><img src=/images/ring.jpg alt=A gold ring>",
      "<!---><img src=/images/ring.jpg alt=A rose ring>",
      "</div>",
    ].join("\n");
    const said = (line: number, metal: string, note: string) =>
      `${FILE}:${line}: the page reads the \`alt\` of \`<img src=/images/ring.jpg alt=A ${metal} ring>\` as \`A\`, not \`A ${metal} ring\`: a value without quotes ends at the first space, so \`${metal}\` and \`ring\` are left out; put it in double quotes: write \`${note}<img src="/images/ring.jpg" alt="A ${metal} ring">\``;
    expect(await journal.articleErrors(`${text}\n`)).toEqual([said(10, "silver", "<!-- sizes -->"), said(11, "gold", "<!-->"), said(12, "rose", "<!--->")]);
    // The page agrees: three pictures described as `A`.
    expect((await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).match(/alt="A"/g)).toHaveLength(3);
  });

  it("reads on after a note closed with `--!>`, where the browser ends it too", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = ["<div>", "<!-- sizes --!><img src=/images/ring.jpg alt=A silver ring>", "</div>"].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:10: the page reads the \`alt\` of \`<img src=/images/ring.jpg alt=A silver ring>\` as \`A\`, not \`A silver ring\`: a value without quotes ends at the first space, so \`silver\` and \`ring\` are left out; put it in double quotes: write \`<!-- sizes --!><img src="/images/ring.jpg" alt="A silver ring">\``,
    ]);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain('alt="A"');
  });

  it("leaves a tag inside a note left open alone: the page hides it, and the note is told", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = ["<div>", "<!-- draft, not yet:", "<img src=/images/ring.jpg alt=A silver ring>", "</div>"].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:10: the note opened with \`<!--\` is never closed with \`-->\`, so the page hides everything after it from readers (lines 11 to 12, the rest of its block of HTML); add \`-->\` where the note ends: if the note ends with this line, write \`<!-- draft, not yet: -->\`; or delete the line`,
    ]);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).not.toContain("<img");
  });

  it("leaves a tag whose name Markdown does not read, Word's `<o:p>`, to the message about Word's tags", async () => {
    expect(await journal.articleErrors("<div>\n<o:p title=Isla Marrow></o:p>\n</div>\n")).toEqual([
      `${FILE}:10: \`<o:p title=Isla Marrow>\` is a tag Word left when the text was copied from it, and it shows nothing: delete \`<o:p></o:p>\` (with anything between them)`,
    ]);
  });
});
