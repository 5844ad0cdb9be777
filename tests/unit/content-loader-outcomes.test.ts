import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { authorIds, compareArticles, parseFile } from "@/lib/content/load";
import { pageFrontmatterSchema } from "@/lib/content/schema";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";

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
    // What could be read of their fields (`fields`) is for the writing advice: tests/unit/content-checks.test.ts.
    expect(broken.map(({ kind, id, file, body, draft }) => ({ kind, id, file, body, draft }))).toEqual([
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
    expect(broken.map(({ kind, id, file, body, draft }) => ({ kind, id, file, body, draft }))).toEqual([{ kind: "article", id: "long", file: "content/articles/long.md", body: undefined, draft: false }]);
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
  it.each<[string, Record<string, Record<string, string>>, string[]]>([
    [
      "keep a field's own problem when a misspelling of it is there too",
      { "x.md": { title: '""', tittle: "Oops" } },
      [
        'content/articles/x.md:2: `title` must not be empty; write it like `title: "How to Care for Silver"`',
        "content/articles/x.md:7: `tittle` (line 7) is not a field; it looks like `title` written twice, as `title` is there too (on line 2): keep the words you want after `title:` and delete `tittle` with its words",
      ],
    ],
    [
      "say what is wrong with a cover that is not a group of src and alt, without stopping",
      { "a.md": { cover: "" }, "b.md": { cover: "\n  src: 42\n  alt: A ring" } },
      [
        'content/articles/a.md:7: `cover` must be a group of indented lines, not nothing; write it like `cover: { src: /images/covers/your-picture.jpg, alt: "What the picture shows" }`',
        "content/articles/b.md:8: `cover.src` must be text, not the number `42`; write it like `  src: /images/covers/your-picture.jpg`",
      ],
    ],
    [
      "quote a date written day/month/year or month/day/year back as the line to write",
      { "a.md": { date: "20/11/2025" }, "b.md": { date: "05.11.2025" }, "c.md": { date: "2025/11/5", updated: "31-12-2025" }, "d.md": { date: "2025-13-45" }, "e.md": { date: "6 Dec 2025" } },
      [
        "content/articles/a.md:4: `date` must be written year-month-day: for `20/11/2025` (November 20, 2025) write `date: 2025-11-20`",
        "content/articles/b.md:4: `date` must be written year-month-day: for `05.11.2025` write `date: 2025-11-05` if you mean November 5, 2025, or `date: 2025-05-11` if you mean May 11, 2025",
        "content/articles/c.md:4: `date` must be written year-month-day: for `2025/11/5` (November 5, 2025) write `date: 2025-11-05`",
        "content/articles/c.md:7: `updated` must be written year-month-day: for `31-12-2025` (December 31, 2025) write `updated: 2025-12-31`",
        "content/articles/d.md:4: `date` must be a real date, and `2025-13-45` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
        // The fifth jeweler's trial: a month written as a word was told the example date, not its own.
        "content/articles/e.md:4: `date` must be written year-month-day: for `6 Dec 2025` (December 6, 2025) write `date: 2025-12-06`",
      ],
    ],
    [
      "keep the author's own yes or no when it was written in quotes",
      { "a.md": { draft: '"false"' }, "b.md": { draft: "'True'" }, "c.md": { draft: "no" }, "d.md": { draft: "Yes" } },
      [
        "content/articles/a.md:7: `draft` must be `true` or `false`, not the text `false`; write it like `draft: false`",
        "content/articles/b.md:7: `draft` must be `true` or `false`, not the text `True`; write it like `draft: true`",
        "content/articles/c.md:7: `draft` must be `true` or `false`, not the text `no`; write it like `draft: false`",
        "content/articles/d.md:7: `draft` must be `true` or `false`, not the text `Yes`; write it like `draft: true`",
      ],
    ],
    [
      "refuse a value starting with * or & (a YAML reference or label) with the quoted line to write, never crash",
      { "a.md": { title: "*New*" }, "b.md": { description: "&amp; more rings" }, "c.md": { tags: "\n  - silver\n  - *opals*" }, "d.md": { tags: "[silver, *opals*]" } },
      [
        'content/articles/a.md:2: line 2 starts a value with `*`, which YAML reads as a reference, not as text; put the value in quotes: write `title: "*New*"`',
        'content/articles/b.md:3: line 3 starts a value with `&`, which YAML reads as a reference, not as text; put the value in quotes: write `description: "&amp; more rings"`',
        'content/articles/c.md:8: line 8 starts a value with `*`, which YAML reads as a reference, not as text; put the value in quotes: write `- "*opals*"`',
        'content/articles/d.md:6: line 6 starts a value with `*`, which YAML reads as a reference, not as text; put the value in quotes: write `tags: [silver, "*opals*"]`',
      ],
    ],
    [
      "ask for quotes around a title, a description or a tag that YAML reads as a number or a yes/no, exactly as typed",
      { "a.md": { title: "1925" }, "b.md": { description: "007", tags: "[true, silver]" } },
      [
        'content/articles/a.md:2: `title` must be text, and `1925` is read as a number; put it in quotes: write `title: "1925"`',
        'content/articles/b.md:3: `description` must be text, and `007` is read as a number; put it in quotes: write `description: "007"`',
        'content/articles/b.md:6: `tags` (item 1) must be text, and `true` is read as a yes/no value; put it in quotes: write `"true"`',
      ],
    ],
    [
      "quote tags written without brackets back as the line to write",
      { "a.md": { tags: "silver, chains" }, "b.md": { tags: "rose gold,  2025," }, "c.md": { tags: "silver" }, "d.md": { tags: "sapphires, gemstones, colour" } },
      [
        "content/articles/a.md:6: `tags` must be a list, not the text `silver, chains`; put the tags between square brackets: `tags: [silver, chains]`, or write each on its own line under `tags:`, like `  - silver`",
        "content/articles/b.md:6: `tags` must be a list, not the text `rose gold,  2025,`; put the tags between square brackets: `tags: [rose gold, \"2025\"]`, or write each on its own line under `tags:`, like `  - rose gold`",
        "content/articles/c.md:6: `tags` must be a list, not the text `silver`; put the tags between square brackets: `tags: [silver]`, or write each on its own line under `tags:`, like `  - silver`",
        // Longer than 20 characters, and told nothing of a number of tags.
        "content/articles/d.md:6: `tags` must be a list, not the text `sapphires, gemstones, colour`; put the tags between square brackets: `tags: [sapphires, gemstones, colour]`, or write each on its own line under `tags:`, like `  - sapphires`",
      ],
    ],
    [
      "say that `#` starts a note, which leaves a field with nothing, and give the line to write",
      { "a.md": { tags: "#artdeco #vintage" }, "b.md": { title: "#1 in our studio" }, "c.md": { tags: "\n  # none yet" } },
      [
        "content/articles/a.md:6: `tags` must be a list, and is read as nothing, because in YAML `#` starts a note, which is never read: `#artdeco #vintage` is taken for a note; write them without `#`: `tags: [artdeco, vintage]`",
        'content/articles/b.md:2: `title` must be text, and is read as nothing, because in YAML `#` starts a note, which is never read: `#1 in our studio` is taken for a note; put it in quotes: write `title: "#1 in our studio"`',
        // A note on the lines under the field is about it, not its value.
        'content/articles/c.md:6: `tags` must be a list, not nothing; write it like `tags: ["metal care", "silver"]`',
      ],
    ],
  ])("%s", async (_, articles, expected) => {
    await withAuthors();
    for (const [file, fields] of Object.entries(articles)) await folder.write(`content/articles/${file}`, article(fields));
    expect(await problems()).toEqual(expected);
  });

  it("give a date whose month is written as a word the line to write, which passes the next run", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "Dec 6, 2025" }));
    expect(await problems()).toEqual(["content/articles/a.md:4: `date` must be written year-month-day: for `Dec 6, 2025` (December 6, 2025) write `date: 2025-12-06`"]);
    await folder.write("content/articles/a.md", article({ date: "2025-12-06" }));
    expect(await problems()).toEqual([]);
  });

  it("give tags split by semicolons, or written `-care` with no space after the `-`, the tags meant, whose lines pass the next run", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ tags: "silver; care; gift ideas" }));
    await folder.write("content/articles/b.md", article({ title: '"Care cards"', tags: "\n  -care\n  -silver" }));
    expect(await problems()).toEqual([
      "content/articles/a.md:6: `tags` must be a list, not the text `silver; care; gift ideas`; put the tags between square brackets: `tags: [silver, care, gift ideas]`, or write each on its own line under `tags:`, like `  - silver`",
      "content/articles/b.md:6: `tags` must be a list, not the text `-care -silver`: a `-` starts an item of a list only with a space after it; write `  - care`, `  - silver`, each on its own line under `tags:`",
    ]);
    await folder.write("content/articles/a.md", article({ tags: "[silver, care, gift ideas]" }));
    await folder.write("content/articles/b.md", article({ title: '"Care cards"', tags: "\n  - care\n  - silver" }));
    expect(await problems()).toEqual([]);
  });

  it("give a time whose difference from UTC lacks its colon (`+0100`) the line to write, which passes the next run", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2025-12-02T10:00:00+0100" }));
    expect(await problems()).toEqual([
      "content/articles/a.md:4: `date` must be a real date, and `2025-12-02T10:00:00+0100` has its difference from UTC without the colon: write `date: 2025-12-02T10:00:00+01:00`",
    ]);
    await folder.write("content/articles/a.md", article({ date: "2025-12-02T10:00:00+01:00" }));
    expect(await problems()).toEqual([]);
  });

  it("pass a field written as the line given for a note where its value goes", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ tags: "[artdeco, vintage]" }));
    await folder.write("content/articles/b.md", article({ title: '"#1 in our studio"' }));
    expect(await problems()).toEqual([]);
  });

  it("give a cover or an avatar written as a path alone the one line to write, with that path", async () => {
    await withAuthors();
    await folder.write("content/authors/mira.md", "---\nname: Mira Okafor\navatar: /images/authors/mira.jpg\n---\nMira sets stones.\n");
    await folder.write("content/articles/a.md", article({ cover: "/images/covers/opal ring.jpg" }));
    expect(await problems()).toEqual([
      'content/articles/a.md:7: `cover` must be a group of indented lines, not the text `/images/covers/opal ring.jpg`; write it like `cover: { src: /images/covers/opal ring.jpg, alt: "What the picture shows" }`',
      'content/authors/mira.md:3: `avatar` must be a group of indented lines, not the text `/images/authors/mira.jpg`; write it like `avatar: { src: /images/authors/mira.jpg, alt: "What the picture shows" }`',
    ]);
  });

  it("ask for quotes around a picture's description read as a number, on its indented line", async () => {
    await withAuthors();
    await folder.write("public/images/ring.jpg", "not really a picture");
    await folder.write("content/articles/a.md", article({ cover: "\n  src: /images/ring.jpg\n  alt: 1925" }));
    expect(await problems()).toEqual(['content/articles/a.md:9: `cover.alt` must be text, and `1925` is read as a number; put it in quotes: write `  alt: "1925"`']);
  });
});

