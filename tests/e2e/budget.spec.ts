import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { pageHtml, pageWeight } from "../../scripts/bench/weight";
import { expect, test } from "./fixtures";

type Budget = { articleJavaScriptBytes: number; javaScriptAllowanceBytes: number; htmlMaxBytes: number; articleInlineCssMaxBytes: number };
const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8")) as Budget;

test("an article page's JavaScript stays within 5 KB of its recorded size", async ({ baseURL }) => {
  const weight = await pageWeight(new URL("/articles/why-we-repair-before-we-replace", baseURL).href);
  expect(weight.js, `article JavaScript is ${weight.js} bytes gzipped; the budget is ${budget.articleJavaScriptBytes} + ${budget.javaScriptAllowanceBytes}`).toBeLessThanOrEqual(
    budget.articleJavaScriptBytes + budget.javaScriptAllowanceBytes,
  );
});

test("no page's HTML is over 100 KB", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const sitemap = new XMLParser().parse(await (await request.get("/sitemap.xml")).text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
  const urls = [sitemap.urlset.url].flat().map(({ loc }) => new URL(new URL(loc).pathname, baseURL).href);
  expect(urls.length).toBeGreaterThan(10);
  const sizes = await Promise.all(urls.map(async (url) => ({ url, bytes: (await pageHtml(url)).length })));
  expect(sizes.filter(({ bytes }) => bytes > budget.htmlMaxBytes)).toEqual([]);
});

/** The text of the page's `<style>` elements, as served. */
async function inlineCss(url: string): Promise<string> {
  let css = "";
  visit(fromHtml((await pageHtml(url)).toString("utf8")), "element", (element: Element) => {
    if (element.tagName === "style") css += toString(element);
  });
  return css;
}

test("an article's inline stylesheet holds only what the article can use: under 15 KB, where the whole stylesheet was 35.7 KB", async ({ baseURL }) => {
  const css = await inlineCss(new URL("/articles/why-we-repair-before-we-replace", baseURL).href);
  expect(css.length, "the article has its stylesheet inline").toBeGreaterThan(0);
  expect(Buffer.byteLength(css), `the article's inline CSS is ${Buffer.byteLength(css)} bytes`).toBeLessThanOrEqual(budget.articleInlineCssMaxBytes);
});

test("a page without an article body carries none of the typography rules", async ({ baseURL }) => {
  for (const path of ["/", "/tags"]) {
    const css = await inlineCss(new URL(path, baseURL).href);
    expect(css, `${path}: its inline stylesheet`).toContain("--paper");
    expect(css.match(/\.prose[ >:{,[]/g), `${path}: typography rules`).toBeNull();
  }
});
