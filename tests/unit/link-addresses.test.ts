import { describe, expect, it } from "vitest";
import { deadLinkProblem } from "@/lib/checks/link-addresses";
import { findReferences } from "@/lib/checks/references";
import { renderArticleHtml } from "@/lib/content/markdown";

/** Addresses a page keeps as links, and addresses it shows as plain text, by hand. */
const KEPT = ["https://example.com/rings", "http://example.com", "mailto:studio@example.com", "/articles/silver-care", "#care", "silver-care", "../tags/silver", "?page=2", "irc://irc.example.com/rings", "tel:+442079460000"];
const DROPPED = ["", "HTTPS://example.com", "Mailto:studio@example.com", "data:text/plain,ring", "javascript:void(0)", "ftp://example.com/rings.pdf", "file:///Users/isla/ring.jpg", "sms:+44", "localhost:3000/articles/silver-care"];

/** A link written in Markdown, or as HTML (`<a href>`, whose address is written with its `&` as `&amp;`). */
const FORMS = { markdown: (url: string) => `[the words](${url})`, html: (url: string) => `<a href="${url.replaceAll("&", "&amp;")}">the words</a>` };

async function verdicts(url: string, form: keyof typeof FORMS) {
  const markdown = FORMS[form](url);
  const references = findReferences(markdown, 1);
  const [link] = form === "markdown" ? references.links : references.htmlLinks;
  if (!link) throw new Error(`${markdown} is not read as a link`);
  const html = await renderArticleHtml(markdown, { publicDir: "public" });
  return { linkOnPage: html.includes("<a "), checkAccepts: deadLinkProblem(link) === undefined };
}

describe.each(["markdown", "html"] as const)("the check and the page agree on which links work, written in %s", (form) => {
  it.each(KEPT)("keeps %j as a link, and the check accepts it", async (url) => {
    expect(await verdicts(url, form)).toEqual({ linkOnPage: true, checkAccepts: true });
  });
  it.each(DROPPED)("shows %j as plain text, and the check reports it", async (url) => {
    expect(await verdicts(url, form)).toEqual({ linkOnPage: false, checkAccepts: false });
  });
});

describe("the message for a link without an address", () => {
  it("names the words as the page shows them, the spaces around and between them taken as one", () => {
    const [link] = findReferences("Read [ how we  set stones ]() first.\n", 1).links;
    expect(link && deadLinkProblem(link)).toBe(
      "the link `[how we set stones]()` has no address, so the page shows `how we set stones` as plain text; write the address between the round brackets, like `[how we set stones](/articles/silver-care)`, or remove the brackets: `how we set stones`",
    );
  });
});

describe("the words a link's message names, as the page shows them", () => {
  const noAddress = (words: string) =>
    `the link \`[${words}]()\` has no address, so the page shows \`${words}\` as plain text; write the address between the round brackets, like \`[${words}](/articles/silver-care)\`, or remove the brackets: \`${words}\``;
  const noHref = (words: string) =>
    `the link \`<a href="">\` has no address, so the page shows \`${words}\` as plain text; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or remove the link and keep its words: \`${words}\``;
  const markdownMessage = (text: string) => findReferences(text, 1).links.map(deadLinkProblem);
  const htmlMessage = (text: string) => findReferences(text, 1).htmlLinks.map(deadLinkProblem);

  it("are the words on both lines of a Markdown link written over two, and those in code", () => {
    expect(markdownMessage("Read [how we set\nstones]() and [the `clasp` guide]().\n")).toEqual([noAddress("how we set stones"), noAddress("the clasp guide")]);
  });

  it("run to `</a>` in an `<a href>`, across emphasis and code, and stop at `</a >` written with a space", () => {
    expect(htmlMessage('See <a href="">the <em>rose</em> gold</a>, <a href="">the `clasp` guide</a> and <a href="">our prices</a > today.\n')).toEqual([
      noHref("the rose gold"),
      noHref("the clasp guide"),
      noHref("our prices"),
    ]);
  });

  it("follow the whole `<a>` tag, quoted as a browser reads it, a `>` in a value in quotes and all", () => {
    expect(htmlMessage(`See <a title="<b class=x'y>" href="">our shop</a> today.\n`)).toEqual([
      `the link \`<a title="<b class=x'y>" href="">\` has no address, so the page shows \`our shop\` as plain text; write the address after \`href=\`, like \`<a href="/articles/silver-care">\`, or remove the link and keep its words: \`our shop\``,
    ]);
  });
});

describe("a linked picture whose address the page drops", () => {
  // Found sorting references.ts's mutants: told the page shows the picture's description as plain text, and the line to write lost the picture.
  const told = (markdown: string) => findReferences(markdown, 1).links.map(deadLinkProblem);
  const shows = async (markdown: string) => {
    const html = await renderArticleHtml(markdown, { publicDir: "public" });
    return { picture: html.includes('<img src="/images/ring.jpg" alt="A ring"'), link: html.includes("<a ") };
  };

  it("with no address, is told the page shows the picture without a link, and the picture alone or the link with an address to write", async () => {
    const markdown = "[![A ring](/images/ring.jpg)]()\n";
    expect(await shows(markdown)).toEqual({ picture: true, link: false });
    expect(told(markdown)).toEqual([
      "the link `[![A ring](/images/ring.jpg)]()` has no address, so the page shows the picture without a link; write the address between the round brackets, like `[![A ring](/images/ring.jpg)](/articles/silver-care)`, or remove the link and keep the picture: `![A ring](/images/ring.jpg)`",
    ]);
  });

  it("with words beside it, or an address the page refuses, is told so too", async () => {
    const beside = "See [![A ring](/images/ring.jpg)\n  and *gold*]() here.\n";
    expect(await shows(beside)).toEqual({ picture: true, link: false });
    expect(told(beside)).toEqual([
      "the link `[![A ring](/images/ring.jpg) and *gold*]()` has no address, so the page shows the picture and the words without a link; write the address between the round brackets, like `[![A ring](/images/ring.jpg) and *gold*](/articles/silver-care)`, or remove the link and keep the picture and the words: `![A ring](/images/ring.jpg) and *gold*`",
    ]);
    const refused = "[![A ring](/images/ring.jpg) ![A ring](/images/ring.jpg)](javascript:void(0))\n";
    expect(await shows(refused)).toEqual({ picture: true, link: false });
    expect(told(refused)).toEqual([
      "the link to `javascript:void(0)` does not work (an address may not start with `javascript:`), so the page shows the pictures without a link; write an address that starts with `https://` (another website), `/` (a page of this journal, like `/articles/silver-care`), `mailto:` (an email address) or `tel:` (a phone number), or remove the link and keep the pictures: `![A ring](/images/ring.jpg) ![A ring](/images/ring.jpg)`",
    ]);
  });
});
