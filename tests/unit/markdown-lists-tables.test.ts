import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderArticle, renderArticleHtml } from "@/lib/content/markdown";

const options = { publicDir: path.resolve("public") };
const render = (markdown: string) => renderArticleHtml(markdown, options);

describe("task lists, for screen readers", () => {
  it("name each checkbox in a loose list (items apart by blank lines) by its paragraph", async () => {
    const html = await render("- [x] Measured twice\n\n- [ ] Asked about resizing\n\n  The shop resizes once for free.\n");
    expect(html).toContain('<p><input type="checkbox" checked disabled aria-label="Measured twice"> Measured twice</p>');
    expect(html).toContain('<p><input type="checkbox" disabled aria-label="Asked about resizing"> Asked about resizing</p>\n<p>The shop resizes once for free.</p>');
  });

  it("name only the checkbox, never the item's other elements", async () => {
    const html = await render('<ul><li><em>Engraving</em> <input type="checkbox"> booked</li></ul>\n\n- plain item\n\n- another\n');
    expect(html).toBe('<ul><li><em>Engraving</em> <input type="checkbox" disabled aria-label="Engraving  booked"> booked</li></ul>\n<ul>\n<li>\n<p>plain item</p>\n</li>\n<li>\n<p>another</p>\n</li>\n</ul>');
  });

  it("name a task by its own words, not those of the tasks in a list under it", async () => {
    const html = await render("- [x] Sized\n  - [ ] Band width\n- [ ] Engraved\n  1. [x] Font chosen\n");
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Sized"> Sized\n<ul');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Band width"> Band width</li>');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Engraved"> Engraved\n<ol');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Font chosen"> Font chosen</li>');
  });

  it("name a checkbox written in HTML outside a list by its paragraph, cell or block", async () => {
    expect(await render('Before.\n\n<p><input type="checkbox"> Polished</p>\n')).toBe('<p>Before.</p>\n<p><input type="checkbox" disabled aria-label="Polished"> Polished</p>');
    expect(await render('<input type="checkbox" checked> Sized\n')).toBe('<p><input type="checkbox" checked disabled aria-label="Sized"> Sized</p>');
    expect(await render('<div><input type="checkbox"> Engraved</div>\n')).toBe('<div><input type="checkbox" disabled aria-label="Engraved"> Engraved</div>');
    expect(await render('| Step |\n| --- |\n| <input type="checkbox"> Boxed |\n')).toContain('<td><input type="checkbox" disabled aria-label="Boxed"> Boxed</td>');
  });

  it("name a checkbox alone in a table cell (a checklist table) by the words of its row", async () => {
    expect(await render('| Step | Notes | Done |\n| --- | --- | --- |\n| Soak | warm water | <input type="checkbox"> |\n')).toContain(
      '<td>Soak</td>\n<td>warm water</td>\n<td><input type="checkbox" disabled aria-label="Soak warm water"></td>',
    );
    expect(await render('<table><tr><td>Polish</td><td><input type="checkbox" checked></td></tr></table>\n')).toContain(
      '<tr><td>Polish</td><td><input type="checkbox" checked disabled aria-label="Polish"></td></tr>',
    );
    expect(await render('| Step | Done |\n| --- | --- |\n| Soak | <input type="checkbox"> soaked |\n')).toContain('<td><input type="checkbox" disabled aria-label="soaked"> soaked</td>');
    // A row with no words at all still gives it none, and the content check says so.
    expect(await render('| Done |\n| --- |\n| <input type="checkbox"> |\n')).toContain('<td><input type="checkbox" disabled aria-label=""></td>');
  });

  it("name a checkbox alone on its line (an HTML block) by the text under it, up to the blank line", async () => {
    const html = await render('Before.\n\n<input type="checkbox">\nPolished\n\nBetween.\n\n<input type="checkbox" checked>\nPacked\n\n<input type="checkbox">\n');
    expect(html).toBe(
      '<p>Before.</p>\n<input type="checkbox" disabled aria-label="Polished">\nPolished\n<p>Between.</p>\n<input type="checkbox" checked disabled aria-label="Packed">\nPacked\n<input type="checkbox" disabled aria-label="">',
    );
  });

  it("name a checkbox that ends an article, alone on its line, by the words on the lines above it", async () => {
    expect(await render('Intro.\n\n<p>Book a fitting</p>\n<input type="checkbox">')).toBe('<p>Intro.</p>\n<p>Book a fitting</p>\n<input type="checkbox" disabled aria-label="Book a fitting">');
    expect(await render('Intro.\r\n\r\n<br>\r\nBook a <em>fitting</em>\r\n<input type="checkbox" checked>\r\n')).toBe(
      '<p>Intro.</p>\n<br>\nBook a <em>fitting</em>\n<input type="checkbox" checked disabled aria-label="Book a fitting">',
    );
    expect(await render('Intro.\n\n<pre>Book a fitting</pre>\n<input type="checkbox">')).toBe('<p>Intro.</p>\n<pre>Book a fitting</pre>\n<input type="checkbox" disabled aria-label="Book a fitting">');
    expect(await render('| Size |\n| --- |\n| 5 |\n\n<p>Sized</p>\n<input type="checkbox">')).toContain('</div>\n<p>Sized</p>\n<input type="checkbox" disabled aria-label="Sized">');
    expect(await render('Sized[^1].\n\n<input type="checkbox">\nPolished\n\n[^1]: Twice.')).toContain('<input type="checkbox" disabled aria-label="Polished">\nPolished\n<section');
    // A line of spaces and tabs is a blank line too: the words above it are another block's.
    expect(await render('<p>Polished</p>\n \t\n<input type="checkbox">')).toBe('<p>Polished</p>\n<input type="checkbox" disabled aria-label="">');
    expect(await render("Intro.\n\n- [ ] Book a fitting\n")).toBe(
      '<p>Intro.</p>\n<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled aria-label="Book a fitting"> Book a fitting</li>\n</ul>',
    );
  });

  it("name a checkbox alone on its line by all the words under it, and each of two on one block's lines by its own", async () => {
    expect(await render('Intro.\n\n<input type="checkbox">\n<em>Book</em> a fitting')).toBe('<p>Intro.</p>\n<input type="checkbox" disabled aria-label="Book a fitting">\n<em>Book</em> a fitting');
    expect(await render('<input type="checkbox">\nSized\n<input type="checkbox" checked>\n<strong>Packed</strong>\n<input type="checkbox">\n')).toBe(
      '<input type="checkbox" disabled aria-label="Sized">\nSized\n<input type="checkbox" checked disabled aria-label="Packed">\n<strong>Packed</strong>\n<input type="checkbox" disabled aria-label="">',
    );
  });

  it("leave a plain list alone, items on consecutive lines holding only words", async () => {
    expect(await render("- silver\n- gold\n")).toBe("<ul>\n<li>silver</li>\n<li>gold</li>\n</ul>");
  });
});

