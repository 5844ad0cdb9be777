import { describe, expect, it } from "vitest";
import { renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The third jeweler's trial: a tag with a value not in quotes that holds `'` (or `=`, `"`, `<`, a
 * backtick) is not read as HTML by Markdown, so the page shows it as typed, with no message. Each
 * gets an error on its file line (the text of care.md starts on line 9) with the line to write.
 */

const journal = journalPerTest();

const FILE = "content/articles/care.md";
const SHOP = "https://shop.example/?a='b'";
/** A sentence of the page's usual length, which no message quotes whole. */
const LONG = "Every ring we make is sized by hand at the bench, and we are glad to size yours again whenever it asks for it: see";

describe("a tag with a value not in quotes that Markdown cannot read", () => {
  it.each([
    [
      `See <a href=${SHOP}>our shop</a> today.`,
      `${FILE}:9: the page shows \`<a href=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`See <a href="https://shop.example/?a='b'">our shop</a> today.\``,
    ],
    [
      "Ask first.\n\nThen <a href=javascript:alert('x')>x</a>",
      `${FILE}:11: the page shows \`<a href=javascript:alert('x')>\` as typed, not as a link, because the value of its \`href\` holds \`'\` and is not in quotes; put it in double quotes: write \`Then <a href="javascript:alert('x')">x</a>\``,
      // Read as HTML at last, the link is checked as any other.
      [`${FILE}:11: the link to \`javascript:alert('x')\` does not work (an address may not start with \`javascript:\`), so the page shows \`x\` as plain text; write an address that starts with \`https://\` (another website), \`/\` (a page of this journal, like \`/articles/silver-care\`), \`mailto:\` (an email address) or \`tel:\` (a phone number), or remove the link and keep its words: \`x\``],
    ],
    [
      "| ring | size |\n| --- | --- |\n| <img src=/images/ring.jpg alt=Isla's> | N |",
      `${FILE}:11: the page shows \`<img src=/images/ring.jpg alt=Isla's>\` as typed, not as a picture, because the value of its \`alt\` holds \`'\` and is not in quotes; put it in double quotes: write \`| <img src="/images/ring.jpg" alt="Isla's"> | N |\``,
    ],
    [
      "## Made by <abbr title=Isla's>IM</abbr>",
      `${FILE}:9: the page shows \`<abbr title=Isla's>\` as typed, not as HTML, because the value of its \`title\` holds \`'\` and is not in quotes; put it in double quotes: write \`## Made by <abbr title="Isla's">IM</abbr>\``,
    ],
    [
      'A "quote": <abbr title=the"best">TB</abbr>',
      `${FILE}:9: the page shows \`<abbr title=the"best">\` as typed, not as HTML, because the value of its \`title\` holds \`"\` and is not in quotes; put it in double quotes: write \`A "quote": <abbr title="the&quot;best&quot;">TB</abbr>\``,
    ],
    [
      // remark ends a value without quotes at a `/` past its first character, and then wants `>`.
      "See <a href=https://shop.example/rings(2)>our rings</a>.",
      `${FILE}:9: the page shows \`<a href=https://shop.example/rings(2)>\` as typed, not as a link, because the value of its \`href\` holds \`/\` and is not in quotes; put it in double quotes: write \`See <a href="https://shop.example/rings(2)">our rings</a>.\``,
    ],
    [
      // Spaces around the `=` are the value's still.
      `See <a href = ${SHOP}>our shop</a>.`,
      `${FILE}:9: the page shows \`<a href = https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`See <a href = "https://shop.example/?a='b'">our shop</a>.\``,
    ],
    [
      // Only its last `/` ends the tag's last value, where remark reads `/>`.
      "Made by <abbr title=Isla/ lang=en>IM</abbr>.",
      `${FILE}:9: the page shows \`<abbr title=Isla/ lang=en>\` as typed, not as HTML, because the value of its \`title\` holds \`/\` and is not in quotes; put it in double quotes: write \`Made by <abbr title="Isla/" lang="en">IM</abbr>.\``,
    ],
    [
      "Sizes<br class=wide/ />H to Z.",
      `${FILE}:9: the page shows \`<br class=wide/ />\` as typed, not as HTML, because the value of its \`class\` holds \`/\` and is not in quotes; put it in double quotes: write \`Sizes<br class="wide/" />H to Z.\``,
    ],
    [
      "<abbr title=`IM`>IM</abbr>",
      `${FILE}:9: the page shows \`<abbr title=\`IM\`>\` as typed, not as HTML, because the value of its \`title\` holds a backtick and is not in quotes; put it in double quotes: write \`<abbr title="\`IM\`">IM</abbr>\``,
    ],
  ])("%j: one error, on its line, with the line to write, which Markdown reads on the next run", toldThenRead);

  it("in a line too long to quote whole, or over two lines, gives the tag to write alone", async () => {
    expect(await journal.articleErrors(`${LONG} <a href=${SHOP}>our shop</a>.\n\nOr <a\nhref=${SHOP}>here</a>.\n`)).toEqual([
      `${FILE}:9: the page shows \`<a href=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`<a href="https://shop.example/?a='b'">\``,
      `${FILE}:11: the page shows \`<a\\nhref=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`<a\\nhref="https://shop.example/?a='b'">\``,
    ]);
  });

  it("in a line of 120 characters once quoted, the most a message quotes whole, gives the whole line, however long the paragraph above", async () => {
    const tag = `Rings: <a href=${SHOP}>shop</a>.`;
    const line = `${"x".repeat(116 - tag.length)}: ${tag}`;
    const written = line.replace(`href=${SHOP}`, () => `href="${SHOP}"`);
    expect(written).toHaveLength(120);
    // After a paragraph longer than any quote: only the tag's own line counts.
    expect(await journal.articleErrors(`${LONG} ${LONG} ${LONG}\n\n${line}\n`)).toEqual([
      `${FILE}:11: the page shows \`<a href=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`${written}\``,
    ]);
  });

  it("is not looked for where Markdown reads the tag, shows code, or was asked to show it as typed", async () => {
    const text = [
      `Our <a href="${SHOP}">shop</a> and <a href='/articles/care'>care</a>, <a href=/>home</a>,<br/> <abbr title=IM>IM</abbr>.`,
      "",
      "If a < b and <3, or a <b c> tag, fine.",
      "",
      "Write `<a href=x'y>` in code, and \\<a href=x'y> escaped.",
      "",
      "```",
      "<a href=x'y>in a fence</a>",
      "```",
      "",
      "<div title=Isla's>a block of HTML, read as written</div>",
    ].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
  });

  it("keeps a value already in quotes as it is, and finds a tag that ends its paragraph", async () => {
    expect(await journal.articleErrors(`Our shop: <a title="The shop" href=${SHOP}>\n`)).toEqual([
      `${FILE}:9: the page shows \`<a title="The shop" href=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`Our shop: <a title="The shop" href="https://shop.example/?a='b'">\``,
    ]);
    // In single quotes too, and beside a word with no value.
    expect(await journal.articleErrors(`Our shop: <a download title='The shop' href=${SHOP}>\n`)).toEqual([
      `${FILE}:9: the page shows \`<a download title='The shop' href=https://shop.example/?a='b'>\` as typed, not as a link, because the value of its \`href\` holds \`=\` and \`'\` and is not in quotes; put it in double quotes: write \`Our shop: <a download title='The shop' href="https://shop.example/?a='b'">\``,
    ]);
  });

  it("names each of two tags written one after the other, and a tag inside another's value once, as the browser reads it", async () => {
    expect(await journal.articleErrors("<b class=x'y><i class=z'w>\n\nOr <a href=x'y title=<b class=z'w>\n")).toEqual([
      `${FILE}:9: the page shows \`<b class=x'y>\` as typed, not as HTML, because the value of its \`class\` holds \`'\` and is not in quotes; put it in double quotes: write \`<b class="x'y"><i class=z'w>\``,
      `${FILE}:9: the page shows \`<i class=z'w>\` as typed, not as HTML, because the value of its \`class\` holds \`'\` and is not in quotes; put it in double quotes: write \`<b class=x'y><i class="z'w">\``,
      `${FILE}:11: the page shows \`<a href=x'y title=<b class=z'w>\` as typed, not as a link, because the value of its \`href\` holds \`'\` and is not in quotes; put it in double quotes: write \`Or <a href="x'y" title="<b" class="z'w">\``,
    ]);
  });

  it("over two lines of a quote is read without the quote's `>` marks, as the page shows it, and told as outside a quote, on its first line", async () => {
    const told = `${FILE}:11: the page shows \`<abbr lang=en\\ntitle=Isla's>\` as typed, not as HTML, because the value of its \`title\` holds \`'\` and is not in quotes; put it in double quotes: write \`<abbr lang="en"\\ntitle="Isla's">\``;
    for (const marks of ["", "> ", "> > ", "- > "]) {
      const text = `Ask first.\n\n${marks}Made by <abbr lang=en\n${marks.replace("-", " ")}title=Isla's>IM</abbr>.`;
      expect(await journal.articleErrors(`${text}\n`)).toEqual([told]);
      expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain("&#x3C;abbr lang=en\ntitle=Isla's>");
      // The tag written, the quote's marks kept.
      const written = text.replace("lang=en", 'lang="en"').replace("title=Isla's", "title=\"Isla's\"");
      expect(await journal.articleErrors(`${written}\n`)).toEqual([]);
    }
  });

  it("is not looked for across a blank line, where the page has two paragraphs and no tag at all", async () => {
    expect(await journal.articleErrors("Our <a href=x'y\n\ntitle=z>\n")).toEqual([]);
  });

  it("in a bio, whose page shows no HTML at all, is told the Markdown link: quotes would not make it a link", async () => {
    await journal.folder().write("content/authors/isla.md", `---\nname: Isla Marrow\n---\nIsla's <a href=${SHOP}>shop</a>.\n`);
    expect(await journal.articleErrors("Some words about silver.\n")).toEqual([
      `content/authors/isla.md:4: the page shows \`<a href=${SHOP}>\` as typed: a bio shows no HTML, only Markdown, and Markdown reads no tag here anyway (the value of its \`href\` holds \`=\` and \`'\` and is not in quotes); write the link in Markdown instead: \`Isla's [shop](${SHOP}).\``,
    ]);
    expect(await renderBioHtml(`Isla's <a href="${SHOP}">shop</a>.`)).toBe("<p>Isla's shop.</p>");
  });
});

