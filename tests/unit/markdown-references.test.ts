import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Nodes, Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { findReferences } from "@/lib/checks/references";

/** Links and images as remark sees them, with the file lines of its mdast positions. */
function remarkReferences(markdown: string, firstLine: number) {
  const tree: Root = remark().parse(markdown);
  const definitions = new Map<string, string>();
  const found: { kind: "link" | "image"; url: string; line: number }[] = [];
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 0) + firstLine - 1;
  const walk = (node: Nodes, collect: boolean) => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if (collect && (node.type === "link" || node.type === "image")) found.push({ kind: node.type, url: node.url, line: lineOf(node) });
    if (collect && (node.type === "linkReference" || node.type === "imageReference")) {
      found.push({ kind: node.type === "linkReference" ? "link" : "image", url: definitions.get(node.identifier) ?? "", line: lineOf(node) });
    }
    if ("children" in node) for (const child of node.children) walk(child, collect);
  };
  walk(tree, false);
  walk(tree, true);
  return found;
}

function ours(markdown: string, firstLine: number) {
  const { links, images } = findReferences(markdown, firstLine);
  return [...links.map(({ url, line }) => ({ kind: "link", url, line })), ...images.map(({ src, line }) => ({ kind: "image", url: src, line }))];
}

const byPlace = (a: { line: number; url: string }, b: { line: number; url: string }) => a.line - b.line || a.url.localeCompare(b.url);

const TRICKY = `Intro [a](/articles/a) and *emphasised [b](/articles/b)*
over two lines, then a hard break  
[c](/articles/c) and a backslash break\\
[d](/articles/d).

Setext [heading](/tags/setext)
===

| col | col2 |
| --- | ---- |
| [e](/tags/e) | ![img e](/images/e.jpg) |

- item [f](f-relative)
  continued [g](#anchor)
  - nested ![multi
    line alt](/images/g.png) [h](/articles/h)

> [i][ref] and <https://example.com/autolink>

<!--
[hidden](/articles/hidden)
-->

    [indented code](/articles/code)

\`[inline code](/articles/code)\` and [j](/articles/j "a title")

[ref]: /articles/ref-target
`;

describe("links and images found in Markdown", () => {
  it("are exactly those remark finds, on the same lines, in tricky Markdown", () => {
    const expected = remarkReferences(TRICKY, 12).sort(byPlace);
    expect(expected.length).toBeGreaterThan(10);
    expect(ours(TRICKY, 12).sort(byPlace)).toEqual(expected);
  });

  it("are exactly those remark finds, on the same lines, in every article of the site", async () => {
    const folder = path.resolve("content/articles");
    const names = (await readdir(folder)).filter((name) => name.endsWith(".md"));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const split = splitFrontmatter(await readFile(path.join(folder, name), "utf8"));
      if ("problems" in split) throw new Error(`${name}: ${split.problems.map((problem) => problem.message).join("; ")}`);
      const firstLine = split.bodyLine;
      expect(ours(split.body, firstLine).sort(byPlace), name).toEqual(remarkReferences(split.body, firstLine).sort(byPlace));
    }
  });
});
