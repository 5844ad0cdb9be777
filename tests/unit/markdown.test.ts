import { describe, expect, it } from "vitest";
import { renderArticleHtml, renderBioHtml } from "@/lib/content/markdown";

describe("article Markdown", () => {
  it("renders GitHub-flavoured Markdown: tables, strikethrough, autolinks, task lists, footnotes", async () => {
    const html = await renderArticleHtml(
      "| metal | hardness |\n| --- | --- |\n| gold | 2.5 |\n\n~~nickel~~ see https://www.example.com\n\n- [x] polish\n- [ ] rinse\n\nA claim.[^1]\n\n[^1]: The source.\n",
    );
    expect(html).toContain("<table>");
    expect(html).toContain("<td>gold</td>");
    expect(html).toContain("<del>nickel</del>");
    expect(html).toContain('<a href="https://www.example.com">https://www.example.com</a>');
    expect(html).toMatch(/<input type="checkbox" checked disabled> polish/);
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
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
    );
    expect(html).toContain('<abbr title="sterling silver">925</abbr>');
    expect(html).toContain("<kbd>Esc</kbd>");
    expect(html).not.toMatch(/<script|alert\(1\)|onerror|onclick|javascript:|data:image|<iframe|<form|<style|display:none|style=/i);
  });

  it("keeps every id and name an author writes under user-content-, so none can shadow a global", async () => {
    const html = await renderArticleHtml('<img name="__next_f" src="/a.jpg" alt="a"> <a id="main">x</a> <p id="user-content-kept">y</p>\n\nA claim.[^1]\n\n[^1]: The source.\n');
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
    );
    expect(html).toContain('<img src="/images/a.jpg" alt="local">');
    expect(html).toContain('<img src="/images/d.jpg" alt="d">');
    expect(html).not.toMatch(/evil\.example|<source|<picture/);
  });
});

describe("author bio Markdown", () => {
  it("renders Markdown but no raw HTML at all", async () => {
    const html = await renderBioHtml("Isla **makes** rings. <b>bold</b> <script>alert(1)</script>");
    expect(html).toContain("<strong>makes</strong>");
    expect(html).not.toMatch(/<b>|<script/);
  });

  it("has no images, which could only come from another origin", async () => {
    expect(await renderBioHtml("Me: ![portrait](https://evil.example/me.png)")).toBe("<p>Me: </p>\n");
  });
});
