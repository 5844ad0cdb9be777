import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { findHtmlProblems, USER_CONTENT } from "../helpers/hostile-checks";
import { smallImage } from "../helpers/images";

/*
 * Links and images the checks reject cannot be in the built hostile corpus (tests/fixtures/hostile),
 * since the build stops on them; they are tested here: rejected with a message, and inert even so.
 */

/** Schemes hidden by a tab, percent-encoding or fullwidth letters, which the page's sanitizer refuses too. */
const HIDDEN_SCHEMES = ["[tab](<java\tscript:alert('tab')>)", "[percent](%6Aavascript:alert('percent'))", "[fullwidth scheme](ｊａｖａｓｃｒｉｐｔ:alert('fullwidth'))"];

/** Every way Markdown writes a link whose address runs code or carries a document of its own. */
const CODE_LINKS = [
  "[plain](javascript:alert('plain'))",
  "[mixed case](JaVaScRiPt:alert('case'))",
  "[hex entities](&#x6A;avascript:alert('hex'))",
  "[angle brackets](<javascript:alert('angle')>)",
  "[leading space]( javascript:alert('space'))",
  "[reference][evil]",
  "<javascript:alert('autolink')>",
  "[vbscript](vbscript:msgbox('vb'))",
  "[data html](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+)",
  "<div onclick=\"alert('div block')\">\n\n[inside a block](javascript:alert('inside'))\n\n</div>",
  "[evil]: javascript:alert('reference')",
];

const KINDS = "write an address that starts with `https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number), or remove the link and keep its words:";
const refused = (line: number, url: string, scheme: string, words: string) =>
  `content/articles/links.md:${line}: the link to \`${url}\` does not work (an address may not start with \`${scheme}\`), so the page shows \`${words}\` as plain text; ${KINDS} \`${words}\``;

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

async function errors(): Promise<string[]> {
  const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01"), includeUnpublished: false, dev: false });
  return issues.filter((issue) => issue.severity === "error").map(formatIssue);
}

/** Rendered Markdown as the page holds it, checked like a page: nothing in it may be active. */
function problemsIn(html: string) {
  return findHtmlProblems(`<main><div class="${USER_CONTENT.slice(1)}">${html}</div></main>`, { path: "/articles/links", status: 200, hasUserContent: true, lands: [] }, "http://127.0.0.1");
}

describe("links whose scheme is hidden", () => {
  it("are errors, so no build publishes them", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, HIDDEN_SCHEMES.join("\n\n")));
    expect(await errors()).toEqual([
      refused(9, "java\\tscript:alert('tab')", "java\\tscript:", "tab"),
      refused(11, "javascript:alert('percent')", "javascript:", "percent"),
      refused(13, "ｊａｖａｓｃｒｉｐｔ:alert('fullwidth')", "ｊａｖａｓｃｒｉｐｔ:", "fullwidth scheme"),
    ]);
  });

  it("render inert all the same", async () => {
    expect(problemsIn(await renderArticleHtml(HIDDEN_SCHEMES.join("\n\n"), { publicDir: folder.publicDir }))).toEqual([]);
  });
});

describe("Markdown links to javascript:, vbscript: and data: addresses", () => {
  it("are errors, one for each link, so no build publishes them", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, CODE_LINKS.join("\n\n")));
    expect(await errors()).toEqual([
      refused(9, "javascript:alert('plain')", "javascript:", "plain"),
      refused(11, "JaVaScRiPt:alert('case')", "JaVaScRiPt:", "mixed case"),
      refused(13, "javascript:alert('hex')", "javascript:", "hex entities"),
      refused(15, "javascript:alert('angle')", "javascript:", "angle brackets"),
      refused(17, "javascript:alert('space')", "javascript:", "leading space"),
      refused(19, "javascript:alert('reference')", "javascript:", "reference"),
      refused(21, "javascript:alert('autolink')", "javascript:", "javascript:alert('autolink')"),
      refused(23, "vbscript:msgbox('vb')", "vbscript:", "vbscript"),
      refused(25, "data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+", "data:", "data html"),
      refused(29, "javascript:alert('inside')", "javascript:", "inside a block"),
    ]);
  });

  it("render inert all the same, as plain text", async () => {
    const html = await renderArticleHtml(CODE_LINKS.join("\n\n"), { publicDir: folder.publicDir });
    expect(problemsIn(html)).toEqual([]);
    expect(html).not.toContain("<a");
    expect(html).toContain("<p>plain</p>");
  });

  it("in an author's bio too", async () => {
    const bio = "Sam: [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).";
    await folder.write("content/authors/sam.md", `---\nname: Sam\n---\n${bio}\n`);
    expect(await errors()).toEqual([
      "content/authors/sam.md:4: the link to `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==` does not work (an address may not start with `data:`), so the page shows `data link` as plain text; write an address that starts with `https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number), or remove the link and keep its words: `data link`",
    ]);
    expect(problemsIn(await renderBioHtml(bio))).toEqual([]);
  });
});