describe("author files", () => {
  it("give the website line to write for an address without https://", async () => {
    await folder.write("content/authors/ada.md", "---\nname: Ada Stone\nwebsite: www.adastone.example\n---\nAda sets stones.\n");
    await folder.write("content/authors/bo.md", "---\nname: Bo Li\nrole: Chaser\nwebsite: http://bo-li.example/work\n---\nBo chases silver.\n");
    await folder.write("content/authors/cy.md", "---\nname: Cy Moss\nwebsite: my studio\n---\nCy casts.\n");
    expect(await problems()).toEqual([
      "content/authors/ada.md:3: `website` must be a full web address starting with https://; write `website: https://www.adastone.example`",
      "content/authors/bo.md:4: `website` must be a full web address starting with https://; write `website: https://bo-li.example/work`",
      "content/authors/cy.md:3: `website` must be a full web address starting with https://, like `https://studio.example`",
    ]);
  });

  it("give a website written as a name on a social network (`@sunniva.makes`) its page's address in one message, with quotes or without, and the line given passes", async () => {
    const handle = "`@sunniva.makes` is a name on Instagram or another network, not a web address; write its page's address, like `website: https://www.instagram.com/sunniva.makes` for Instagram";
    await folder.write("content/authors/sunniva.md", "---\nname: Sunniva Lund\nwebsite: @sunniva.makes\n---\nSunniva enamels.\n");
    await folder.write("content/authors/ada.md", '---\nname: Ada Stone\nwebsite: "@sunniva.makes"\n---\nAda sets stones.\n');
    expect(await problems()).toEqual([
      `content/authors/ada.md:3: \`website\` must be a full web address starting with https://, and ${handle}`,
      `content/authors/sunniva.md:3: line 3 (it reads \`website: @sunniva.makes\`) starts its value with \`@\`, which cannot start a value here, and ${handle}`,
    ]);
    await folder.write("content/authors/sunniva.md", "---\nname: Sunniva Lund\nwebsite: https://www.instagram.com/sunniva.makes\n---\nSunniva enamels.\n");
    await folder.write("content/authors/ada.md", "---\nname: Ada Stone\nwebsite: https://www.instagram.com/sunniva.makes\n---\nAda sets stones.\n");
    expect(await problems()).toEqual([]);
  });

  it("give a website written as a name on a social network with a space copied after it, inside quotes, its page's address, quoted without the space", async () => {
    await folder.write("content/authors/sunniva.md", '---\nname: Sunniva Lund\nwebsite: "@sunniva.makes "\n---\nSunniva enamels.\n');
    expect(await problems()).toEqual([
      "content/authors/sunniva.md:3: `website` must be a full web address starting with https://, and `@sunniva.makes` is a name on Instagram or another network, not a web address; write its page's address, like `website: https://www.instagram.com/sunniva.makes` for Instagram",
    ]);
  });

  it("refuse a guest without a bio, naming the line to write it on", async () => {
    await folder.write("content/authors/ada.md", "---\nname: Ada Stone\nguest: true\nwebsite: https://adastone.example\n---\n");
    await folder.write("content/authors/bo.md", "---\nname: Bo Li\nguest: true\n---\n\n<!-- a bio, one day -->\n\n");
    await folder.write("content/authors/cy.md", "---\nname: Cy Moss\nguest: false\n---\n");
    // Notes ended as a browser ends them (note-ends.ts), which the bio's page hides too.
    await folder.write("content/authors/di.md", "---\nname: Di Vale\nguest: true\n---\n<!-->\n<!-- a bio, one day --!>\n");
    const { authors, issues } = await folder.load();
    expect(issues.map(formatIssue)).toEqual([
      "content/authors/ada.md:6: `guest: true` (line 3) credits a guest author with a bio under every article, and this file has none; on line 6, under the `---` that ends the fields, write a few sentences about `Ada Stone`: what they make, where, and what they love about it",
      "content/authors/bo.md:5: `guest: true` (line 3) credits a guest author with a bio under every article, and this file has none; on line 5, under the `---` that ends the fields, write a few sentences about `Bo Li`: what they make, where, and what they love about it",
      "content/authors/di.md:5: `guest: true` (line 3) credits a guest author with a bio under every article, and this file has none; on line 5, under the `---` that ends the fields, write a few sentences about `Di Vale`: what they make, where, and what they love about it",
    ]);
    expect([...authors.keys()]).toEqual(["cy"]);
  });

  it("refuse a guest without a bio or a name, asking for a few sentences about the author", async () => {
    await folder.write("content/authors/ada.md", "---\nguest: true\n---\n");
    expect(await problems()).toEqual([
      'content/authors/ada.md:3: `name` is required; add a line like `name: "Isla Marrow"`',
      "content/authors/ada.md:4: `guest: true` (line 2) credits a guest author with a bio under every article, and this file has none; on line 4, under the `---` that ends the fields, write a few sentences about `the author`: what they make, where, and what they love about it",
    ]);
  });
});

