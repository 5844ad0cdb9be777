import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";
import { article } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

/*
 * The jeweler's trial of 2026-12-07: `(our guide)[/articles/…]`, a link with its words and its
 * address swapped, was shown as typed with no message. Each is an error on its file line (the
 * text starts on line 9) with the line to write; written so, the article passes and the page
 * shows the link or the picture. Only an address in the square brackets makes one: prose passes.
 */

const { problems, html, folder } = articlePerTest("casting.md", { "content/articles/gold-karats-explained.md": article({ title: '"Gold Karats Explained"' }) });

const LINK = "is shown as the text you typed, not as a link, because its words and its address are swapped: a link has its words between square brackets, then its address between round ones;";

describe("a link or a picture with its words and its address swapped", () => {
  it("a link: an error with the line to write, which passes and shows the link", async () => {
    const text = "Read (our guide to gold karats)[/articles/gold-karats-explained] first.";
    const written = "Read [our guide to gold karats](/articles/gold-karats-explained) first.";
    expect(await problems(text)).toEqual([`9: error: the link \`(our guide to gold karats)[/articles/gold-karats-explained]\` ${LINK} write \`${written}\``]);
    expect(await html(text)).not.toContain("<a ");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).toContain('<a href="/articles/gold-karats-explained">our guide to gold karats</a>');
  });

  it("a picture: its description and its path, with the line to write, which passes", async () => {
    await folder().write("public/images/articles/ring.jpg", await smallImage());
    expect(await problems("Some words.\n\n!(A ring at the bench)[/images/articles/ring.jpg]")).toEqual([
      "11: error: the picture `!(A ring at the bench)[/images/articles/ring.jpg]` is shown as the text you typed, not as a picture, because its description and its path are swapped: a picture has its description between square brackets, then its path between round ones; write `![A ring at the bench](/images/articles/ring.jpg)`",
    ]);
    expect(await problems("Some words.\n\n![A ring at the bench](/images/articles/ring.jpg)")).toEqual([]);
    expect(await html("![A ring at the bench](/images/articles/ring.jpg)")).toContain('alt="A ring at the bench"');
  });

  it.each([
    ["See (our shop)[https://shop.example/rings].", "See [our shop](https://shop.example/rings)."],
    ["Mail (the studio)[mailto:studio@example.com] today.", "Mail [the studio](mailto:studio@example.com) today."],
    ["Jump to (care)[#care].\n\n## Care", "Jump to [care](#care)."],
  ])("%j: the address as written, a website's too, which the tree links on its own", async (text, written) => {
    const [first = ""] = written.split("\n");
    const [typedLink = ""] = /\([^)]*\)\[[^\]]*\]/.exec(text) ?? [];
    expect(await problems(text)).toEqual([`9: error: the link \`${typedLink}\` ${LINK} write \`${first}\``]);
  });

  it.each([
    ["Type `14k` and read (our guide)[/articles/gold-karats-explained] first.", "Type `14k` and read [our guide](/articles/gold-karats-explained) first."],
    ["Read (our guide)[/articles/gold-karats-explained] before you type `14k`.", "Read [our guide](/articles/gold-karats-explained) before you type `14k`."],
    ["Type `14k`(our guide)[/articles/gold-karats-explained] first.", "Type `14k`[our guide](/articles/gold-karats-explained) first."],
  ])("%j: told beside code: after it, before it, or right after it", async (text, written) => {
    expect(await problems(text)).toEqual([`9: error: the link \`(our guide)[/articles/gold-karats-explained]\` ${LINK} write \`${written}\``]);
  });

  it.each(["A ring (see [1]) and more.", "Options (a)[b] and (c)[d].", "`(a)[/b]` in code.", "\\(a\\)[/b] escaped.", "A size (N)[roughly] as typed.", "A size (N)[half an inch] as typed."])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
