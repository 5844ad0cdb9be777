import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

/*
 * The fifth jeweler's trial: an article saved in content/ instead of content/articles/ was never
 * published, and nothing said so. A Markdown file outside the folders the journal reads is a
 * warning naming the file and where to move it; moved there, the article is published and the
 * check is quiet.
 */

const journal = journalPerTest();

/** Every problem `check:content` reports, as "file: severity: message". */
async function problems(): Promise<string[]> {
  return (await checkFolder(journal.folder())).map((issue) => `${issue.file}: ${issue.severity}: ${issue.message}`);
}

const NEVER = "this file is never published: the journal reads articles only from content/articles/ (authors from content/authors/, the studio's pages from content/pages/)";

describe("an article saved outside content/articles/", () => {
  it.each([
    ["content/december-news.md", "content/articles/december-news.md"],
    ["content/posts/Winter Sale.md", "content/articles/winter-sale.md"],
    ["content/article/december-news.markdown", "content/articles/december-news.md"],
    ["content/💍.md", "content/articles/my-article.md"],
  ])("%s: a warning naming the place to move it to, where it is published", async (saved, moved) => {
    const { root } = journal.folder();
    await journal.folder().write(saved, article());
    expect(await problems()).toEqual([`${saved}: warning: ${NEVER}; if it is an article, move it to \`${moved}\``]);
    expect((await journal.folder().load()).articles).toEqual([]);
    await rename(path.join(root, saved), path.join(root, moved));
    expect(await problems()).toEqual([]);
    expect((await journal.folder().load()).articles).toHaveLength(1);
  });

  it("whose name content/articles/ already holds, is told a name of its own, or to delete a copy", async () => {
    await journal.folder().write("content/articles/care.md", article());
    await journal.folder().write("content/care.md", article());
    expect(await problems()).toEqual([
      `content/care.md: warning: ${NEVER}; \`content/articles/care.md\` is already taken: if this is a copy of that article, keep the one you want and delete the other; if it is another article, move it to a name of its own, like \`content/articles/care-2.md\``,
    ]);
  });

  it("whose name and its `-2` content/articles/ already hold, is told the next name free", async () => {
    await journal.folder().write("content/articles/care.md", article());
    await journal.folder().write("content/articles/care-2.md", article({ title: '"Caring for Pearls"' }));
    await journal.folder().write("content/care.md", article());
    expect(await problems()).toEqual([
      `content/care.md: warning: ${NEVER}; \`content/articles/care.md\` is already taken: if this is a copy of that article, keep the one you want and delete the other; if it is another article, move it to a name of its own, like \`content/articles/care-3.md\``,
    ]);
  });

  it("in a journal whose content/articles/ is not made yet, is told all the same", async () => {
    const { root, contentDir } = journal.folder();
    await rm(path.join(contentDir, "articles"), { recursive: true });
    await journal.folder().write("content/december-news.md", article());
    expect(await problems()).toEqual([`content/december-news.md: warning: ${NEVER}; if it is an article, move it to \`content/articles/december-news.md\``]);
    await mkdir(path.join(contentDir, "articles"));
    await rename(path.join(root, "content/december-news.md"), path.join(contentDir, "articles/december-news.md"));
    expect(await problems()).toEqual([]);
  });

  it("leaves alone a README, files that are not Markdown and hidden files", async () => {
    await journal.folder().write("content/README.md", "# Our content\n");
    // The shadow a Mac leaves beside a file copied to a USB stick, and a note Obsidian deleted.
    await journal.folder().write("content/._december-news.md", "");
    await journal.folder().write("content/.trash/december-news.md", article());
    await journal.folder().write("content/notes.txt", "not content");
    await journal.folder().write("content/.DS_Store", "");
    await journal.folder().write("content/drafts/.gitkeep", "");
    expect(await problems()).toEqual([]);
  });
});