describe("a date more than a year ahead", () => {
  // The folder's clock says 2026-01-01 (London).
  it("is a warning, with the date meant when the year looks like a slip of the keys", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2052-11-20" }));
    await folder.write("content/articles/b.md", article({ date: "2062-03-01T09:00:00+00:00" }));
    await folder.write("content/articles/c.md", article({ date: "2031-06-01" }));
    const { allArticles, issues } = await folder.load({ includeUnpublished: true });
    expect(issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "warning content/articles/a.md:4: `date` is `2052-11-20`, more than a year from today, so the article stays hidden until then; did you mean `date: 2025-11-20`?",
      "warning content/articles/b.md:4: `date` is `2062-03-01T09:00:00+00:00`, more than a year from today, so the article stays hidden until then; did you mean `date: 2026-03-01T09:00:00+00:00`?",
      "warning content/articles/c.md:4: `date` is `2031-06-01`, more than a year from today, so the article stays hidden until then; if the year is a typing mistake, correct it",
    ]);
    expect(allArticles.map(({ slug, status }) => `${slug} ${status}`)).toEqual(["b scheduled", "a scheduled", "c scheduled"]);
  });

  it("is not one within a year, nor for a letter to the far future", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2026-12-31" }));
    await folder.write("content/articles/b.md", article({ date: "2099-01-15" }));
    expect(await problems()).toEqual([]);
  });
});

