import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/content/markdown";

const options = { publicDir: path.resolve("public") };
const render = (markdown: string) => renderArticleHtml(markdown, options);

describe("tables", () => {
  it("sit in a focusable region named after the heading above them, so a wide one scrolls on its own", async () => {
    const html = await render("## Size conversion table\n\nIntro.\n\n| US | UK |\n| --- | --- |\n| 5 | J½ |\n");
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Size conversion table" tabindex="0"><table>');
    expect(html).toMatch(/<\/table><\/div>/);
  });

  it("are named by their column heads when no heading precedes them", async () => {
    const html = await render("| Karat | Gold content |\n| --- | --- |\n| 18k | 75% |\n");
    expect(html).toContain('aria-label="Table: Karat, Gold content"');
  });
});

describe("block quotes", () => {
  it("keep the author's own quotation marks and nothing else", async () => {
    const html = await render('> "The right setting protects the stone."\n');
    expect(html).toBe('<blockquote>\n<p>"The right setting protects the stone."</p>\n</blockquote>');
  });

  it("turn a last line beginning with an em dash into the quote's caption", async () => {
    const html = await render('> "The right setting protects the stone."\n> — Isla Marrow, *at the bench*\n');
    expect(html).toBe(
      '<figure class="quote"><blockquote>\n<p>"The right setting protects the stone."</p>\n</blockquote><figcaption>— Isla Marrow, <em>at the bench</em></figcaption></figure>',
    );
  });

  it("take the attribution from its own paragraph too, keeping every paragraph before it", async () => {
    const html = await render("> First thought.\n>\n> Second thought.\n>\n> — Ottilie Brandt\n");
    expect(html).toBe('<figure class="quote"><blockquote>\n<p>First thought.</p>\n<p>Second thought.</p>\n</blockquote><figcaption>— Ottilie Brandt</figcaption></figure>');
  });

  it("leave a dash inside a line, or a quote that is only a dash line, as written", async () => {
    expect(await render("> Gold — soft, warm — lasts.\n")).toBe("<blockquote>\n<p>Gold — soft, warm — lasts.</p>\n</blockquote>");
    expect(await render("> — Nobody\n")).toBe("<blockquote>\n<p>— Nobody</p>\n</blockquote>");
  });
});

describe("task lists", () => {
  it("name each checkbox by its item, for screen readers", async () => {
    const html = await render("- [x] Measured twice\n- [ ] Asked about resizing\n");
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Measured twice">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Asked about resizing">');
  });
});
