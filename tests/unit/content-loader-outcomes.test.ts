import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { authorIds, compareArticles, parseFile } from "@/lib/content/load";
import { pageFrontmatterSchema } from "@/lib/content/schema";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * What the loader does with each file once its problems are known: which articles and authors
 * readers get, which files are held back (and what the checks and the dev preview learn of them),
 * and the messages for mistakes the other loader tests do not make.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
});

afterEach(() => folder.remove());

async function withAuthors() {
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
}

async function problems() {
  const { issues } = await folder.load();
  return issues.map(formatIssue);
}

const cover = (src: string) => ({ cover: `\n  src: ${src}\n  alt: A ring` });
const advice = "write the path of the picture from the public/ folder, like `src: /images/covers/ring.jpg`";

describe("the order of articles", () => {
  it("puts articles of the same day in slug order, whatever order they come in", async () => {
    await withAuthors();
    await folder.write("content/articles/amber.md", article());
    await folder.write("content/articles/beryl.md", article());
    await folder.write("content/articles/coral.md", article());
    await folder.write("content/articles/zircon.md", article({ date: "2025-12-01" }));
    const { allArticles } = await folder.load();
    const bySlug = new Map(allArticles.map((loaded) => [loaded.slug, loaded]));
    const shuffled = ["beryl", "zircon", "coral", "amber"].flatMap((slug) => bySlug.get(slug) ?? []);
    expect(shuffled.sort(compareArticles).map(({ slug }) => slug)).toEqual(["zircon", "amber", "beryl", "coral"]);
  });
});

describe("files held back", () => {
  it("are listed by file name, saying whether each is an article, an author or a draft", async () => {
    await withAuthors();
    await folder.write("content/authors/zed.md", "---\nrole: Setter\n---\nZed sets stones.\n");
    await folder.write("content/articles/b-draft.md", article({ author: "nobody", draft: "true" }));
    await folder.write("content/articles/a-untitled.md", article({ title: undefined }));
    await folder.write("content/articles/c-fine.md", article());
    const { broken, articles } = await folder.load();
    expect(articles.map(({ slug }) => slug)).toEqual(["c-fine"]);
    expect(broken).toEqual([
      { kind: "article", id: "a-untitled", file: "content/articles/a-untitled.md", body: { text: "\nSome words about silver.\n", line: 7 }, draft: false },
      { kind: "article", id: "b-draft", file: "content/articles/b-draft.md", body: { text: "\nSome words about silver.\n", line: 9 }, draft: true },
      { kind: "author", id: "zed", file: "content/authors/zed.md", body: { text: "Zed sets stones.\n", line: 4 }, draft: false },
    ]);
  });

  it("include an article whose update comes before its date, which readers do not get", async () => {
    await withAuthors();
    await folder.write("content/articles/early.md", article({ updated: "2025-11-01" }));
    const { articles, broken } = await folder.load();
    expect(articles).toEqual([]);
    expect(broken.map(({ id }) => id)).toEqual(["early"]);
  });

  it("include an author whose avatar does not exist, and the articles wait for that author's file", async () => {
    await folder.write("content/authors/ava.md", "---\nname: Ava Stone\navatar:\n  src: /images/authors/ava.jpg\n  alt: Ava at her bench\n---\nAva polishes.\n");
    await folder.write("content/articles/by-ava.md", article({ author: "ava" }));
    const { articles, authors, broken, issues } = await folder.load();
    expect(articles).toEqual([]);
    expect(authors.has("ava")).toBe(false);
    expect(broken.map(({ file }) => file)).toEqual(["content/articles/by-ava.md", "content/authors/ava.md"]);
    expect(issues.map(formatIssue)).toEqual([
      "content/articles/by-ava.md:5: the author's file content/authors/ava.md has problems (listed with that file); this article shows once they are fixed",
      "content/authors/ava.md:4: `avatar.src`: the image `/images/authors/ava.jpg` does not exist; put the picture at `public/images/authors/ava.jpg`, or correct the path",
    ]);
    expect(issues[0]?.related).toEqual(["content/authors/ava.md"]);
  });

  it("get no body when the text is past the limits, and every other problem of the file is still reported", async () => {
    await withAuthors();
    await folder.write("content/articles/long.md", article(cover("/images/covers/none.jpg"), "a".repeat(100_001)));
    const { broken } = await folder.load();
    expect(broken).toEqual([{ kind: "article", id: "long", file: "content/articles/long.md", body: undefined, draft: false }]);
    expect(await problems()).toEqual([
      "content/articles/long.md:8: `cover.src`: the image `/images/covers/none.jpg` does not exist; put the picture at `public/images/covers/none.jpg`, or correct the path",
      // The blank line under the fields is the body's first character.
      "content/articles/long.md:11: the text is 100,002 characters long; the most one file may hold is 100,000 (about 15,000 words): split it into two articles",
    ]);
  });
});

describe("pages such as the about page", () => {
  it("are read with their fields and text", async () => {
    const issues: ContentIssue[] = [];
    const page = await parseFile(`${folder.contentDir}/pages/about.md`, folder.contentDir, pageFrontmatterSchema, issues);
    expect(issues).toEqual([]);
    expect(page?.data).toEqual({ title: "About the studio", description: "A small studio that writes about its work." });
    expect(page?.body).toBe("We make rings.\n");
  });

  it("are not read when the text is past the limits", async () => {
    await folder.write("content/pages/long.md", `---\ntitle: Long\ndescription: Too long.\n---\n${"a".repeat(100_001)}`);
    const issues: ContentIssue[] = [];
    expect(await parseFile(`${folder.contentDir}/pages/long.md`, folder.contentDir, pageFrontmatterSchema, issues)).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual(["content/pages/long.md:5: the text is 100,001 characters long; the most one file may hold is 100,000 (about 15,000 words): split it into two articles"]);
  });
});

