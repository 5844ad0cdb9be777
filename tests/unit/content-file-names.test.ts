import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentFiles } from "@/lib/content/content-files";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/* What an author is told about the names of the files in content/articles/ and content/authors/. */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

async function problems() {
  const { issues } = await folder.load();
  return issues.map(formatIssue);
}

describe("a file name in content/authors/", () => {
  it("that cannot be a URL is not read as an author, and the rename is offered", async () => {
    await folder.write("content/authors/Mira Okafor.md", ISLA);
    expect(await problems()).toEqual([
      "content/authors/Mira Okafor.md: `Mira Okafor.md` is not read as an author: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `mira-okafor.md`",
    ]);
  });

  it("with nothing that can be a URL is offered my-name.md", async () => {
    await folder.write("content/authors/!!!.md", ISLA);
    expect(await problems()).toEqual([
      "content/authors/!!!.md: `!!!.md` is not read as an author: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `my-name.md`",
    ]);
  });
});

describe("a picture in content/authors/", () => {
  it("is told where pictures go, under a name a web address can hold, and the path to write", async () => {
    await folder.write("content/authors/Mira Portrait.JPG", "a photo");
    const { issues } = await folder.load();
    expect(issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "warning content/authors/Mira Portrait.JPG: the picture `Mira Portrait.JPG` is not read here: only `.md` files in content/authors/ are read, and pictures go in public/images/authors/; move it there as `mira-portrait.jpg` and write its path as `/images/authors/mira-portrait.jpg`",
    ]);
  });
});

describe("a file name in content/articles/", () => {
  it("with nothing that can be a URL is offered my-article.md", async () => {
    await folder.write("content/articles/!!!.md", article());
    expect(await problems()).toEqual([
      "content/articles/!!!.md: `!!!.md` is not read as an article: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `my-article.md`",
    ]);
  });

  it("with dots before its Markdown ending keeps them as hyphens in the name offered", async () => {
    await folder.write("content/articles/ring.sizes.markdown", article());
    expect(await problems()).toEqual([
      "content/articles/ring.sizes.markdown: `ring.sizes.markdown` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `ring-sizes.md`",
    ]);
  });

  it("beside a file that already has the name it would be renamed to is offered a free name, not the taken one", async () => {
    await folder.write("content/articles/pearl-knots.md", article({ title: '"Pearl Knots"' }));
    await folder.write("content/articles/pearl-knots-2.md", article({ title: '"Pearl Knots, again"' }));
    await folder.write("content/articles/Pearl-Knots.md", article({ title: '"Knotting Pearls"' }));
    expect(await problems()).toEqual([
      "content/articles/Pearl-Knots.md: `Pearl-Knots.md` is not read as an article: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; `pearl-knots.md` is already taken by another file, so do not give it that name: if it is a copy of that file, keep the one you want and delete the other; if it is another article, rename it to a name of its own, like `pearl-knots-3.md`",
    ]);
  });

  it("of a copy Finder made beside its article is told to delete the copy, not to rename it (renamed, the article is published twice)", async () => {
    await folder.write("content/articles/ring-sizing.md", article({ title: '"Ring Sizing"' }));
    await folder.write("content/articles/ring-sizing copy.md", article({ title: '"Ring Sizing"' }));
    await folder.write("content/articles/ring-sizing copy 2.md", article({ title: '"Ring Sizing"' }));
    expect(await problems()).toEqual([
      "content/articles/ring-sizing copy 2.md: `ring-sizing copy 2.md` looks like a copy Finder made of `ring-sizing.md`, and is not read as an article; delete it (if it holds changes you want to keep, copy them into `ring-sizing.md` first)",
      "content/articles/ring-sizing copy.md: `ring-sizing copy.md` looks like a copy Finder made of `ring-sizing.md`, and is not read as an article; delete it (if it holds changes you want to keep, copy them into `ring-sizing.md` first)",
    ]);
  });

  it("with ` copy` in its name and no article of the name before it is told the rename", async () => {
    await folder.write("content/articles/ad copy.md", article());
    expect(await problems()).toEqual([
      "content/articles/ad copy.md: `ad copy.md` is not read as an article: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `ad-copy.md`",
    ]);
  });

  it("of a backup or an archive of an article is ignored with a warning, not taken for an article", async () => {
    await folder.write("content/articles/ring-care.markdown.bak", "an old copy");
    await folder.write("content/articles/ring-care.md.tar.gz", "an archive");
    await folder.write("content/articles/ring-care.md.backup-1", "an old copy");
    const { issues } = await folder.load();
    expect(issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "warning content/articles/ring-care.markdown.bak: the file `ring-care.markdown.bak` is ignored: only `.md` files in content/articles/ are read (pictures go in public/images/); move it elsewhere or delete it",
      "warning content/articles/ring-care.md.backup-1: the file `ring-care.md.backup-1` is ignored: only `.md` files in content/articles/ are read (pictures go in public/images/); move it elsewhere or delete it",
      "warning content/articles/ring-care.md.tar.gz: the file `ring-care.md.tar.gz` is ignored: only `.md` files in content/articles/ are read (pictures go in public/images/); move it elsewhere or delete it",
    ]);
  });
});

describe("a journal without a content/authors/ folder yet", () => {
  it("has no authors and no problem with the missing folder", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "journal-no-authors-"));
    try {
      const issues: ContentIssue[] = [];
      expect(await contentFiles(path.join(root, "content"), "authors", issues)).toEqual([]);
      expect(issues).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
