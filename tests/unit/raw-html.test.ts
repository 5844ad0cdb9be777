import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { checkFolder } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

// content/articles/care.md's text starts on line 9.
const NOT_SHOWN = "is not shown on the page: the journal shows no players, frames, scripts, styles or form controls written as HTML, so readers would find nothing there;";

describe("a player or a frame written as HTML", () => {
  it("gets the link to write for an <object> whose https address is in `data`", async () => {
    expect(await journal.articleErrors('<object data="https://www.youtube.com/embed/abc"></object>\n')).toEqual([
      `content/articles/care.md:9: \`<object>\` ${NOT_SHOWN} link to what it shows instead: write \`[See it on www.youtube.com](https://www.youtube.com/embed/abc)\``,
    ]);
  });

  it("is told to go, with no link offered, when its address is not https (an archive's copy of an https page included)", async () => {
    const body = '<iframe src="http://www.youtube.com/embed/abc"></iframe>\n\n<iframe src="http://web.archive.org/web/2020/https://www.youtube.com/embed/abc"></iframe>\n';
    expect(await journal.articleErrors(body)).toEqual([`content/articles/care.md:9: \`<iframe>\` ${NOT_SHOWN} remove it`, `content/articles/care.md:11: \`<iframe>\` ${NOT_SHOWN} remove it`]);
  });
});

describe("a <picture> written as HTML", () => {
  it("is told that the page shows only the <img> inside it", async () => {
    const body = '<picture>\n<source srcset="/images/ring.webp" type="image/webp">\n<img src="/images/ring.jpg" alt="A silver ring">\n</picture>\n';
    expect((await journal.articleErrors(body)).filter((error) => error.includes("`<picture>`"))).toEqual([
      "content/articles/care.md:9: `<picture>` is left out of the page, which shows the `<img>` inside it on its own; remove `<picture>` and its `<source>` lines",
    ]);
  });
});

describe("HTML in an author's bio, which the bio drops whole", () => {
  it("is told so (lib/checks/bio-html.ts), not that the page leaves out an element it keeps in an article, whether the author's fields are valid or not", async () => {
    await journal.folder().write("content/authors/isla.md", '---\nname: Isla Marrow\nrole: "Owner"\n---\nIsla makes <u>soft</u> rings.\n');
    await journal.folder().write("content/authors/jonah.md", "---\nname: Jonah Petrakis\nrole: 42\n---\nJonah carves <u>wax</u>.\n");
    const dropped = "the page leaves out `<u>` and shows the words inside it as plain text: a bio shows no HTML, only Markdown; for emphasis write `*words*` (italic) or `**words**` (bold), or remove the tag";
    expect((await checkFolder(journal.folder())).map(formatIssue)).toEqual([
      `content/authors/isla.md:5: ${dropped}`,
      'content/authors/jonah.md:3: `role` must be text, and `42` is read as a number; put it in quotes: write `role: "42"`',
      `content/authors/jonah.md:5: ${dropped}`,
    ]);
  });
});

describe("HTML whose tags the page's parser mends", () => {
  it("tells a link cut in two by misnested tags once, though the page opens it again", async () => {
    expect(await journal.articleErrors('<div><a href="">our <div>prices</a></div></div>\n')).toEqual([
      "content/articles/care.md:9: the link `<a href=\"\">` has no address, so the page shows `our` as plain text; write the address after `href=`, like `<a href=\"/articles/silver-care\">`, or remove the link and keep its words: `our`",
    ]);
  });

  it("tells a left-out tag once when a paragraph's end cuts it in two", async () => {
    expect(await journal.articleErrors("<p><font color=red>red</p> more</font>\n")).toEqual([
      "content/articles/care.md:9: `<font>` is left out of the page, which shows the words inside it as plain text; for emphasis write `*words*` (italic) or `**words**` (bold), or remove the tag",
    ]);
  });

  it("tells nothing of a table written without the `<tbody>` the page adds", async () => {
    expect(await journal.articleErrors("<table><tr><td>14 cm</td></tr></table>\n")).toEqual([]);
  });
});
