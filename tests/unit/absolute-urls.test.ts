import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { absoluteUrlsInHtml } from "@/lib/html/absolute-urls";
import { renderArticleHtml } from "@/lib/content/markdown";

const base = "https://journal.example/articles/silver-care";

function attributes(html: string, tagName: string, property: string): unknown[] {
  const values: unknown[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (element: Element) => {
    if (element.tagName === tagName) values.push(element.properties[property]);
  });
  return values;
}

describe("absoluteUrlsInHtml", () => {
  it("resolves links and images against the article's URL", () => {
    const html = absoluteUrlsInHtml(
      '<p><a href="/authors/isla">Isla</a> <a href="gold-karats">karats</a> <a href="../tags/silver">tag</a> <a href="#fn-1">1</a> <a href="?page=2">2</a></p>' +
        '<img src="/images/wax.jpg" alt="wax"><blockquote cite="/sources/a"><p>q</p></blockquote>',
      base,
    );
    expect(attributes(html, "a", "href")).toEqual([
      "https://journal.example/authors/isla",
      "https://journal.example/articles/gold-karats",
      "https://journal.example/tags/silver",
      "https://journal.example/articles/silver-care#fn-1",
      "https://journal.example/articles/silver-care?page=2",
    ]);
    expect(attributes(html, "img", "src")).toEqual(["https://journal.example/images/wax.jpg"]);
    expect(attributes(html, "blockquote", "cite")).toEqual(["https://journal.example/sources/a"]);
  });

  it("keeps absolute URLs, other schemes, text and attributes that are not URLs exactly as they were", () => {
    const html = absoluteUrlsInHtml(
      '<p title="/not/a/link">See /images/a.jpg and <a href="https://brandthollow.example">Ottilie</a> or <a href="mailto:studio@marrow.example">mail</a></p><img src="/x.jpg" alt="/alt/text">',
      base,
    );
    expect(attributes(html, "a", "href")).toEqual(["https://brandthollow.example", "mailto:studio@marrow.example"]);
    expect(attributes(html, "p", "title")).toEqual(["/not/a/link"]);
    expect(attributes(html, "img", "alt")).toEqual(["/alt/text"]);
    expect(html).toContain("See /images/a.jpg and");
  });

  it("resolves a URL attribute only on the elements where it is one, each URL of a list too", () => {
    const html = absoluteUrlsInHtml('<a href="/x" ping="/p ../q"></a><div itemid="/things/1" cite="/not/here"></div><p cite="/not/here"></p>', base);
    expect(attributes(html, "a", "ping")).toEqual([["https://journal.example/p", "https://journal.example/q"]]);
    expect(attributes(html, "div", "itemId")).toEqual(["https://journal.example/things/1"]);
    expect(attributes(html, "div", "cite")).toEqual(["/not/here"]);
    expect(attributes(html, "p", "cite")).toEqual(["/not/here"]);
  });

  it("rewrites what the Markdown pipeline produces, footnotes included", async () => {
    const rendered = await renderArticleHtml("![A ring](/images/ring.jpg) and [Isla](/authors/isla).[^1]\n\n[^1]: A note.\n", { publicDir: "public" });
    const html = absoluteUrlsInHtml(rendered, base);
    const hrefs = attributes(html, "a", "href");
    expect(hrefs).toContain("https://journal.example/authors/isla");
    expect(hrefs).toContain("https://journal.example/articles/silver-care#user-content-fn-1");
    expect(hrefs.every((href) => typeof href === "string" && href.startsWith("https://journal.example/"))).toBe(true);
    expect(attributes(html, "img", "src")).toEqual(["https://journal.example/images/ring.jpg"]);
  });
});
