import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";
import { smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The third jeweler's trial: an address pasted from a word processor with a non-breaking space
 * before it, `[write to us]( mailto:studio@example.com)`. Markdown keeps that space as part of the
 * address (`%C2%A0mailto:…`), so the page shows the link as plain text, or leads nowhere, with no
 * message. Each gets an error on its file line (the text of care.md starts on line 9) with the
 * line to write.
 */

const journal = journalPerTest();

const FILE = "content/articles/care.md";
const NBSP = "\u00a0";
const LOOKS = "which looks like a space but is not one, and Markdown keeps it as part of the";

describe("an address that starts or ends with a space that is not an ordinary one", () => {
  it.each([
    [
      `Please [write to us](${NBSP}mailto:studio@example.com) for a fitting.`,
      `${FILE}:9: the link \`[write to us](\\u{a0}mailto:studio@example.com)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the page shows its words as plain text; write \`Please [write to us](mailto:studio@example.com) for a fitting.\``,
      "<p>Please write to us for a fitting.</p>",
    ],
    [
      "Our shop:\n[rings](\u2007https://shop.example/rings).",
      `${FILE}:10: the link \`[rings](\\u{2007}https://shop.example/rings)\` does not work: its address starts with a space of another kind (\`\\u{2007}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[rings](https://shop.example/rings).\``,
      "<p>Our shop:\nrings.</p>",
    ],
    [
      "[Call us](\u202ftel:+442079460000)",
      `${FILE}:9: the link \`[Call us](\\u{202f}tel:+442079460000)\` does not work: its address starts with a narrow non-breaking space (\`\\u{202f}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[Call us](tel:+442079460000)\``,
      "<p>Call us</p>",
    ],
    [
      // Two unusual spaces: the message names the first, and the line to write drops both.
      "[Call us](\u00a0\u2007tel:+442079460000)",
      `${FILE}:9: the link \`[Call us](\\u{a0}\\u{2007}tel:+442079460000)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[Call us](tel:+442079460000)\``,
      "<p>Call us</p>",
    ],
    [
      "[the guild](\u3000https://guild.example)",
      `${FILE}:9: the link \`[the guild](\\u{3000}https://guild.example)\` does not work: its address starts with a space of another kind (\`\\u{3000}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[the guild](https://guild.example)\``,
      "<p>the guild</p>",
    ],
    [
      `[our care guide](${NBSP}/articles/care)`,
      `${FILE}:9: the link \`[our care guide](\\u{a0}/articles/care)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so it leads nowhere; write \`[our care guide](/articles/care)\``,
      '<p><a href="%C2%A0/articles/care">our care guide</a></p>',
    ],
    [
      `[write to us](mailto:studio@example.com${NBSP})`,
      `${FILE}:9: the link \`[write to us](mailto:studio@example.com\\u{a0})\` does not work: its address ends with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so it leads nowhere; write \`[write to us](mailto:studio@example.com)\``,
      '<p><a href="mailto:studio@example.com%C2%A0">write to us</a></p>',
    ],
    [
      `![A silver ring](${NBSP}/images/ring.jpg)`,
      `${FILE}:9: the picture \`![A silver ring](\\u{a0}/images/ring.jpg)\` does not work: its path starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} path, so the page cannot show it; write \`![A silver ring](/images/ring.jpg)\``,
      'src="%C2%A0/images/ring.jpg"',
    ],
    [
      `Visit [our shop][shop].\n\n[shop]: ${NBSP}https://shop.example`,
      `${FILE}:11: the address line \`[shop]: \\u{a0}https://shop.example\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the links that use it show their words as plain text; write \`[shop]: https://shop.example\``,
      "<p>Visit our shop.</p>",
    ],
    [
      `[write to us](<${NBSP}mailto:studio@example.com>)`,
      `${FILE}:9: the link \`[write to us](<\\u{a0}mailto:studio@example.com>)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[write to us](<mailto:studio@example.com>)\``,
      "<p>write to us</p>",
    ],
    [
      `Visit [our shop][shop].\n\n[shop]: /articles/care${NBSP}`,
      `${FILE}:11: the address line \`[shop]: /articles/care\\u{a0}\` does not work: its address ends with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the links that use it lead nowhere; write \`[shop]: /articles/care\``,
      '<a href="/articles/care%C2%A0">our shop</a>',
    ],
  ])("%j: one error, on its line, with the line to write, which passes the next run", async (text, message, shown) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    // The page agrees: the link is plain text, or keeps the space in its address.
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain(shown);
    const [, line, written] = /:(\d+): .* write `(.*)`$/.exec(message) ?? [];
    const lines = text.split("\n");
    lines[Number(line) - 9] = written ?? "";
    expect(await journal.articleErrors(`${lines.join("\n")}\n`)).toEqual([]);
  });

  it.each([
    ["[write to us](&nbsp;mailto:studio@example.com)", "starts", "shows its words as plain text"],
    ["[write to us](mailto:studio@example.com&#160;)", "ends", "leads nowhere"],
  ])("%j, written as a character reference, gets the address to write", async (text, where, result) => {
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:9: the link \`${text}\` does not work: its address ${where} with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so ${result === "leads nowhere" ? "it leads nowhere" : `the page ${result}`}; write its address as \`mailto:studio@example.com\``,
    ]);
  });

  it("in a line too long to quote whole, gets the link to write alone", async () => {
    const text = `Every ring we make is sized by hand at the bench, and we are glad to size yours again whenever it asks: [write to us](${NBSP}mailto:studio@example.com).`;
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:9: the link \`[write to us](\\u{a0}mailto:studio@example.com)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the page shows its words as plain text; write \`[write to us](mailto:studio@example.com)\``,
    ]);
  });

  it("in an author's bio too, whose links the page keeps", async () => {
    await journal.folder().write("content/authors/isla.md", `---\nname: Isla Marrow\n---\nIsla makes rings: [write to her](${NBSP}mailto:isla@example.com).\n`);
    expect(await journal.articleErrors("Some words about silver.\n")).toEqual([
      `content/authors/isla.md:4: the link \`[write to her](\\u{a0}mailto:isla@example.com)\` does not work: its address starts with a non-breaking space (\`\\u{a0}\`), ${LOOKS} address, so the page shows its words as plain text; write \`Isla makes rings: [write to her](mailto:isla@example.com).\``,
    ]);
  });

  it("is not taken for one when the spaces are ordinary, or the space is in the words or in code", async () => {
    const text = [
      "[write to us](  mailto:studio@example.com  ) and [write\u00a0to\u00a0us](mailto:studio@example.com).",
      "",
      `Code: \`[x](${NBSP}mailto:studio@example.com)\`, and 10${NBSP}mm.`,
      "",
      "```",
      `[x](${NBSP}mailto:studio@example.com)`,
      "```",
    ].join("\n");
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
  });
});