describe("a tag with an `=` and no value after it, which a browser reads as an empty value", () => {
  it.each([
    [
      "Made by <abbr title = >IM</abbr>, who sizes rings.",
      `${FILE}:9: the page shows \`<abbr title = >\` as typed, not as HTML, because its \`title\` has an \`=\` with no value after it; write the value in double quotes, \`""\` for none: write \`Made by <abbr title = "">IM</abbr>, who sizes rings.\``,
    ],
    [
      // The tag is told, not the one in its value, which a browser reads as words.
      `Or <abbr title="<b class=x'y>" lang=>IM</abbr>.`,
      `${FILE}:9: the page shows \`<abbr title="<b class=x'y>" lang=>\` as typed, not as HTML, because its \`lang\` has an \`=\` with no value after it; write the value in double quotes, \`""\` for none: write \`Or <abbr title="<b class=x'y>" lang="">IM</abbr>.\``,
    ],
    [
      `See <a title="Our shop" href=>our shop</a> today.`,
      `${FILE}:9: the page shows \`<a title="Our shop" href=>\` as typed, not as a link, because its \`href\` has an \`=\` with no value after it; write the value in double quotes, \`""\` for none: write \`See <a title="Our shop" href="">our shop</a> today.\``,
      // Read as HTML at last, the link is told it has no address.
      [`${FILE}:9: the link \`<a title="Our shop" href="">\` has no address, so the page shows \`our shop\` as plain text; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or remove the link and keep its words: \`our shop\``],
    ],
    [
      // The whole tag, as a browser reads it: the `>` in the value in quotes does not end it.
      `See <a title="<b class=x'y>" href=>our shop</a> today.`,
      `${FILE}:9: the page shows \`<a title="<b class=x'y>" href=>\` as typed, not as a link, because its \`href\` has an \`=\` with no value after it; write the value in double quotes, \`""\` for none: write \`See <a title="<b class=x'y>" href="">our shop</a> today.\``,
      [`${FILE}:9: the link \`<a title="<b class=x'y>" href="">\` has no address, so the page shows \`our shop\` as plain text; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or remove the link and keep its words: \`our shop\``],
    ],
  ])("%j: one error, on its line, with the line to write, which Markdown reads on the next run", toldThenRead);
});

