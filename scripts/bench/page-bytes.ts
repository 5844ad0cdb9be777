/**
 * `npm run bench:page-bytes -- <page URL>…`: where a served page's bytes go. The HTML as served
 * (uncompressed and gzipped, as Next.js's compression sends it), split into its parts (the inline
 * stylesheet, font preload tags, other head tags, structured data, scripts, the body), and the
 * inline stylesheet split by where its rules come from (fonts, Tailwind's theme, base and
 * utilities, the typography plugin, the journal's own rules). Prints a Markdown table per page.
 */
import { gzipSync } from "node:zlib";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import postcss, { type AnyNode, type ChildNode } from "postcss";
import { SKIP, visit } from "unist-util-visit";
import { runCommand } from "../cli";
import { pageHtml } from "./weight";

type Part = { name: string; bytes: number };

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gzipped = (text: string) => gzipSync(text).length;
const utf8 = (text: string) => Buffer.byteLength(text);

function kindOfElement(element: Element): string {
  const rel = [element.properties.rel].flat().join(" ");
  if (element.tagName === "style") return "inline stylesheet (<style>)";
  if (element.tagName === "link" && rel === "preload" && element.properties.as === "font") return "font preload tags";
  if (element.tagName === "script") return element.properties.type === "application/ld+json" ? "structured data (JSON-LD)" : "scripts (runtime, RSC payload)";
  return "";
}

/** The page's bytes by part, from the source offsets of its elements (what was served, not re-serialised). */
function htmlParts(html: string, tree: Root): Part[] {
  const parts = new Map<string, number>();
  const add = (name: string, bytes: number) => parts.set(name, (parts.get(name) ?? 0) + bytes);
  const slice = (element: Element) => html.slice(element.position?.start.offset ?? 0, element.position?.end.offset ?? 0);
  visit(tree, "element", (element: Element, _index, parent) => {
    const kind = kindOfElement(element);
    if (kind) {
      add(kind, utf8(slice(element)));
      return SKIP;
    }
    const inHead = parent?.type === "element" && parent.tagName === "head";
    if (inHead) {
      add("other head tags (meta, title, links, image preload)", utf8(slice(element)));
      return SKIP;
    }
    return undefined;
  });
  let body = 0;
  visit(tree, "element", (element: Element) => {
    if (element.tagName !== "body") return undefined;
    body = utf8(slice(element));
    // Scripts and styles inside the body are counted above.
    visit(element, "element", (inner: Element) => {
      if (kindOfElement(inner)) body -= utf8(slice(inner));
    });
    return SKIP;
  });
  add("body markup", body);
  const counted = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
  add("the rest (doctype, html and head tags)", utf8(html) - counted);
  return [...parts].map(([name, bytes]) => ({ name, bytes }));
}

function layerOf(node: AnyNode): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === "atrule" && "name" in parent && parent.name === "layer") return String("params" in parent ? parent.params : "");
  }
  return undefined;
}

function sourceOf(node: ChildNode): string {
  if (node.type === "atrule" && node.name === "font-face") return "fonts (@font-face)";
  if (node.type === "atrule" && node.name === "property") return "Tailwind's @property and properties layer";
  if (node.type !== "rule") return "";
  if (/\.prose(?![\w-])/.test(node.selector)) return "typography plugin (.prose rules)";
  if (/_(className|variable)\b/.test(node.selector)) return "next/font classes";
  const layer = layerOf(node);
  if (layer === "theme") return "Tailwind theme variables";
  if (layer === "base") return "base layer (preflight and the journal's base)";
  if (layer === "properties") return "Tailwind's @property and properties layer";
  if (layer === "utilities" || layer === "components") return "other utilities";
  return "the journal's own rules (globals.css)";
}

/** The stylesheet's bytes by the source of each rule (each rule with its at-rule wrappers' share ignored). */
function cssParts(css: string): Part[] {
  const parts = new Map<string, number>();
  postcss.parse(css).walk((node) => {
    const source = sourceOf(node);
    if (!source) return;
    parts.set(source, (parts.get(source) ?? 0) + utf8(node.toString()));
    // A rule's own nested rules are inside its text already.
    if ("nodes" in node) node.each(() => false);
  });
  const counted = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
  parts.set("at-rule wrappers (@layer, @media, @supports)", utf8(css) - counted);
  return [...parts].map(([name, bytes]) => ({ name, bytes }));
}

function inlineCss(tree: Root): string {
  let css = "";
  visit(tree, "element", (element: Element) => {
    if (element.tagName !== "style") return undefined;
    css += element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
    return SKIP;
  });
  return css;
}

function table(title: string, parts: Part[], total: number): string {
  const rows = [...parts].sort((a, b) => b.bytes - a.bytes).map(({ name, bytes }) => `| ${name} | ${kb(bytes)} | ${((bytes / total) * 100).toFixed(0)}% |`);
  return [`| ${title} | bytes | share |`, "| --- | --- | --- |", ...rows, `| **total** | **${kb(total)}** | |`].join("\n");
}

/** The report for one page: totals, then the two tables. */
export async function pageBytesReport(url: string): Promise<string> {
  const html = (await pageHtml(url)).toString("utf8");
  const tree = fromHtml(html);
  const css = inlineCss(tree);
  const withoutCss = html.replace(css, "");
  const lines = [
    `### ${new URL(url).pathname}`,
    "",
    `HTML ${kb(utf8(html))} uncompressed, ${kb(gzipped(html))} gzipped; its inline stylesheet ${kb(utf8(css))} (${kb(gzipped(css))} gzipped alone, ${kb(gzipped(html) - gzipped(withoutCss))} of the page's gzip).`,
    "",
    table("part of the HTML", htmlParts(html, tree), utf8(html)),
  ];
  if (css) lines.push("", table("rules of the inline stylesheet, by source", cssParts(css), utf8(css)));
  return lines.join("\n");
}

runCommand(async () => {
  const urls = process.argv.slice(2);
  if (urls.length === 0) {
    console.error("Usage: npm run bench:page-bytes -- <page URL> [<page URL>…]   (a running server: npm run serve, or the static copy)");
    return 1;
  }
  for (const url of urls) console.log(`${await pageBytesReport(url)}\n`);
  return 0;
});
