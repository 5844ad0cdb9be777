import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { EXAMPLE_DESCRIPTION } from "../content/example-descriptions";
import { webName } from "../content/image-path";
import { listed, quote } from "../content/printable";
import { closest } from "../content/suggest";
import { fileLines, lineToWrite, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `[[Gold Karats Explained]]`, a link as a wiki or a notes app writes it, is no link in Markdown:
 * the page shows it as typed, brackets and all, with no message (the fourth jeweler's trial). Read
 * from the syntax tree's text, so code and escaped brackets are left alone. `![[wax-tree.jpg]]`,
 * a picture as Obsidian embeds it, is told the Markdown picture to write, with its path under
 * public/ (the jeweler's trial of 2026-12-07 was told a picture pointing at an article).
 */

/** `[[Title]]` or `[[Title|words]]`, with a letter inside and no third bracket, so `[[1]]`, `[[ ]]` and `[[[x]]]` stay text. */
const WIKI_LINK = /(?<!\[)\[\[([^[\]|\n]*\p{L}[^[\]|\n]*)(?:\|([^[\]|\n]+))?\]\](?!\])/gu;

/** Such a link: markdown-surprises.ts parses a body only when it holds one. */
export const WIKI_LINK_START = /(?<!\[)\[\[[^[\]\n]*\p{L}[^[\]\n]*\]\](?!\])/u;

/** A file's name ending as a picture's: `![[wax-tree.jpg]]` embeds a picture, not a note. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp)$/i;

/** `|300` or `|300x200` after an embedded picture's name: its size in Obsidian, not words. */
const SIZE = /^\s*\d+(?:\s*x\s*\d+)?\s*$/i;

/** The file names of the pictures embedded in `text` as Obsidian writes them, `![[wax-tree.jpg]]`: markdown-surprises.ts looks for each under public/ before the check. */
export function embeddedPictures(text: string): string[] {
  return [...text.matchAll(WIKI_LINK)].flatMap((match) => {
    const name = (match[1] ?? "").trim();
    return text[match.index - 1] === "!" && PICTURE_FILE.test(name) ? [name] : [];
  });
}

/** Where the pictures of each name are under public/ (`/images/articles/wax-tree.jpg`), by the name in lowercase. */
export type PicturesByName = ReadonlyMap<string, readonly string[]>;

/**
 * The Markdown picture to write for `![[name|words]]`, and what the message says of its file: the
 * picture of that name under public/, or where to put it when there is none, or which are meant
 * when there are several. Without words, the description is the messages' example, which the next
 * run refuses until it is the author's own (images.ts).
 */
function pictureMeant(name: string, words: string | undefined, found: readonly string[]): { picture: string; why: string; then: string } {
  const own = words !== undefined && !SIZE.test(words) ? words.trim() : undefined;
  const alt = own ?? EXAMPLE_DESCRIPTION.group;
  const describe = own === undefined ? ", with your own words for what it shows between the square brackets" : "";
  const [first] = found;
  if (first === undefined) {
    const named = webName(name);
    const as = named === name ? "" : ` as ${quote(named)}`;
    return { picture: `![${alt}](/images/articles/${named})`, why: `no picture named ${quote(name)} is in public/, where the site looks for pictures; put it in public/images/articles/${as} and `, then: describe };
  }
  if (found.length === 1) return { picture: `![${alt}](${first})`, why: "", then: describe };
  return { picture: `![${alt}](${first})`, why: `pictures named ${quote(name)} are at ${listed(found.map((path) => quote(path)))}; `, then: `${describe}, and the path of the one you mean` };
}

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

/** Each wiki-style link in `tree`'s text, with the Markdown link or picture to write; `firstLine` is the file line the body starts on. */
export function wikiLinks(tree: Root, source: string, firstLine: number, articles: readonly LinkedArticle[], pictures: PicturesByName): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place (markdown-source.ts `typed`)
    if (at === undefined) return;
    const text = withoutEscapes(at.text);
    for (const match of text.matchAll(WIKI_LINK)) {
      // Stryker disable next-line StringLiteral: the pattern's first group takes part in every match, so the fallback never runs
      const [typed, name = "", words] = match;
      // An embed, `![[…]]`: its `!` goes too, or the line to write would be a picture.
      const embed = text[match.index - 1] === "!";
      const written = embed ? `!${typed}` : typed;
      const offset = at.offset + match.index - (embed ? 1 : 0);
      if (embed && PICTURE_FILE.test(name.trim())) {
        const { picture, why, then } = pictureMeant(name.trim(), words, pictures.get(name.trim().toLowerCase()) ?? []);
        found.push({
          line: lineOf(offset),
          severity: "error",
          message: `${quote(written)} is shown as typed, brackets and all, not as a picture: Markdown writes a picture as \`!\`, a description of what it shows in square brackets and the picture's path in parentheses; ${why}write ${quote(lineToWrite(source, offset, offset + written.length, picture))}${then}`,
        });
        continue;
      }
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