describe("an update date after today", () => {
  // The folder's clock says 2026-01-01 12:00 UTC (London).
  it("is an error on its line, with today's date to write, which the next run accepts", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2025-11-29", updated: "2027-01-15" }));
    await folder.write("content/articles/b.md", article({ date: "2025-11-29", updated: "2026-01-01T18:00:00+00:00" }));
    expect(await problems()).toEqual([
      "content/articles/a.md:7: `updated` is `2027-01-15`, after today (2026-01-01); readers would see an update that has not happened: write `updated: 2026-01-01` if you changed it today, or delete the `updated` line",
      "content/articles/b.md:7: `updated` is `2026-01-01T18:00:00+00:00`, after today (2026-01-01); readers would see an update that has not happened: write `updated: 2026-01-01` if you changed it today, or delete the `updated` line",
    ]);
    await folder.write("content/articles/a.md", article({ date: "2025-11-29", updated: "2026-01-01" }));
    await folder.write("content/articles/b.md", article({ date: "2025-11-29", updated: "2026-01-01T11:00:00+00:00" }));
    expect(await problems()).toEqual([]);
  });

  it("counts today on the studio's clock: just after midnight in London, the day's date passes", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2026-06-01", updated: "2026-06-02" }));
    const summer = new Date("2026-06-01T23:30:00Z");
    expect((await folder.load({ now: summer })).issues.map(formatIssue)).toEqual([]);
    const justBefore = new Date("2026-06-01T22:30:00Z");
    expect((await folder.load({ now: justBefore })).issues.map(formatIssue)).toEqual([
      "content/articles/a.md:7: `updated` is `2026-06-02`, after today (2026-06-01); readers would see an update that has not happened: write `updated: 2026-06-01` if you changed it today, or delete the `updated` line",
    ]);
  });

  it("on an article published today at a later hour than midnight UTC, is told to go rather than given a day before the publication", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2026-01-01T09:30:00+00:00", updated: "2026-01-02" }));
    expect(await problems()).toEqual([
      "content/articles/a.md:7: `updated` is `2026-01-02`, after today (2026-01-01); readers would see an update that has not happened: delete the `updated` line",
    ]);
  });

  it("on a scheduled article, is told to go: it has no update before it is out", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ date: "2026-02-01", updated: "2026-03-01" }));
    expect(await problems()).toEqual([
      "content/articles/a.md:7: `updated` is `2026-03-01`, after today (2026-01-01); the article is not published until `2026-02-01`, so it has no update yet: delete the `updated` line",
    ]);
    await folder.write("content/articles/a.md", article({ date: "2026-02-01" }));
    expect(await problems()).toEqual([]);
  });
});