describe("an address written in HTML with a space inside its quotes", () => {
  const KEPT = "which looks like a space but is not one, and the page keeps it as part of the";

  it.each([
    [
      'Read <a href="&nbsp;/articles/care">our care guide</a>.',
      `${FILE}:9: the link \`<a href="&nbsp;/articles/care">\` does not work as meant: its address starts with a non-breaking space (\`\\u{a0}\`), ${KEPT} address, so it leads nowhere; write \`Read <a href="/articles/care">our care guide</a>.\``,
      'href="\u00a0/articles/care"',
    ],
    [
      `Visit <a href="https://shop.example/rings${NBSP}">the shop</a>.`,
      `${FILE}:9: the link \`<a href="https://shop.example/rings\\u{a0}">\` does not work as meant: its address ends with a non-breaking space (\`\\u{a0}\`), ${KEPT} address, so it leads nowhere; write \`Visit <a href="https://shop.example/rings">the shop</a>.\``,
      'href="https://shop.example/rings\u00a0"',
    ],
    [
      'Visit <a href=" https://shop.example/rings">the shop</a>.',
      `${FILE}:9: the link \`<a href=" https://shop.example/rings">\` does not work as meant: its address starts with a space, which the page keeps as part of the address, so the page shows its words as plain text; write \`Visit <a href="https://shop.example/rings">the shop</a>.\``,
      "<p>Visit the shop.</p>",
    ],
    [
      '<img src=" /images/ring.jpg" alt="A silver ring">',
      `${FILE}:9: the picture \`<img src=" /images/ring.jpg" alt="A silver ring">\` does not work as meant: its path starts with a space, which the page keeps as part of the path, so the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones; write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
      '<img src=" /images/ring.jpg" alt="A silver ring" loading="lazy" decoding="async">',
    ],
    [
      '<div>\n<img src="/images/ring.jpg&#160;" alt="A silver ring">\n</div>',
      `${FILE}:10: the picture \`<img src="/images/ring.jpg&#160;" alt="A silver ring">\` does not work as meant: its path ends with a non-breaking space (\`\\u{a0}\`), ${KEPT} path, so the page cannot show it; write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
      'src="/images/ring.jpg\u00a0"',
    ],
    [
      // A space written as a character reference is gone from the line to write, as `&nbsp;` is.
      '<img src="/images/ring.jpg&#13;" alt="A silver ring">',
      `${FILE}:9: the picture \`<img src="/images/ring.jpg&#13;" alt="A silver ring">\` does not work as meant: its path ends with a line break, which the page keeps as part of the path, so the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones; write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
      'src="/images/ring.jpg\r"',
    ],
    [
      'Visit <a href="&#10;https://shop.example/rings">the shop</a>.',
      `${FILE}:9: the link \`<a href="&#10;https://shop.example/rings">\` does not work as meant: its address starts with a line break, which the page keeps as part of the address, so the page shows its words as plain text; write \`Visit <a href="https://shop.example/rings">the shop</a>.\``,
      "<p>Visit the shop.</p>",
    ],
    [
      '<img src="&Tab;/images/ring.jpg" alt="A silver ring">',
      `${FILE}:9: the picture \`<img src="&Tab;/images/ring.jpg" alt="A silver ring">\` does not work as meant: its path starts with a tab, which the page keeps as part of the path, so the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones; write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
      'src="\t/images/ring.jpg"',
    ],
  ])("%j: one error, on its line, with the line to write, which passes the next run", async (text, message, shown) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors(`${text}\n`)).toEqual([message]);
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain(shown);
    const [, line, written] = /:(\d+): .* write `(.*)`$/.exec(message) ?? [];
    const lines = text.split("\n");
    lines[Number(line) - 9] = written ?? "";
    expect(await journal.articleErrors(`${lines.join("\n")}\n`)).toEqual([]);
  });

  it("is not taken for one when a browser drops the spaces and follows the link as meant", async () => {
    const text = 'Read <a href=" /articles/care ">our care guide</a> or <a href="mailto:studio@example.com\n">write to us</a>.';
    expect(await journal.articleErrors(`${text}\n`)).toEqual([]);
    // The page keeps the spaces, and a browser's URL parser drops them.
    expect(await renderArticleHtml(text, { publicDir: journal.folder().publicDir })).toContain('<a href=" /articles/care ">');
    expect(new URL(" /articles/care ", "https://studio.example/articles/rings").href).toBe("https://studio.example/articles/care");
  });

  it("changes only the address in the line to write, and gives each tag its own line", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    const text = ['Visit <a href=" https://shop.example/rings">the shop</a>.', 'Or <a href=" https://shop.example/rings">buy a ring</a> today.', "", '<img src=" /images/ring.jpg" alt="A silver ring ">'].join("\n");
    const starts = "does not work as meant: its address starts with a space, which the page keeps as part of the address, so the page shows its words as plain text";
    expect(await journal.articleErrors(`${text}\n`)).toEqual([
      `${FILE}:9: the link \`<a href=" https://shop.example/rings">\` ${starts}; write \`Visit <a href="https://shop.example/rings">the shop</a>.\``,
      `${FILE}:10: the link \`<a href=" https://shop.example/rings">\` ${starts}; write \`Or <a href="https://shop.example/rings">buy a ring</a> today.\``,
      `${FILE}:12: the picture \`<img src=" /images/ring.jpg" alt="A silver ring ">\` does not work as meant: its path starts with a space, which the page keeps as part of the path, so the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones; write \`<img src="/images/ring.jpg" alt="A silver ring ">\``,
    ]);
  });

  it("gives the whole last line of a file that does not end with a line break", async () => {
    expect(await journal.articleErrors('Visit <a href=" https://shop.example/rings">the shop</a>.')).toEqual([
      `${FILE}:9: the link \`<a href=" https://shop.example/rings">\` does not work as meant: its address starts with a space, which the page keeps as part of the address, so the page shows its words as plain text; write \`Visit <a href="https://shop.example/rings">the shop</a>.\``,
    ]);
  });

  it("gives the tag alone when its line as typed differs from the tag as read (a list item's indent)", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    expect(await journal.articleErrors('- A ring: <img src=" /images/ring.jpg\n  " alt="A silver ring">\n')).toEqual([
      `${FILE}:9: the picture \`<img src=" /images/ring.jpg\\n" alt="A silver ring">\` does not work as meant: its path starts with a space, which the page keeps as part of the path, so the page does not find it among the journal's pictures and shows the file as it is, at full size, with no smaller copies for phones; write \`<img src="/images/ring.jpg" alt="A silver ring">\``,
    ]);
  });

  it("names the tag's own line after a code span broken over two lines, and gives that line to write", async () => {
    // The tag used to be named one line early, and given alone (lib/checks/inline-places.ts).
    expect(await journal.articleErrors('See our `ring\nsizes` chart:\n<a href=" https://shop.example/sizes">the chart</a>.\n')).toEqual([
      `${FILE}:11: the link \`<a href=" https://shop.example/sizes">\` does not work as meant: its address starts with a space, which the page keeps as part of the address, so the page shows its words as plain text; write \`<a href="https://shop.example/sizes">the chart</a>.\``,
    ]);
  });

  it("leaves to other checks an address the page drops anyway, and an element that is no link or picture", async () => {
    expect(await journal.articleErrors('Visit <a href=" javascript:alert(1)">the shop</a>.\n\n<iframe src=" https://player.example/ring"></iframe>\n')).toEqual([
      `${FILE}:9: the link to \`javascript:alert(1)\` does not work (an address may not start with \`javascript:\`), so the page shows \`the shop\` as plain text; write an address that starts with \`https://\` (another website), \`/\` (a page of this journal, like \`/articles/silver-care\`), \`mailto:\` (an email address) or \`tel:\` (a phone number), or remove the link and keep its words: \`the shop\``,
      `${FILE}:11: \`<iframe>\` is not shown on the page: the journal shows no players, frames, scripts, styles or form controls written as HTML, so readers would find nothing there; remove it`,
    ]);
  });

  it("leaves a bio's HTML to bio-html.ts, as its page drops it", async () => {
    await journal.folder().write("content/authors/isla.md", '---\nname: Isla Marrow\n---\nIsla makes rings: <a href=" https://shop.example">her shop</a>.\n');
    expect(await journal.articleErrors("Some words about silver.\n")).toEqual([
      "content/authors/isla.md:4: the page shows `her shop` as plain text, not as a link: a bio shows no HTML, only Markdown; write `[her shop](https://shop.example)`",
    ]);
  });

  it("names the address without its spaces when it leads nowhere", async () => {
    expect(await journal.articleErrors('Read <a href=" /articles/carre">our care guide</a>.\n')).toEqual([
      `${FILE}:9: the link to \`/articles/carre\`: there is no article \`carre\`; the address is the file name in content/articles/ without .md. Did you mean \`/articles/care\`?`,
    ]);
  });
});
