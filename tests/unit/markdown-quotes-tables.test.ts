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

  it("are named after the nearest heading above them, never one below", async () => {
    const sizes = "| US | UK |\n| --- | --- |\n| 5 | J½ |\n";
    expect(await render(`## Rings\n\n### Sizes\n\n${sizes}\n## Care\n`)).toContain('<div class="table-scroll" role="region" aria-label="Sizes" tabindex="0">');
    expect(await render(`${sizes}\n## Care\n`)).toContain('<div class="table-scroll" role="region" aria-label="Table: US, UK" tabindex="0">');
  });

  it("written in HTML are named by their words without the spaces around them, or plainly “Table” with no heads", async () => {
    expect(await render("<h2>\n  Sizes\n</h2>\n\n<table><tr><td>5</td></tr></table>\n")).toContain('aria-label="Sizes"');
    expect(await render("<table>\n<tr><th> US </th><th>\n UK\n</th></tr>\n</table>\n")).toContain('aria-label="Table: US, UK"');
    expect(await render("Sizes:\n\n<table><tr><td>5</td><td>J½</td></tr></table>\n")).toContain('<div class="table-scroll" role="region" aria-label="Table" tabindex="0">');
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

  it("show a typewriter's dash (`--`) before the name as an em dash", async () => {
    expect(await render("> Measure twice.\n> -- Isla Marrow\n")).toBe('<figure class="quote"><blockquote>\n<p>Measure twice.</p>\n</blockquote><figcaption>— Isla Marrow</figcaption></figure>');
  });

  // The fifth jeweler's trial: Word makes ` - ` an en dash, and `> – Mrs Penrose` stayed in the quote's words.
  it("show Word's en dash (`–`) before the name as an em dash, but leave `–5 °C` in the quote", async () => {
    expect(await render("> Fits perfectly.\n> – Mrs Penrose, a customer in Truro\n")).toBe(
      '<figure class="quote"><blockquote>\n<p>Fits perfectly.</p>\n</blockquote><figcaption>— Mrs Penrose, a customer in Truro</figcaption></figure>',
    );
    expect(await render("> Store it above\n> –5 °C.\n")).toBe("<blockquote>\n<p>Store it above\n–5 °C.</p>\n</blockquote>");
  });

  it("drop the hard line break that led to the attribution", async () => {
    const caption = '<figure class="quote"><blockquote>\n<p>Measure twice.</p>\n</blockquote><figcaption>— Isla Marrow</figcaption></figure>';
    expect(await render("> Measure twice.  \n> — Isla Marrow\n")).toBe(caption);
    expect(await render("> Measure twice.\\\n> — Isla Marrow\n")).toBe(caption);
  });

  it("take the last line beginning with a dash as the attribution, past emphasis, and leave earlier ones in the quote", async () => {
    expect(await render("> Gold *lasts*\n> — soft, *warm*\n> — Ottilie Brandt\n")).toBe(
      '<figure class="quote"><blockquote>\n<p>Gold <em>lasts</em>\n— soft, <em>warm</em></p>\n</blockquote><figcaption>— Ottilie Brandt</figcaption></figure>',
    );
  });
});

describe("block quote attributions, and what they leave alone", () => {
  it("keep the space between emphasis and the words after it", async () => {
    expect(await render("> *Polish* gently.\n> — Isla Marrow\n")).toBe(
      '<figure class="quote"><blockquote>\n<p><em>Polish</em> gently.</p>\n</blockquote><figcaption>— Isla Marrow</figcaption></figure>',
    );
  });

  it("keep every line of a verse broken by hard line breaks", async () => {
    expect(await render("> Rings are small,\\\n> and last forever.\n> — Isla Marrow\n")).toBe(
      '<figure class="quote"><blockquote>\n<p>Rings are small,<br>\nand last forever.</p>\n</blockquote><figcaption>— Isla Marrow</figcaption></figure>',
    );
  });

  it("keep words written between the paragraphs of a quote in HTML", async () => {
    expect(await render("<blockquote><p>We polish by hand.</p>every day<p>— Isla Marrow</p></blockquote>\n")).toBe(
      '<figure class="quote"><blockquote><p>We polish by hand.</p>every day</blockquote><figcaption>— Isla Marrow</figcaption></figure>',
    );
  });

  it("come only from a paragraph: a heading that starts with a dash stays in the quote", async () => {
    const html = await render("> Words.\n>\n> ## — The End\n");
    expect(html).toMatch(/^<blockquote>\n<p>Words\.<\/p>\n<h2 [^>]*>— The End<a [^>]*>#<\/a><\/h2>\n<\/blockquote>$/);
  });

  it("come only from a quote: a list item whose last paragraph starts with a dash stays a list item", async () => {
    expect(await render("- Polish gently.\n\n  — Isla Marrow\n")).toBe("<ul>\n<li>\n<p>Polish gently.</p>\n<p>— Isla Marrow</p>\n</li>\n</ul>");
  });
});

describe("task lists", () => {
  it("name each checkbox by its item, for screen readers", async () => {
    const html = await render("- [x] Measured twice\n- [ ] Asked about resizing\n");
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Measured twice">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Asked about resizing">');
  });
});