describe("a line of fields that cannot be read", () => {
  it("does not hide the other fields' problems, nor the text's", async () => {
    await withAuthors();
    const text = ["---", 'title: ""', "description: Rings: what to look for", "date: 20/11/2025", "author: nobody", "tags: silver, chains", "---", "", "![](/images/ring.jpg)", ""].join("\n");
    await folder.write("content/articles/a.md", text);
    const messages = await problems();
    expect(messages).toEqual([
      'content/articles/a.md:2: `title` must not be empty; write it like `title: "How to Care for Silver"`',
      "content/articles/a.md:3: line 3 (it reads `description: Rings: what to look for`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write `description: \"Rings: what to look for\"`",
      "content/articles/a.md:4: `date` must be written year-month-day: for `20/11/2025` (November 20, 2025) write `date: 2025-11-20`",
      "content/articles/a.md:5: no author `nobody`: `author:` takes the file name of an author in content/authors/, without .md, like `author: isla`; or add the author with `npm run new:author -- \"Their Name\"`. The authors are: isla, jonah.",
      "content/articles/a.md:6: `tags` must be a list, not the text `silver, chains`; put the tags between square brackets: `tags: [silver, chains]`, or write each on its own line under `tags:`, like `  - silver`",
    ]);
    const { broken } = await folder.load();
    expect(broken.map((file) => file.body)).toEqual([{ text: "\n![](/images/ring.jpg)\n", line: 8 }]);
  });

  it("because of an invisible character in a field's name or after its colon: shown as \\u{…}, with the line to write", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", article({ title: undefined, "\u00a0title": '"Caring for Silver"' }));
    await folder.write("content/articles/b.md", ["---", 'title: "Caring for Silver"', 'description:\u200b"How to keep sterling bright without wearing it away."', "date: 2025-11-29", "author: isla", "---", "Words.", ""].join("\n"));
    await folder.write("content/articles/c.md", article({ title: '"Ring\u00a0Settings"' }));
    expect(await problems()).toEqual([
      'content/articles/a.md:6: line 6 (it reads `\\u{a0}title: "Caring for Silver"`) holds a non-breaking space (shown here as `\\u{a0}`), which looks like a space but is not one, so the line cannot be read; delete it: write `title: "Caring for Silver"`',
      'content/articles/b.md:3: line 3 (it reads `description:\\u{200b}"How to keep sterling bright without wearing it away."`) holds a zero-width space (shown here as `\\u{200b}`), which cannot be seen, so the line cannot be read; type an ordinary space in its place: write `description: "How to keep sterling bright without wearing it away."`',
    ]);
  });

  it("indented under another: neither is guessed at, though both were written", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Rings"', "description: Care", "  date: 2025-01-01", "author: isla", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([
      "content/articles/a.md:4: line 4 (it reads `  date: 2025-01-01`) is indented, so it is read as part of line 3; start it at the left edge, like `date: 2025-01-01`",
    ]);
  });

  it("left with a quote open: the lines after it are still read, each on its own, and the quoted line is not guessed at", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Unfinished', 'description: "Read on its own, though the quote above runs into it."', "date: 2025-11-20", "author: nobody", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([
      'content/articles/a.md:2: line 2 (it reads `title: "Unfinished`) opens a quote or a bracket that is never closed; check that every `"` and `[` has its partner, like `title: "Gold: a Buyer\'s Guide"`',
      'content/articles/a.md:5: no author `nobody`: `author:` takes the file name of an author in content/authors/, without .md, like `author: isla`; or add the author with `npm run new:author -- "Their Name"`. The authors are: isla, jonah.',
    ]);
  });
});