describe("a tag with no space, or a `/`, between its parts", () => {
  it.each([
    [
      '<img src="/images/ring.jpg"alt="A silver ring">',
      `${FILE}:9: the page shows \`<img src="/images/ring.jpg"alt="A silver ring">\` as typed, not as a picture, because there is no space between \`src="/images/ring.jpg"\` and \`alt\`; put one between them: write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
    ],
    [
      'Read <a href="/articles/care"title="Care">our care guide</a>.',
      `${FILE}:9: the page shows \`<a href="/articles/care"title="Care">\` as typed, not as a link, because there is no space between \`href="/articles/care"\` and \`title\`; put one between them: write \`Read <a href="/articles/care" title="Care">our care guide</a>.\``,
    ],
    [
      // A value without quotes before them is put in quotes too.
      '<img alt=Ring src="/images/ring.jpg"title="Our ring">',
      `${FILE}:9: the page shows \`<img alt=Ring src="/images/ring.jpg"title="Our ring">\` as typed, not as a picture, because there is no space between \`src="/images/ring.jpg"\` and \`title\`; put one between them: write \`<img alt="Ring" src="/images/ring.jpg" title="Our ring">\``,
    ],
    [
      '<img src="/images/ring.jpg"alt="A silver ring"/>',
      `${FILE}:9: the page shows \`<img src="/images/ring.jpg"alt="A silver ring"/>\` as typed, not as a picture, because there is no space between \`src="/images/ring.jpg"\` and \`alt\`; put one between them: write \`<img src="/images/ring.jpg" alt="A silver ring"/>\``,
    ],
    [
      '<img/src="/images/ring.jpg" alt="A silver ring">',
      `${FILE}:9: the page shows \`<img/src="/images/ring.jpg" alt="A silver ring">\` as typed, not as a picture, because a \`/\` stands between \`<img\` and \`src\` where a space belongs; put a space in its place: write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
    ],
    [
      'Sizes:<br / >H to Z, <a href="/articles/care"/title="Care">care</a>.',
      `${FILE}:9: the page shows \`<br / >\` as typed, not as HTML, because a \`/\` stands apart from the \`>\` that ends the tag; join them: write \`Sizes:<br />H to Z, <a href="/articles/care"/title="Care">care</a>.\``,
      `${FILE}:9: the page shows \`<a href="/articles/care"/title="Care">\` as typed, not as a link, because a \`/\` stands between \`href="/articles/care"\` and \`title\` where a space belongs; put a space in its place: write \`Sizes:<br / >H to Z, <a href="/articles/care" title="Care">care</a>.\``,
    ],
  ])("%j in a paragraph is shown as typed: one error, with the line to write, which Markdown reads on the next run", async (text, ...messages) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors(`${text}\n`)).toEqual(messages);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain("&#x3C;");
    // Every line given, applied at once.
    const fixed = messages.reduce((line, message) => {
      const [, tag = ""] = /shows `(.*?)` as typed/.exec(message) ?? [];
      const [, written = ""] = /write `(.*)`$/.exec(message) ?? [];
      return line.replace(tag, () => tagIn(written, text, tag));
    }, text);
    expect(await journal.articleErrors(`${fixed}\n`)).toEqual([]);
  });

  it("with a form feed between two parts (pasted, it shows as nothing) is shown as typed: one error, with the line to write, which Markdown reads on the next run", async () => {
    // Between the name and an attribute, between two attributes, before the `=`, before the `>`.
    const text = 'Read <a\fhref="/articles/care"\ftitle\f="Care"\f>our care guide</a>.';
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:9: the page shows \`<a\\u{c}href="/articles/care"\\u{c}title\\u{c}="Care"\\u{c}>\` as typed, not as a link, because a form feed, a character that shows as nothing, stands where Markdown wants a space; put a space in its place: write \`Read <a href="/articles/care" title ="Care" >our care guide</a>.\``,
    ]);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain("&#x3C;a");
    expect(await journal.articleErrors('Read <a href="/articles/care" title ="Care" >our care guide</a>.\n')).toEqual([]);
  });

  it("is looked for in time in proportion to the text: 20,000 tags never closed, each in another's value", async () => {
    // Read again from each `<`, this text would take minutes; the places where a reading failed are kept.
    expect(await journal.articleErrors(`${"<a x=".repeat(19_000)}\n`)).toEqual([]);
  }, 60_000);

  it("in a block of HTML is read by the browser as meant, so the page shows the picture with its words: no error", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = '<div>\n<img src="/images/ring.jpg"alt="A silver ring">\n<img/src="/images/ring.jpg" alt="A silver ring">\n</div>';
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
    const html = await renderArticleHtml(text, { publicDir: journal.folder().publicDir });
    expect(html.match(/<img [^>]*alt="A silver ring"/g)).toHaveLength(2);
    expect(html).not.toContain("&#x3C;");
  });
});

/** `text` as care.md's text gets `message` alone, and the page shows the tag as typed; with the message's line written in place of its last line, it gets `next`. */
async function toldThenRead(text: string, message: string, next: string[] = []): Promise<void> {
  await journal.folder().write("public/images/ring.jpg", await smallImage());
  expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
  // The page agrees: the tag is text.
  expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain("&#x3C;");
  const written = /write `(.*)`$/.exec(message)?.[1];
  const lines = text.split("\n");
  lines[lines.length - 1] = written ?? "";
  expect(await journal.articleErrors(`${lines.join("\n")}\n`)).toEqual(next);
}

/** What the line to write `written` holds in place of `tag` in `line`, the one part where the two differ. */
function tagIn(written: string, line: string, tag: string): string {
  const start = line.indexOf(tag);
  return written.slice(start, written.length - (line.length - start - tag.length));
}
