import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { renderToStaticMarkup } from "react-dom/server";
import type { WithContext, BlogPosting } from "schema-dts";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/json-ld";

const data: WithContext<BlogPosting> = {
  "@context": "https://schema.org",
  "@type": "BlogPosting",
  headline: "Opals </script><script>alert(1)</script><!-- <script>",
  description: "A <!-- comment that never closes",
};

const textOf = (element: Element) => element.children.map((child) => (child.type === "text" ? child.value : "")).join("");

/** Parses a page body the way a browser does and returns its elements. */
function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  visit(fromHtml(`<!doctype html><html><head></head><body>${html}<p>after</p></body></html>`), "element", (element) => {
    elements.push(element);
  });
  return elements;
}

describe("JsonLd", () => {
  it("stays one script holding exactly the data, whatever the titles contain", () => {
    // The data really is dangerous: written into a script as plain JSON, it breaks out.
    const naive = `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    expect(elementsOf(naive).filter((element) => element.tagName === "script")).toHaveLength(2);

    const markup = renderToStaticMarkup(<JsonLd data={data} />);
    expect(markup).not.toMatch(/<\/script>.*<\/script>|<!--/s);
    const elements = elementsOf(markup);
    const scripts = elements.filter((element) => element.tagName === "script");
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    expect(script?.properties.type).toBe("application/ld+json");
    expect(JSON.parse(script ? textOf(script) : "")).toEqual(data);
    // The paragraph after the script is still a paragraph: nothing was swallowed.
    expect(elements.some((element) => element.tagName === "p" && textOf(element) === "after")).toBe(true);
  });
});