describe("a line of fields that cannot be read, beside other fields", () => {
  it("with a colon and a space inside a value is told the line to write, which passes the next run", async () => {
    await withAuthors();
    const text = article({ title: "Trial 01: code fence never closed", cover: '\n  src: /images/ring.jpg\n  alt: The "Lucky" ring: gold' });
    await folder.write("content/articles/a.md", text);
    const told = (line: number, written: string, write: string) =>
      `content/articles/a.md:${line}: line ${line} (it reads \`${written}\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`${write}\``;
    await folder.write("public/images/ring.jpg", await smallImage());
    expect(await problems()).toEqual([
      told(2, "title: Trial 01: code fence never closed", 'title: "Trial 01: code fence never closed"'),
      told(9, '  alt: The "Lucky" ring: gold', '  alt: "The \\"Lucky\\" ring: gold"'),
    ]);
    await folder.write(
      "content/articles/a.md",
      text.replace("title: Trial 01: code fence never closed", 'title: "Trial 01: code fence never closed"').replace('  alt: The "Lucky" ring: gold', '  alt: "The \\"Lucky\\" ring: gold"'),
    );
    expect(await problems()).toEqual([]);
    const { articles } = await folder.load();
    expect(articles.map(({ title, cover }) => [title, cover?.alt])).toEqual([["Trial 01: code fence never closed", 'The "Lucky" ring: gold']]);
  });


  it("leaves the problems of a field written over several lines, below it, told", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Rings"', "description: Rings: a guide", "date: 2025-01-01", "author: isla", "tags:", "  - silver", '  - ""', "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([`content/articles/a.md:3: line 3 (it reads \`description: Rings: a guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`description: "Rings: a guide"\``, "content/articles/a.md:8: `tags` (item 2) must not be empty; write it like `  - metal care`"]);
  });

  it("does not take a `title:` inside a group for the article's title", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", "cover:", "  title: Rings", "description: Rings: a guide", "date: 2025-01-01", "author: isla", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([
      "content/articles/a.md:2: `cover.src` is required; add a line like `  src: /images/covers/your-picture.jpg`",
      "content/articles/a.md:2: `cover.alt` is required; add a line like `  alt: A silver ring with a pale blue topaz`",
      "content/articles/a.md:3: `cover.title` (line 3) is not a field; the fields are: src, alt; `title` is the article's own field: write it on a line of its own, not inside `cover`",
      `content/articles/a.md:4: line 4 (it reads \`description: Rings: a guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`description: "Rings: a guide"\``,
      'content/articles/a.md:7: `title` is required; add a line like `title: "How to Care for Silver"`',
    ]);
  });

  it("does not read a field written twice from its second line", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Rings"', 'title: ""', "description: Rings: a guide", "date: 2025-01-01", "author: isla", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([
      "content/articles/a.md:3: line 3 (it reads `title: \"\"`) repeats a field already written on line 2 (it reads `title: \"Rings\"`); keep only one of the two lines",
      `content/articles/a.md:4: line 4 (it reads \`description: Rings: a guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`description: "Rings: a guide"\``,
    ]);
  });

  it("does not read a field marked with a tag (`!!str`): its mark is told once the line above can be read", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Rings"', "description: Rings: a guide", "date: 2025-01-01", "author: isla", "draft: !!str true", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([`content/articles/a.md:3: line 3 (it reads \`description: Rings: a guide\`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write \`description: "Rings: a guide"\``]);
  });

  it("does not guess at the field that opened a list in brackets never closed", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", "title: [Rings,", 'description: "How to keep sterling bright."', "date: 2025-01-01", "author: isla", "---", "Words.", ""].join("\n"));
    expect(await problems()).toEqual([
      'content/articles/a.md:3: line 3 (it reads `description: "How to keep sterling bright."`) is inside the list opened on line 2 (it reads `title: [Rings,`), which is not closed on its line; close it with `]` on line 2, like `tags: [gold, silver]`, or write one item per line under the field, each starting with `- `, like `  - gold`',
    ]);
  });
});

