import { describe, expect, it } from "vitest";
import path from "node:path";
import { renderArticle, renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";

const options = { publicDir: path.resolve("public") };

describe("article Markdown", () => {
  it("renders GitHub-flavoured Markdown: tables, strikethrough, autolinks, task lists, footnotes", async () => {
    const html = await renderArticleHtml(
      "| metal | hardness |\n| --- | --- |\n| gold | 2.5 |\n\n~~nickel~~ see https://www.example.com\n\n- [x] polish\n- [ ] rinse\n\nA claim.[^1]\n\n[^1]: The source.\n",
      options,
    );
    expect(html).toContain("<table>");
    expect(html).toContain("<td>gold</td>");
    expect(html).toContain("<del>nickel</del>");
    expect(html).toContain('<a href="https://www.example.com">https://www.example.com</a>');
    expect(html).toMatch(/<input type="checkbox" checked disabled aria-label="polish"> polish/);
    // Every footnote link lands on an element that exists.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(fragments).toEqual(["user-content-fn-1", "user-content-fnref-1"]);
    for (const fragment of fragments) expect(ids).toContain(fragment);
  });

  it("points a footnote's links at its note and back when its label holds a character an address encodes (`<`, a no-break space, `\\]`)", async () => {
    const html = await renderArticleHtml("A claim[^<b>], a second[^a\u00a0b] and a third[^c\\]d].\n\n[^<b>]: One.\n\n[^a\u00a0b]: Two.\n\n[^c\\]d]: Three.\n", options);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(fragments).toEqual([
      "user-content-fn-%3Cb%3E",
      "user-content-fn-a%C2%A0b",
      "user-content-fn-c%5C%5Dd",
      "user-content-fnref-%3Cb%3E",
      "user-content-fnref-a%C2%A0b",
      "user-content-fnref-c%5C%5Dd",
    ]);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    for (const fragment of fragments) expect(ids).toContain(fragment);
  });

  it("keeps harmless raw HTML and drops anything that could run code", async () => {
    const html = await renderArticleHtml(
      [
        '<abbr title="sterling silver">925</abbr> <kbd>Esc</kbd>',
        "<script>alert(1)</script>",
        '<img src="/a.jpg" alt="a" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a> <a href="JaVaScRiPt:alert(1)">y</a>',
        "[z](javascript:alert(1)) ![d](data:image/png;base64,AAAA)",
        '<iframe src="https://evil.example"></iframe><form action="/x"><button>go</button></form>',
        "<style>body{display:none}</style>",
        '<p style="color:red" onclick="alert(1)">styled</p>',
      ].join("\n\n"),
      options,
    );
    expect(html).toContain('<abbr title="sterling silver">925</abbr>');
    expect(html).toContain("<kbd>Esc</kbd>");
    expect(html).not.toMatch(/<script|alert\(1\)|onerror|onclick|javascript:|data:image|<iframe|<form|<style|display:none|style=/i);
  });

  it("turns a link whose address was dropped into plain text, and keeps named anchors", async () => {
    const html = await renderArticleHtml('See [the sketch](data:text/html;base64,PHNjcmlwdD4=) and <a href="javascript:alert(1)">the <em>bench</em></a>.\n\n<a name="top">Top</a> <a id="notes">Notes</a>', options);
    expect(html).toContain("<p>See the sketch and the <em>bench</em>.</p>");
    expect(html).toContain('<a name="user-content-top">Top</a>');
    expect(html).toContain('<a id="user-content-notes">Notes</a>');
  });

  it("turns a link with an empty address into plain text too", async () => {
    expect(await renderArticleHtml('See [the sketch]() and <a href="">the bench</a>.', options)).toBe("<p>See the sketch and the bench.</p>");
  });

  it("points a link at an id the author wrote, under its prefix, even when the fragment is not valid percent-encoding", async () => {
    const html = await renderArticleHtml('<a href="#50%-off">Sale</a>, [half price](#50%-off), [Café](#caf%C3%A9)\n\n<a id="50%-off">Half price</a> <a id="café">Café</a>', options);
    expect(html).toContain('<a href="#user-content-50%-off">Sale</a>, <a href="#user-content-50%-off">half price</a>, <a href="#user-content-café">Café</a>');
  });

  it("leaves a link to another page alone, even when the article has an id of that page's name", async () => {
    const html = await renderArticleHtml('See [sizes](/sizes) and [the chart](#sizes).\n\n<a id="sizes">Sizes</a>', options);
    expect(html).toBe('<p>See <a href="/sizes">sizes</a> and <a href="#user-content-sizes">the chart</a>.</p>\n<p><a id="user-content-sizes">Sizes</a></p>');
  });

  it("keeps every id and name an author writes under user-content-, so none can shadow a global", async () => {
    const html = await renderArticleHtml('<img name="__next_f" src="/a.jpg" alt="a"> <a id="main">x</a> <p id="user-content-kept">y</p>\n\nA claim.[^1]\n\n[^1]: The source.\n', options);
    expect(html).toContain('name="user-content-__next_f"');
    expect(html).toContain('id="user-content-main"');
    expect(html).toContain('id="user-content-kept"');
    // Footnotes, already prefixed by remark-rehype, still point at their targets.
    expect(html).toMatch(/href="#user-content-fn-1"[^>]*aria-describedby="user-content-footnote-label"/);
    expect(html).toContain('id="user-content-footnote-label"');
  });

  it("loads images from this site only", async () => {
    const html = await renderArticleHtml(
      '![local](/images/a.jpg) ![remote](https://evil.example/a.png) <img src="//evil.example/b.png" alt="b"> <img src="/\\evil.example/c.png" alt="c"> <picture><source srcset="https://evil.example/d.png"><img src="/images/d.jpg" alt="d"></picture>',
      options,
    );
    expect(html).toMatch(/<img src="\/images\/a\.jpg" alt="local"[ >]/);
    expect(html).toMatch(/<img src="\/images\/d\.jpg" alt="d"[ >]/);
    expect(html).not.toMatch(/evil\.example|<source|<picture/);
  });
});

describe("headings and images", () => {
  it("gives headings GitHub-style ids, numbers duplicates, adds a labelled anchor and lists h2/h3 for the contents", async () => {
    const { html, headings } = await renderArticle("## Why Silver Tarnishes\n\n### Sulphur & air\n\n## Care\n\n## Care\n\n#### Deep\n", options);
    expect(headings).toEqual([
      { id: "why-silver-tarnishes", text: "Why Silver Tarnishes", depth: 2 },
      { id: "sulphur--air", text: "Sulphur & air", depth: 3 },
      { id: "care", text: "Care", depth: 2 },
      { id: "care-1", text: "Care", depth: 2 },
    ]);
    expect(html).toContain('<h2 id="why-silver-tarnishes">Why Silver Tarnishes<a class="heading-anchor" aria-label="Link to the section “Why Silver Tarnishes”" href="#why-silver-tarnishes">#</a></h2>');
  });

  it("anchors h4 headings too, and lists a heading's words without the space a note beside them leaves", async () => {
    const { html, headings } = await renderArticle("## Care <!-- for the shop -->\n\n#### Deep\n", options);
    expect(headings.map((heading) => heading.text)).toEqual(["Care"]);
    expect(html).toContain('<h4 id="deep">Deep<a class="heading-anchor" aria-label="Link to the section “Deep”" href="#deep">#</a></h4>');
  });

  it("cannot be tricked into an id that clobbers the page, because ids come after sanitising", async () => {
    const { html } = await renderArticle('<h2 id="main">Raw heading</h2>\n\n<a name="top" id="x">a</a>', options);
    expect(html).not.toContain('id="main"');
    expect(html).toContain('<h2 id="user-content-main">');
    expect(html).toContain('name="user-content-top"');
  });

  it("keeps heading ids that could shadow the page or Next.js's globals under user-content-", async () => {
    const { html } = await renderArticle("## Main\n\n## __next_f\n\n## Next\n\n## Care\n", options);
    expect(html).toContain('<h2 id="user-content-main">');
    expect(html).toContain('<h2 id="user-content-__next_f">');
    expect(html).toContain('<h2 id="user-content-next">');
    expect(html).toContain('<h2 id="care">');
  });

  it("sizes local images from the file and loads them lazily", async () => {
    const { html } = await renderArticle("![A wax tree on its sprue](/images/articles/wax-tree.jpg)\n\n![Missing](/images/none.jpg)", options);
    expect(html).toMatch(/<img src="\/img\/[0-9a-f]{16}\/720\/wax-tree\.webp" alt="A wax tree on its sprue" loading="eager" decoding="async" [^>]*width="1000" height="667"/);
    // A missing file is left as written (check:content reports it), lazily.
    expect(html).toContain('<figure class="photo"><img src="/images/none.jpg" alt="Missing" loading="lazy" decoding="async"></figure>');
  });
});

describe("author bio Markdown", () => {
  it("renders Markdown but no raw HTML at all", async () => {
    const html = await renderBioHtml("Isla **makes** rings. <b>bold</b> <script>alert(1)</script>");
    expect(html).toContain("<strong>makes</strong>");
    expect(html).not.toMatch(/<b>|<script/);
  });

  it("keeps the text of a link whose address was dropped, without an empty link around it", async () => {
    expect(await renderBioHtml("Sam: [data link](data:text/html;base64,PHNjcmlwdD4=).")).toBe("<p>Sam: data link.</p>");
  });

  it("has no images, which could only come from another origin", async () => {
    expect(await renderBioHtml("Me: ![portrait](https://evil.example/me.png)")).toBe("<p>Me: </p>");
  });
});

describe("a section's link", () => {
  it("is named by the heading's words, without the space a note beside them leaves", async () => {
    const { html } = await renderArticle("## Care <!-- for the shop -->\n", options);
    expect(html).toContain('aria-label="Link to the section “Care”"');
  });
});