describe("a Markdown image from a data: address", () => {
  const image = "![markdown data svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)";

  it("is an error", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, image));
    expect(await errors()).toEqual([
      "content/articles/links.md:9: the image path `data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+` is neither a picture in public/ nor a web address (those start with `https://`); write a path like `/images/articles/ring.jpg`",
    ]);
  });

  it("renders inert all the same", async () => {
    expect(problemsIn(await renderArticleHtml(image, { publicDir: folder.publicDir }))).toEqual([]);
  });
});

describe("Markdown images from another website, or with a slash too many", () => {
  const images = "![tracking pixel](https://evil.example/pixel.gif)\n\n![protocol-relative folder](//images/covers/x.png)";

  it("are errors, so no build publishes them", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, images));
    expect(await errors()).toEqual([
      "content/articles/links.md:9: the picture `https://evil.example/pixel.gif` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write `![tracking pixel](/images/articles/pixel.gif)`",
      "content/articles/links.md:11: the image path `//images/covers/x.png` starts with two slashes, so browsers read `images` as the name of another website; write `/images/covers/x.png`",
    ]);
  });

  it("render inert all the same: the page keeps no address of another origin", async () => {
    const html = await renderArticleHtml(images, { publicDir: folder.publicDir });
    expect(problemsIn(html)).toEqual([]);
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("//images");
  });
});

describe("a link to a heading of the same page whose address closes the attribute", () => {
  const link = "<a href=\"#</a><img src=x onerror=alert('attribute close')>\">attribute</a>";

  it("is an error: the page has no heading of that address", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, link));
    expect(await errors()).toEqual([
      "content/articles/links.md:9: the link to `#</a><img src=x onerror=alert('attribute close')>` leads to the top of the page, not to a section: this article has no heading whose address is `#</a><img src=x onerror=alert('attribute close')>`, and no headings at all; remove the link, or add a heading (a line starting `## `) where it should lead",
    ]);
  });

  it("renders inert all the same", async () => {
    const html = await renderArticleHtml(link, { publicDir: folder.publicDir });
    expect(problemsIn(html)).toEqual([]);
  });
});

describe("links the page keeps but no browser can read (a port typed `44o`, a `%` in a website's name)", () => {
  const UNREADABLE = ["[our shop](https://shop.example.com:44o/rings)", "[the guild](https://gold%smiths.example/)"];
  const LEADS_NOWHERE = "leads nowhere: no browser can read its address, so readers who click";
  const LOOK = "stay where they are; look for a mistyped character in the website's name or in the port after its `:`";

  it("are errors, one for each link", async () => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, UNREADABLE.join("\n\n")));
    expect(await errors()).toEqual([
      `content/articles/links.md:9: the link to \`https://shop.example.com:44o/rings\` ${LEADS_NOWHERE} \`our shop\` ${LOOK}`,
      `content/articles/links.md:11: the link to \`https://gold%smiths.example/\` ${LEADS_NOWHERE} \`the guild\` ${LOOK}`,
    ]);
  });

  it("name a linked picture by its description, which is what readers who click it hear", async () => {
    await folder.write("public/images/ring.jpg", await smallImage());
    await folder.write("content/articles/links.md", article({ author: "isla" }, "[![A silver ring](/images/ring.jpg)](https://shop.example.com:44o/rings)"));
    expect(await errors()).toEqual([`content/articles/links.md:9: the link to \`https://shop.example.com:44o/rings\` ${LEADS_NOWHERE} \`A silver ring\` ${LOOK}`]);
  });

  it("are links on the page, which is why the check names them", async () => {
    const html = await renderArticleHtml(UNREADABLE.join("\n\n"), { publicDir: folder.publicDir });
    expect(html.match(/<a href=/g)).toHaveLength(2);
  });
});