describe("a list in brackets left open over lines, with a `...` line inside it", () => {
  it("is reported in the file, on the `...` and `]` lines, each pointing to the line that opened the list", async () => {
    await withAuthors();
    await folder.write("content/articles/a.md", ["---", 'title: "Rings"', "description: Care", "date: 2025-01-01", "author: isla", "tags: [gold,", "...", "]", "---", "Words.", ""].join("\n"));
    const fix = "which is not closed on its line; close it with `]` on line 6, like `tags: [gold, silver]`, or write one item per line under the field, each starting with `- `, like `  - gold`";
    expect(await problems()).toEqual([
      `content/articles/a.md:7: line 7 (it reads \`...\`) is inside the list opened on line 6 (it reads \`tags: [gold,\`), ${fix}`,
      `content/articles/a.md:8: line 8 (it reads \`]\`) is inside the list opened on line 6 (it reads \`tags: [gold,\`), ${fix}`,
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
      "content/articles/b.md:8: `cover.src`: the path `/images/public/ring one.jpg` holds a space, which a web address cannot; rename the file without spaces (`public/images/public/ring-one.jpg`) and write `  src: /images/public/ring-one.jpg`, or keep its name and write each space as %20: `  src: /images/public/ring%20one.jpg`",
    ]);
  });

  it("give the page the path the check approved when the quoted path has spaces around it", async () => {
    await withAuthors();
    await folder.write("public/images/covers/ring.jpg", "a picture");
    await folder.write("content/articles/a.md", article(cover('" /images/covers/ring.jpg "')));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles.map(({ cover }) => cover?.src)).toEqual(["/images/covers/ring.jpg"]);
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