describe("the author line", () => {
  it("suggests the author whose name was written instead of the file name", async () => {
    await withAuthors();
    await folder.write("content/authors/mo.md", "---\nname: Maureen Okafor\n---\nMo casts.\n");
    await folder.write("content/articles/x.md", article({ author: "maureen okafor" }));
    expect(await problems()).toEqual([
      'content/articles/x.md:5: no author `maureen okafor`; did you mean `mo`? Write `author: mo` (the author\'s file name in content/authors/, without .md), or add the author with `npm run new:author -- "Their Name"`. The authors are: isla, jonah, mo.',
    ]);
  });

  it("with no author files at all gives an example name and no empty list", async () => {
    await folder.write("content/articles/x.md", article());
    expect(await problems()).toEqual([
      'content/articles/x.md:5: no author `isla`: `author:` takes the file name of an author in content/authors/, without .md, like `author: isla-marrow`; or add the author with `npm run new:author -- "Their Name"`.',
    ]);
  });

  it("finds the author when the quoted name has spaces around it", async () => {
    await withAuthors();
    await folder.write("content/articles/x.md", article({ author: '" isla "' }));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles.map(({ author }) => author)).toEqual(["isla"]);
  });
});

describe("the authors offered by `npm run new`", () => {
  it("are the file names in content/authors/ in order, valid or not", async () => {
    await withAuthors();
    await folder.write("content/authors/ada.md", "---\nrole: Setter\n---\nAda sets stones.\n");
    expect(await authorIds(folder.contentDir)).toEqual(["ada", "isla", "jonah"]);
  });
});

describe("field messages", () => {
  it("keep a field's own problem when a misspelling of it is there too", async () => {
    await withAuthors();
    await folder.write("content/articles/x.md", article({ title: '""', tittle: "Oops" }));
    expect(await problems()).toEqual([
      'content/articles/x.md:2: `title` must not be empty; write it like `title: "How to Care for Silver"`',
      "content/articles/x.md:7: `tittle` (line 7) is not a field; did you mean `title`?",
    ]);
  });

  it("say what is wrong with a cover that is not a group of src and alt, without stopping", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ cover: "" }));
    await folder.write("content/articles/b.md", article({ cover: "\n  src: 42\n  alt: A ring" }));
    expect(await problems()).toEqual([
      'content/articles/a.md:7: `cover` must be a group of indented lines, not nothing; write it like `{ src: /images/covers/silver-care.jpg, alt: "Describe the picture" }`',
      "content/articles/b.md:8: `cover.src` must be text, not the number `42`; write it like `  src: /images/covers/silver-care.jpg`",
    ]);
  });
});

describe("cover paths", () => {
  it("name a picture on another website, an encoded slash and a path ending in ..", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article(cover("https://cdn.example/ring.jpg")));
    await folder.write("content/articles/b.md", article(cover("http://cdn.example/ring.jpg")));
    await folder.write("content/articles/c.md", article(cover("/images%2Fcovers/ring.jpg")));
    await folder.write("content/articles/d.md", article(cover("/images/covers/..")));
    expect(await problems()).toEqual([
      `content/articles/a.md:8: \`cover.src\`: the picture \`https://cdn.example/ring.jpg\` is on another website; save it under public/images/ and ${advice}`,
      `content/articles/b.md:8: \`cover.src\`: the picture \`http://cdn.example/ring.jpg\` is on another website; save it under public/images/ and ${advice}`,
      `content/articles/c.md:8: \`cover.src\`: the image path \`/images%2Fcovers/ring.jpg\` holds an encoded \`/\` or \`\\\`; ${advice}`,
      `content/articles/d.md:8: \`cover.src\`: the image path \`/images/covers/..\` holds \`..\`, which climbs out of the folder; ${advice}`,
    ]);
  });

  it("ask for the leading / when a colon comes after a folder, and for a plain path under a folder called public", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article(cover("images/covers/ring:1.jpg")));
    await folder.write("content/articles/b.md", article(cover("/images/public/ring one.jpg")));
    expect(await problems()).toEqual([
      "content/articles/a.md:8: `cover.src`: the image path `images/covers/ring:1.jpg` must start with `/` and the folder under public/: write `/images/covers/ring:1.jpg`",
      'content/articles/b.md:8: `cover.src` must be a plain path: no "." or ".." folders, "\\", spaces, "?" or "#"; write it like `/images/covers/ring.jpg`',
    ]);
  });

  it("report a missing picture whose path holds https:// further in, not send it to another website", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article(cover("/images/covers/https://ring.jpg")));
    expect(await problems()).toEqual([
      "content/articles/a.md:8: `cover.src`: the image `/images/covers/https://ring.jpg` does not exist; put the picture at `public/images/covers/https://ring.jpg`, or correct the path",
    ]);
  });

  it("report a missing picture whose path holds a doubled slash, not mistake it for a web address", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article(cover("/images/covers//none.jpg")));
    expect(await problems()).toEqual([
      "content/articles/a.md:8: `cover.src`: the image `/images/covers//none.jpg` does not exist; put the picture at `public/images/covers//none.jpg`, or correct the path",
    ]);
  });
});
