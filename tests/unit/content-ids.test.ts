import { describe, expect, it } from "vitest";
import { renderArticle, renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";

/*
 * Issue 18, class 10: ids an author writes never take the ids the pipeline generates (footnote
 * labels and anchors) or the page's own, and footnotes in a bio work.
 */

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
const hrefs = (html: string) => [...html.matchAll(/\shref="#([^"]*)"/g)].map((match) => match[1]);
const render = (markdown: string) => renderArticleHtml(markdown, { publicDir: "public" });

describe("ids in an article", () => {
  const FOOTNOTE = "A claim.[^1]\n\n[^1]: The source.\n";

  it("keeps the footnotes' ids when the author writes the same ones, before or after them", async () => {
    const html = await render(`<p id="fn-1">early</p> <a id="fnref-1">also</a>\n\n${FOOTNOTE}\n<h2 id="footnote-label">late</h2>\n`);
    // The author's heading loses the footnotes' id and gets a slug of its own.
    expect(ids(html)).toEqual(["user-content-fnref-1", "late", "user-content-footnote-label", "user-content-fn-1"]);
    expect(html).toContain("<p>early</p>");
    // The reference and the back link still reach each other (and the heading has its anchor).
    expect(hrefs(html)).toEqual(["user-content-fn-1", "late", "user-content-fnref-1"]);
  });

  it("never lets an author's id that already looks prefixed take a footnote's", async () => {
    const html = await render(`<a id="user-content-fn-1">forged</a>\n\n${FOOTNOTE}`);
    expect(ids(html)).toEqual(["user-content-fnref-1", "user-content-footnote-label", "user-content-fn-1"]);
  });

  it("gives a repeated author id to the first element only", async () => {
    expect(ids(await render('<span id="a">1</span> <span id="a">2</span> <span name="a">3</span>'))).toEqual(["user-content-a"]);
  });

  it("numbers a heading's slug past every id already in the article, and never takes the page's own", async () => {
    const html = await render(`<a id="care">x</a>\n\n## Care\n\n## Care\n\n## Main\n\n## About the author\n\n## User content fn 1\n\n${FOOTNOTE}`);
    const all = ids(html);
    expect(all).toEqual([
      "user-content-care",
      "care",
      "care-1",
      "user-content-main",
      "user-content-about-the-author",
      "user-content-user-content-fn-1",
      "user-content-fnref-1",
      "user-content-footnote-label",
      "user-content-fn-1",
    ]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("numbers a heading past an author's id that already holds the same prefixed slug", async () => {
    const html = await render('<a id="user-content-user-content-x">forged</a>\n\n## User content x\n');
    expect(ids(html)).toEqual(["user-content-user-content-x", "user-content-user-content-x-1"]);
  });

  it("keeps numbering a heading's slug up while the numbered ids are taken too", async () => {
    const html = await render('<a id="user-content-user-content-x">a</a> <a id="user-content-user-content-x-1">b</a>\n\n## User content x\n');
    expect(ids(html)).toEqual(["user-content-user-content-x", "user-content-user-content-x-1", "user-content-user-content-x-2"]);
  });

  it("moves a heading that would take a bio's id under user-content-", async () => {
    expect(ids(await render("## Bio fn 1\n"))).toEqual(["user-content-bio-fn-1"]);
  });

  it("gives a heading without words no id, no anchor link and no entry in the contents", async () => {
    // `##` alone, `## ` and a space written as an entity: nothing to name a link by.
    const { html, headings } = await renderArticle("## Care\n\n##\n\nText.\n\n## \n\n### &#x20;\n\n## Care\n", { publicDir: "public" });
    expect(ids(html)).toEqual(["care", "care-1"]);
    expect(hrefs(html)).toEqual(["care", "care-1"]);
    expect(html).toContain("<h2></h2>\n<p>Text.</p>\n<h2></h2>\n<h3> </h3>");
    expect(headings).toEqual([
      { id: "care", text: "Care", depth: 2 },
      { id: "care-1", text: "Care", depth: 2 },
    ]);
  });
});

describe("footnotes in a bio", () => {
  const BIO = "Isla makes rings.[^1]\n\n[^1]: And mends them.\n";

  it("link to their own ids, prefixed once", async () => {
    const html = await renderBioHtml(BIO);
    expect(ids(html)).toEqual(["bio-fnref-1", "bio-footnote-label", "bio-fn-1"]);
    expect(hrefs(html)).toEqual(["bio-fn-1", "bio-fnref-1"]);
    expect(html).toContain('aria-describedby="bio-footnote-label"');
  });

  it("never share an id with the article's footnotes on the same page", async () => {
    const article = ids(await render("A claim.[^1]\n\n[^1]: The source.\n"));
    const bio = ids(await renderBioHtml(BIO));
    expect(article.filter((id) => bio.includes(id))).toEqual([]);
  });

  it("give headings ids under bio-, numbered past the footnotes' own", async () => {
    const html = await renderBioHtml("## Early work\n\nText.[^1]\n\n## Fn 1\n\n### Fn 1\n\n[^1]: Note.\n");
    expect(ids(html)).toEqual(["bio-early-work", "bio-fnref-1", "bio-fn-1-1", "bio-fn-1-1-1", "bio-footnote-label", "bio-fn-1"]);
  });

  it("still drop raw HTML and images", async () => {
    const html = await renderBioHtml('Hi <b id="x">there</b> ![me](/images/me.jpg) <script>alert(1)</script>\n');
    expect(html).toContain("Hi there");
    for (const tag of ["<b", "<img", "<script"]) expect(html).not.toContain(tag);
  });
});
