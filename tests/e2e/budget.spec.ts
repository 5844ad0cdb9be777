import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { pageHtml, pageWeight } from "../../scripts/bench/weight";
import { publishedContent } from "./content";
import { expect, test } from "./fixtures";

type Budget = { articleJavaScriptBytes: number; javaScriptAllowanceBytes: number; htmlMaxBytes: number };
const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8")) as Budget;

test("an article page's JavaScript stays within 5 KB of its recorded size", async ({ baseURL }) => {
  const { articles } = await publishedContent();
  const article = articles[0];
  if (!article) throw new Error("no articles");
  const weight = await pageWeight(new URL(`/articles/${article.slug}`, baseURL).href);
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