describe("links written as HTML (`<a href>`) get the messages of the Markdown form", () => {
  const WRITE = "write an address that starts with `https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number), or remove the link and keep its words";

  it.each([
    [
      'Print it: <a href="javascript:window.print()">print this page</a>.',
      "content/articles/links.md:9: the link to `javascript:window.print()` does not work (an address may not start with `javascript:`), so the page shows `print this page` as plain text; " + WRITE + ": `print this page`",
    ],
    [
      'Our <a href="https://shop.example:44o/rings">ring shop</a> is open.',
      "content/articles/links.md:9: the link to `https://shop.example:44o/rings` leads nowhere: no browser can read its address, so readers who click `ring shop` stay where they are; look for a mistyped character in the website's name or in the port after its `:`",
    ],
    [
      'See <a href="">our prices</a>.',
      'content/articles/links.md:9: the link `<a href="">` has no address, so the page shows `our prices` as plain text; write the address after `href=`, like `<a href="/articles/silver-care">`, or remove the link and keep its words: `our prices`',
    ],
    [
      'Visit <a href="HTTPS://example.com">the guild</a>.',
      "content/articles/links.md:9: the link to `HTTPS://example.com` does not work (its start `HTTPS:` must be in small letters), so the page shows `the guild` as plain text; write `https://example.com`",
    ],
    [
      'A first line.\nThen <a href="file:///Users/isla/ring.jpg">the\n*sketch*</a> on the next.',
      "content/articles/links.md:10: the link to `file:///Users/isla/ring.jpg` does not work (an address may not start with `file:`), so the page shows `the sketch` as plain text; " + WRITE + ": `the sketch`",
    ],
    [
      '<div>\n<a href="data:text/plain,ring">inside a block</a>\n</div>',
      "content/articles/links.md:10: the link to `data:text/plain,ring` does not work (an address may not start with `data:`), so the page shows `inside a block` as plain text; " + WRITE + ": `inside a block`",
    ],
    [
      '<a href="javascript:void(0)">\n\n**Words under the tag**\n\n</a>',
      "content/articles/links.md:9: the link to `javascript:void(0)` does not work (an address may not start with `javascript:`), so the page shows its words as plain text; " + WRITE,
    ],
  ])("%j is an error on its line", async (text, message) => {
    await folder.write("content/articles/links.md", article({ author: "isla" }, text));
    expect(await errors()).toEqual([message]);
  });

  it.each([
    ['<a href="https://example.com/rings">our shop</a>, <a href="mailto:studio@example.com">write to us</a>, <a href="/">home</a>', "content/articles/links.md"],
    ["`<a href=\"javascript:x\">code</a>` in code, and\n\n    <a href=\"javascript:y\">an indented code block</a>", "content/articles/links.md"],
    ['<span href="javascript:void(0)">Our prices</span> and <div href="">sizes</div>: only `<a>` makes a link of an `href`', "content/articles/links.md"],
  ])("%j is no error", async (text, file) => {
    if (file === "content/authors/isla.md") await folder.write(file, `---\nname: Isla Marrow\n---\n${text}\n`);
    else await folder.write(file, article({ author: "isla" }, text));
    expect(await errors()).toEqual([]);
  });

  it.each([
    [
      '<a href=""><img src="/images/ring.jpg" alt="A ring"></a>',
      'content/articles/links.md:9: the link `<a href="">` has no address, so the page shows the picture without a link; write the address after `href=`, like `<a href="/articles/silver-care">`, or remove the link and keep the picture: `<img src="/images/ring.jpg" alt="A ring">`',
      '<img src="/images/ring.jpg" alt="A ring">',
    ],
    [
      'See <a href="">\n<img src="/images/ring.jpg" alt="A ring"> our ring</a> today.',
      'content/articles/links.md:9: the link `<a href="">` has no address, so the page shows the picture and the words without a link; write the address after `href=`, like `<a href="/articles/silver-care">`, or remove the link and keep the picture and the words: `<img src="/images/ring.jpg" alt="A ring"> our ring`',
      'See <img src="/images/ring.jpg" alt="A ring"> our ring today.',
    ],
    [
      '<p><a href="javascript:void(0)"><img src="/images/ring.jpg" alt="A ring"></a></p>',
      "content/articles/links.md:9: the link to `javascript:void(0)` does not work (an address may not start with `javascript:`), so the page shows the picture without a link; write an address that starts with `https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number), or remove the link and keep the picture: `<img src=\"/images/ring.jpg\" alt=\"A ring\">`",
      '<p><img src="/images/ring.jpg" alt="A ring"></p>',
    ],
  ])("%j, a picture in a link the page drops, is told the picture to keep; written so, or with an address, it passes", async (text, message, kept) => {
    await folder.write("public/images/ring.jpg", await smallImage());
    await folder.write("content/articles/links.md", article({ author: "isla" }, text));
    expect(await errors()).toEqual([message]);
    const shown = await renderArticleHtml(text, { publicDir: folder.publicDir });
    // The only links left are to the picture's full-size file (`/img/…`), which the page adds to a picture alone in its paragraph.
    expect([shown.includes('alt="A ring"'), /<a (?![^>]*href="\/img\/)/.test(shown)]).toEqual([true, false]);
    for (const fixed of [kept, text.replace(/href="[^"]*"/, 'href="https://shop.example.com/rings"')]) {
      await folder.write("content/articles/links.md", article({ author: "isla" }, fixed));
      expect(await errors()).toEqual([]);
      const page = await renderArticleHtml(fixed, { publicDir: folder.publicDir });
      expect(page).toContain('alt="A ring"');
      expect(page.includes('<a href="https://shop.example.com/rings"')).toBe(fixed !== kept);
    }
  });

  it("in a bio, which shows no HTML, is told to keep its words, not to write the address as a Markdown link", async () => {
    await folder.write("content/authors/isla.md", '---\nname: Isla Marrow\n---\nIsla\'s <a href="javascript:alert(1)">print</a>.\n');
    expect(await errors()).toEqual([
      "content/authors/isla.md:4: the page shows `print` as plain text, not as a link: a bio shows no HTML, only Markdown, and a link to `javascript:alert(1)` would show as plain text too; remove the tag and keep its words: `print`",
    ]);
  });
});