describe("tables, for screen readers", () => {
  it("are named by the nearest heading above them, not one further up or after", async () => {
    const html = await render("## Ring sizes\n\n### US and UK\n\n| US | UK |\n| --- | --- |\n| 5 | J½ |\n\n## Aftercare\n");
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="US and UK" tabindex="0">');
  });

  it("are not named by the page's h1, nor by a heading after them", async () => {
    const html = await render("# Sizes\n\n| US | UK |\n| --- | --- |\n| 5 | J½ |\n\n## Aftercare\n");
    expect(html).toContain('aria-label="Table: US, UK"');
  });

  it("are named by their trimmed column heads, or just Table when they have none", async () => {
    expect(await render("<table><tr><th> US </th><th>UK\n</th></tr></table>")).toContain('aria-label="Table: US, UK"');
    expect(await render("<h2> Sizes </h2>\n\n<table><tr><td>5</td></tr></table>")).toContain('aria-label="Sizes"');
    expect(await render("<table><tr><td>5</td></tr></table>")).toBe('<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table><tbody><tr><td>5</td></tr></tbody></table></div>');
  });

  it("get one scroll box, around the outer table, when a table sits inside another's cell", async () => {
    const html = await render("<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>");
    expect(html.match(/table-scroll/g)).toHaveLength(1);
    expect(html).toContain("<td><table><tbody><tr><td>inner</td></tr></tbody></table></td>");
  });
});

describe("headings, for the contents and their links", () => {
  const markdown = "## Care\n\nA claim.[^1]\n\n#### Deep\n\n##### Deeper\n\n<h3> Spaced </h3>\n\n[^1]: The source.\n";

  it("list the h2 and h3 of the prose, trimmed, without the footnotes' hidden label", async () => {
    const { headings } = await renderArticle(markdown, options);
    expect(headings).toEqual([
      { id: "care", text: "Care", depth: 2 },
      { id: "spaced", text: "Spaced", depth: 3 },
    ]);
  });

  it("get a link down to h4, none on h5 or on the footnotes' hidden label", async () => {
    const html = await render(markdown);
    expect(html).toContain('<h4 id="deep">Deep<a class="heading-anchor" aria-label="Link to the section “Deep”" href="#deep">#</a></h4>');
    expect(html).toContain('<h5 id="deeper">Deeper</h5>');
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
  });
});

describe("links that go nowhere", () => {
  it("become their text when the address is empty", async () => {
    expect(await render("See [the sketch]() first.")).toBe("<p>See the sketch first.</p>");
  });
});
