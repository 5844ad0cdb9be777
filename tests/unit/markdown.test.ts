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
});

describe("author bio Markdown", () => {
  it("renders Markdown but no raw HTML at all", async () => {
    const html = await renderBioHtml("Isla **makes** rings. <b>bold</b> <script>alert(1)</script>");
    expect(html).toContain("<strong>makes</strong>");
    expect(html).not.toMatch(/<b>|<script/);
  });
});
