import { readdir } from "node:fs/promises";
import path from "node:path";
import { displayPath, freeName, MARKDOWN_LOOKALIKE, suggestedName } from "./content-files";
import type { ContentIssue } from "./issues";
import { quote } from "./printable";

/*
 * The journal reads content/articles/, content/authors/ and content/pages/, nothing else: an
 * article saved one level up (`content/december-news.md`) or in a folder of another name
 * (`content/posts/`) is never published, and nothing said so (the fifth jeweler's trial).
 */

/** The folders of content/ that the journal reads. */
export const READ_FOLDERS = new Set(["articles", "authors", "pages"]);

/** A repository's own notes about a folder, never an article. */
const README = /^readme(\.[a-z]+)?$/i;

type Entry = { name: string; isDirectory(): boolean };

/** The entries of `dir` that are not hidden (`.DS_Store`, `.gitkeep`), or none when it cannot be read. */
async function entries(dir: string): Promise<Entry[]> {
  const found = await readdir(dir, { withFileTypes: true }).catch((): Entry[] => []);
  return found.filter(({ name }) => !name.startsWith("."));
}

/**
 * Every Markdown file in content/ outside the folders the journal reads, at the top or in another
 * folder: a warning naming the file and the article's place to move it to (a name of its own when
 * content/articles/ already holds one by that name).
 */
export async function strayContentFiles(contentDir: string): Promise<ContentIssue[]> {
  const top = await entries(contentDir);
  const taken = new Set((await entries(path.join(contentDir, "articles"))).map(({ name }) => name));
  const folders = top.filter((entry) => entry.isDirectory() && !READ_FOLDERS.has(entry.name));
  const inFolders = await Promise.all(folders.map(async ({ name }) => (await entries(path.join(contentDir, name))).map((entry) => ({ entry, folder: name }))));
  const files = [...top.map((entry) => ({ entry, folder: "" })), ...inFolders.flat()].filter(({ entry }) => !entry.isDirectory() && MARKDOWN_LOOKALIKE.test(entry.name) && !README.test(entry.name));
  return files.map(({ entry, folder }): ContentIssue => {
    const file = path.join(contentDir, folder, entry.name);
    const name = suggestedName(entry.name, "my-article");
    const place = (free: string) => quote(displayPath(path.join(contentDir, "articles", free), contentDir));
    const move = taken.has(name)
      ? `${place(name)} is already taken: if this is a copy of that article, keep the one you want and delete the other; if it is another article, move it to a name of its own, like ${place(freeName(name, taken))}`
      : `if it is an article, move it to ${place(name)}`;
    return { file: displayPath(file, contentDir), severity: "warning", message: `this file is never published: the journal reads articles only from content/articles/ (authors from content/authors/, the studio's pages from content/pages/); ${move}` };
  });
}
