import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import { fileLines, lineToWrite, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `[[Gold Karats Explained]]`, a link as a wiki or a notes app writes it, is no link in Markdown:
 * the page shows it as typed, brackets and all, with no message (the fourth jeweler's trial). Read
 * from the syntax tree's text, so code and escaped brackets are left alone.
 */

/** `[[Title]]` or `[[Title|words]]`, with a letter inside and no third bracket, so `[[1]]`, `[[ ]]` and `[[[x]]]` stay text. */
const WIKI_LINK = /(?<!\[)\[\[([^[\]|\n]*\p{L}[^[\]|\n]*)(?:\|([^[\]|\n]+))?\]\](?!\])/gu;

/** Such a link: markdown-surprises.ts parses a body only when it holds one. */
export const WIKI_LINK_START = /(?<!\[)\[\[[^[\]\n]*\p{L}[^[\]\n]*\]\](?!\])/u;

/** An article a wiki-style link may name: by its title, or by its address's last part. */
export type LinkedArticle = { title: string; slug: string };

/** The Markdown link to write for `[[written|words]]`, and what the message says about where it leads. */
function meant(written: string, words: string | undefined, articles: readonly LinkedArticle[]): { link: string; why: string } {
  const name = written.trim();
  const wanted = name.toLowerCase();
  // A title is trimmed when its article is loaded (schema.ts).
  const same = articles.find((article) => article.title.toLowerCase() === wanted || article.slug === wanted);
  if (same !== undefined) return { link: `[${words ?? (same.slug === wanted ? same.title : name)}](/articles/${same.slug})`, why: "" };
  const title = closest(name, articles.map((article) => article.title));
  const near = articles.find((article) => article.title === title);
  if (near !== undefined) return { link: `[${words ?? near.title}](/articles/${near.slug})`, why: `no article is titled ${quote(name)}; did you mean ${quote(near.title)}? ` };
  return {
    link: `[${words ?? name}](/articles/…)`,
    why: `no article is titled ${quote(name)}, so put in the address of the one you mean: \`/articles/\` and its file's name in content/articles/ without \`.md\`; `,
  };
}

/** Each wiki-style link in `tree`'s text, with the Markdown link to write; `firstLine` is the file line the body starts on. */
export function wikiLinks(tree: Root, source: string, firstLine: number, articles: readonly LinkedArticle[]): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place (markdown-source.ts `typed`)
    if (at === undefined) return;
    for (const match of withoutEscapes(at.text).matchAll(WIKI_LINK)) {
      // Stryker disable next-line StringLiteral: the pattern's first group takes part in every match, so the fallback never runs
      const [written, name = "", words] = match;
      const offset = at.offset + match.index;
      const { link, why } = meant(name, words, articles);
      const write = lineToWrite(source, offset, offset + written.length, link);
      found.push({
        line: lineOf(offset),
        severity: "error",
        message: `${quote(written)} is shown as typed, brackets and all, not as a link: Markdown writes a link as its words in brackets and the address in parentheses; ${why}write ${quote(write)}`,
      });
    }
  });
  return found;
}
