import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ContentError, formatIssue } from "@/lib/content/issues";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
});

afterEach(() => folder.remove());

async function problems() {
  const { issues } = await folder.load();
  return issues.map(formatIssue);
}

describe("a valid article", () => {
  it("is loaded with its frontmatter, slug, reading time, author and the line of every field", async () => {
    await folder.write("content/articles/caring-for-silver.md", article({ tags: "\n  - metal care\n  - silver" }, "word ".repeat(1200)));
    const { articles, authors, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    const [loaded] = articles;
    expect(loaded).toMatchObject({
      slug: "caring-for-silver",
      title: "Caring for Silver",
      author: "isla",
      tags: ["metal care", "silver"],
      draft: false,
      status: "published",
      readingMinutes: 6,
      file: "content/articles/caring-for-silver.md",
      source: { lines: { title: 2, description: 3, date: 4, author: 5, tags: 6, "tags.0": 7, "tags.1": 8 }, bodyLine: 10 },
    });
    expect(loaded?.date).toMatchObject({ raw: "2025-11-29", day: "2025-11-29" });
    expect(authors.get("jonah")).toMatchObject({ name: "Jonah Petrakis", guest: true, website: "https://petrakis.example" });
    expect(authors.get("jonah")?.body).toBe("Jonah carves wax.\n");
  });

  it("accepts a UTF-8 byte-order mark and Windows line endings", async () => {
    const text = `\uFEFF${article({ title: "Windows Notes" })}`.replace(/\n/g, "\r\n");
    await folder.write("content/articles/windows-notes.md", text);
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]?.title).toBe("Windows Notes");
    expect(articles[0]?.body).not.toContain("\r");
  });

  it("accepts a file saved with old Mac line endings (a carriage return alone), each field on its line", async () => {
    await folder.write("content/articles/mac-notes.md", article({ title: "Mac Notes" }).replace(/\n/g, "\r"));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]).toMatchObject({ title: "Mac Notes", body: "\nSome words about silver.\n", source: { lines: { title: 2, tags: 6 }, bodyLine: 8 } });
  });

  it("drops only a byte-order mark that starts the file: a U+FEFF further on stays as written", async () => {
    await folder.write("content/articles/joined.md", article({}, "Sterling\uFEFFsilver.\n"));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]?.body).toBe("\nSterling\uFEFFsilver.\n");
  });

  it("accepts a timestamp with an offset and reads its day in the studio's time zone", async () => {
    await folder.write("content/articles/late-night.md", article({ date: "2025-06-02T23:30:00-07:00" }));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]?.date).toMatchObject({ raw: "2025-06-02T23:30:00-07:00", day: "2025-06-03" });
  });

  it("keeps dates and look-alike values as the text written", async () => {
    await folder.write("content/articles/plain.md", article({ title: "yes", description: "2025-11-29", tags: "[no, off]" }));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]).toMatchObject({ title: "yes", description: "2025-11-29", tags: ["no", "off"] });
    expect(articles[0]?.date.raw).toBe("2025-11-29");
    await folder.write("content/articles/numbers.md", article({ tags: "[silver, 0x1F]" }));
    expect(await problems()).toEqual(["content/articles/numbers.md:6: `tags` (item 2) must be text, and `0x1F` is read as a number; put it in quotes: write `\"0x1F\"`"]);
  });
});

describe("files in the content folders", () => {
  it("that look like articles but do not end in .md are errors naming the rename", async () => {
    for (const name of ["Ring Settings.markdown", "ring-settings.MD", "notes.md.txt", "gems.mdx", "pearls.mdown", "opals.mkd"]) {
      await folder.write(`content/articles/${name}`, article());
    }
    // By file name, as a file manager lists them (capitals aside).
    expect(await problems()).toEqual([
      "content/articles/gems.mdx: `gems.mdx` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `gems.md`",
      "content/articles/notes.md.txt: `notes.md.txt` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `notes.md`",
      "content/articles/opals.mkd: `opals.mkd` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `opals.md`",
      "content/articles/pearls.mdown: `pearls.mdown` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `pearls.md`",
      "content/articles/Ring Settings.markdown: `Ring Settings.markdown` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `ring-settings.md`",
      "content/articles/ring-settings.MD: `ring-settings.MD` is not read as an article: only files ending in `.md` (lowercase) are read; rename it to `ring-settings.md`",
    ]);
    expect((await folder.load()).issues.map((issue) => issue.severity)).toEqual(Array(6).fill("error"));
  });

  it("warns about other files and folders, and ignores dotfiles", async () => {
    await folder.write("content/articles/notes.txt", "not an article");
    await folder.write("content/articles/ring.jpg", "a photo");
    await folder.write("content/articles/old/draft.md", article());
    await folder.write("content/articles/.DS_Store", "junk");
    await folder.write("content/articles/ok.md", article());
    const { articles, issues } = await folder.load();
    expect(articles.map((a) => a.slug)).toEqual(["ok"]);
    expect(issues.map((issue) => issue.severity)).toEqual(["warning", "warning", "warning"]);
    expect(issues.map(formatIssue)).toEqual([
      "content/articles/notes.txt: the file `notes.txt` is ignored: only `.md` files in content/articles/ are read (pictures go in public/images/); move it elsewhere or delete it",
      "content/articles/old: the folder `old` is ignored: an article is one `.md` file directly in content/articles/ (pictures go in public/images/)",
      "content/articles/ring.jpg: the picture `ring.jpg` is not read here: only `.md` files in content/articles/ are read, and pictures go in public/images/articles/; move it there and write its path as `/images/articles/ring.jpg`",
    ]);
  });

  it("rejects a file name that cannot be a URL and suggests one", async () => {
    await folder.write("content/articles/Silver Care!.md", article());
    await folder.write("content/articles/silver--care.md", article());
    expect(await problems()).toEqual([
      "content/articles/Silver Care!.md: `Silver Care!.md` is not read as an article: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `silver-care.md`",
      "content/articles/silver--care.md: `silver--care.md` is not read as an article: its name is also its web address, so it may hold only lowercase letters, digits and single hyphens; rename it to `silver-care.md`",
    ]);
  });
});

describe("the block of fields", () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: "an empty file", text: "", expected: ["content/articles/x.md: the file is empty; start it with a line `---`, the fields (like `title: \"How to Care for Silver\"`), another line `---`, then the text"] },
    { name: "a file without fields", text: "# Just a heading\n", expected: ["content/articles/x.md:1: the file must start with a line `---`, then the fields at the top of the file (like `title: \"How to Care for Silver\"`), then another line `---`; line 1 reads `# Just a heading`"] },
    {
      name: "a file without fields, an empty line first",
      text: "\n# Just a heading\n",
      expected: ["content/articles/x.md:1: the file must start with a line `---`, then the fields at the top of the file (like `title: \"How to Care for Silver\"`), then another line `---`; line 1 is empty"],
    },
    { name: "a file of blank lines", text: " \n\n  \n", expected: ["content/articles/x.md: the file is empty; start it with a line `---`, the fields (like `title: \"How to Care for Silver\"`), another line `---`, then the text"] },
    { name: "a file whose first line holds `---` after other words", text: "title: Silver---Gold\n---\nWords.\n", expected: ["content/articles/x.md:1: the file must start with a line `---`, then the fields at the top of the file (like `title: \"How to Care for Silver\"`), then another line `---`; line 1 reads `title: Silver---Gold`"] },
    { name: "nothing for `---` lines with spaces after them", text: article().replace(/^---\n/, "---  \n").replace("\n---\n", "\n--- \n"), expected: [] },
    {
      name: "an unreadable line, and nothing for an invisible character after a colon in the text",
      text: article({ title: "Gold: a guide" }, "x").replace("---\n\nx", "---\nNote:\u00a0rings.\n"),
      expected: ["content/articles/x.md:2: line 2 (it reads `title: Gold: a guide`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write `title: \"Gold: a guide\"`"],
    },
    { name: "a block never closed", text: "---\ntitle: Hello\n\nBody text", expected: ["content/articles/x.md:1: the block of fields opened on line 1 is never closed; add a line `---` after the last field, before the text"] },
    { name: "another language (`---js`)", text: "---js\n{ title: 'x' }\n---\n", expected: ["content/articles/x.md:1: the first line must be exactly `---`, with nothing after it (it reads `---js`)"] },
    {
      name: "an unclosed quote",
      text: '---\ntitle: "Unclosed\ndate: 2025-01-01\n---\nBody',
      // The fields this file lacks are reported with it; the title, on the unreadable line, is not guessed at.
      expected: [
        "content/articles/x.md:2: line 2 (it reads `title: \"Unclosed`) opens a quote or a bracket that is never closed; check that every `\"` and `[` has its partner, like `title: \"Gold: a Buyer's Guide\"`",
        'content/articles/x.md:4: `description` is required; add a line like `description: "One or two sentences that tell a reader what they will learn."`',
        "content/articles/x.md:4: `author` is required; add a line like `author: isla-marrow`",
      ],
    },
    {
      name: "a tab on line 7",
      text: article({ cover: "\n  src: /cover.jpg\n\talt: A ring" }),
      expected: ["content/articles/x.md:9: line 9 (it reads `\\talt: A ring`) starts with a tab; indent with spaces only (two spaces, like `  alt: A silver ring`)"],
    },
    {
      name: "a colon inside a value",
      text: article({ title: "Gold: a Buyer's Guide: part two" }),
      expected: ["content/articles/x.md:2: line 2 (it reads `title: Gold: a Buyer's Guide: part two`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write `title: \"Gold: a Buyer's Guide: part two\"`"],
    },
    {
      name: "a field written twice",
      text: article({ draft: "true\ntitle: Again" }),
      expected: ["content/articles/x.md:8: line 8 (it reads `title: Again`) repeats a field already written on line 2 (it reads `title: \"Caring for Silver\"`); keep only one of the two lines"],
    },
    { name: "a tag such as !!timestamp", text: article({ date: "!!timestamp 2025-11-29" }), expected: ["content/articles/x.md:4: line 4 marks a value with `!!timestamp`; remove the mark and write the value alone, like `date: 2025-11-29`"] },
    { name: "a list instead of fields", text: "---\n- title\n- date\n---\n", expected: ["content/articles/x.md:2: the fields at the top of the file must be `field: value` lines, like `title: \"How to Care for Silver\"`"] },
  ];

  for (const { name, text, expected } of cases) {
    it(`reports ${name} on its line`, async () => {
      await folder.write("content/articles/x.md", text);
      expect(await problems()).toEqual(expected);
    });
  }

  it("warns about a list indented unevenly, showing the list it read", async () => {
    await folder.write("content/articles/x.md", article({ tags: "\n  - engagement rings\n    - buying guide" }));
    const { articles, issues } = await folder.load();
    expect(articles[0]?.tags).toEqual(["engagement rings - buying guide"]);
    expect(issues.map((issue) => [issue.severity, formatIssue(issue)])).toEqual([
      [
        "warning",
        'content/articles/x.md:7: `tags` was read as the list `["engagement rings - buying guide"]`, because a `- ` line after line 7 is indented further than the line above it; if you meant separate items, start each `- ` line with the same spaces: `  - engagement rings`, `  - buying guide`',
      ],
    ]);
  });
});

describe("the `---` lines an editor changed (fifth jeweler's trial)", () => {
  const dash = "a long dash that Word types in place of three hyphens";
  // article()'s fields end on line 7.
  const rtf = "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n\\f0\\fs24 \\cf0 ---\\\ntitle: \"Moonstone\"\\\n---\\\n\\\nMoonstone glows.}\n";

  it.each([
    ["both `---` lines typed as long dashes, in one message naming both", article().replace(/^---\n/, "—\n").replace("\n---\n", "\n—\n"), [`content/articles/x.md:1: lines 1 and 7 read \`—\`, ${dash}; write \`---\` on line 1 and on line 7`]],
    ["the first `---` typed as a long dash", article().replace(/^---\n/, "—\n"), [`content/articles/x.md:1: line 1 reads \`—\`, ${dash}; write \`---\` on line 1`]],
    // Told "line 1 reads ``" before.
    ["an empty line above the first `---`", `\n${article()}`, ["content/articles/x.md:1: line 1 is empty, and the file must start with the line `---` (now line 2); delete line 1"]],
    ["empty lines, one of spaces, above the first `---`", `\n  \n\n${article()}`, ["content/articles/x.md:1: lines 1 to 3 are empty, and the file must start with the line `---` (now line 4); delete them"]],
    ["the closing `---` typed as a short one (`–`)", article().replace("\n---\n", "\n–\n"), [`content/articles/x.md:7: line 7 reads \`–\`, ${dash}, so the block of fields opened on line 1 is never closed; write \`---\` on line 7`]],
    // Word's dash with the space typed after it, quoted without the space, as on the page.
    ["the closing `---` typed as a long dash with a space after it", article().replace("\n---\n", "\n— \n"), [`content/articles/x.md:7: line 7 reads \`—\`, ${dash}, so the block of fields opened on line 1 is never closed; write \`---\` on line 7`]],
    ["the closing `---` typed as a long dash below an empty line among the fields", article().replace("\ndate:", "\n\ndate:").replace("\n---\n", "\n—\n"), [`content/articles/x.md:8: line 8 reads \`—\`, ${dash}, so the block of fields opened on line 1 is never closed; write \`---\` on line 8`]],
    ["the first `---` typed as a long dash, the closing one right, and a long dash alone in the text", article({}, "Some words about silver.\n\n—\n\nMore words.\n").replace(/^---\n/, "—\n"), [`content/articles/x.md:1: line 1 reads \`—\`, ${dash}; write \`---\` on line 1`]],
    ["a line of spaces above the first `---`", `   \n${article()}`, ["content/articles/x.md:1: line 1 is empty, and the file must start with the line `---` (now line 2); delete line 1"]],
    ["an empty line above a first `---` with spaces after it", `\n${article().replace(/^---\n/, "---  \n")}`, ["content/articles/x.md:1: line 1 is empty, and the file must start with the line `---` (now line 2); delete line 1"]],
    ["the closing `---` with spaces before it", article().replace("\n---\n", "\n  ---\n"), ["content/articles/x.md:7: line 7 reads `  ---`, with spaces before `---`, so the block of fields opened on line 1 is never closed; delete the spaces before `---` on line 7"]],
    // Told "delete line 1" alone before, and the spaces on the next run.
    [
      "an empty line above the first `---` and spaces before the closing one",
      `\n${article().replace("\n---\n", "\n  ---\n")}`,
      [
        "content/articles/x.md:1: line 1 is empty, and the file must start with the line `---` (now line 2); delete line 1",
        "content/articles/x.md:8: line 8 reads `  ---`, with spaces before `---`, so the block of fields opened on line 2 is never closed; delete the spaces before `---` on line 8",
      ],
    ],
    [
      "empty lines above the first `---` and no closing one",
      `\n\n${article().replace("\n---\n", "\n\n")}`,
      [
        "content/articles/x.md:1: lines 1 to 2 are empty, and the file must start with the line `---` (now line 3); delete them",
        "content/articles/x.md:3: the block of fields opened on line 3 is never closed; add a line `---` after the last field, before the text",
      ],
    ],
    [
      "an empty line above the first `---` and the closing one typed as a long dash",
      `\n${article().replace("\n---\n", "\n—\n")}`,
      ["content/articles/x.md:1: line 1 is empty, and the file must start with the line `---` (now line 2); delete line 1", `content/articles/x.md:8: line 8 reads \`—\`, ${dash}, so the block of fields opened on line 2 is never closed; write \`---\` on line 8`],
    ],
    // Told line 1 alone before, and the closing line's problem on the next run.
    [
      "the first `---` typed as a long dash and spaces before the closing one",
      article().replace(/^---\n/, "—\n").replace("\n---\n", "\n  ---\n"),
      [
        `content/articles/x.md:1: line 1 reads \`—\`, ${dash}; write \`---\` on line 1`,
        "content/articles/x.md:7: line 7 reads `  ---`, with spaces before `---`, so the block of fields opened on line 1 is never closed; delete the spaces before `---` on line 7",
      ],
    ],
    [
      "the first `---` typed as Word's dash and a hyphen, and spaces before the closing one",
      article().replace(/^---\n/, "–-\n").replace("\n---\n", "\n   ---\n"),
      [
        `content/articles/x.md:1: line 1 reads \`–-\`, ${dash}; write \`---\` on line 1`,
        "content/articles/x.md:7: line 7 reads `   ---`, with spaces before `---`, so the block of fields opened on line 1 is never closed; delete the spaces before `---` on line 7",
      ],
    ],
    [
      "the first `---` typed as a long dash and no closing one",
      article().replace(/^---\n/, "—\n").replace("\n---\n", "\n\n"),
      [
        `content/articles/x.md:1: line 1 reads \`—\`, ${dash}; write \`---\` on line 1`,
        "content/articles/x.md:1: the block of fields opened on line 1 is never closed; add a line `---` after the last field, before the text",
      ],
    ],
    // Told "the file must start with a line `---` …; line 1 reads `—-`" before, not what it is.
    ["the first `---` typed as a long dash and a hyphen", article().replace(/^---\n/, "—-\n"), [`content/articles/x.md:1: line 1 reads \`—-\`, ${dash}; write \`---\` on line 1`]],
    ["both `---` lines typed as a dash and a hyphen", article().replace(/^---\n/, "–-\n").replace("\n---\n", "\n–-\n"), [`content/articles/x.md:1: lines 1 and 7 read \`–-\`, ${dash}; write \`---\` on line 1 and on line 7`]],
    [
      "a file TextEdit saved as rich text",
      rtf,
      ["content/articles/x.md:1: the file was saved as rich text (RTF), not as plain text: line 1 reads `{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761`; in TextEdit, choose Format → Make Plain Text, then save it again, so that it starts with the line `---`"],
    ],
  ])("%s: told what to write, and the lines written so pass the next run", async (_, text, expected) => {
    await folder.write("content/articles/x.md", text);
    expect(await problems()).toEqual(expected);
    // Written as told: three hyphens on each line named, or the file saved again as plain text.
    await folder.write("content/articles/x.md", article());
    expect(await problems()).toEqual([]);
  });
});

describe("fields", () => {
  const cases: { name: string; fields: Record<string, string | undefined>; expected: string[] }[] = [
    { name: "a misspelt field, once, with the field meant", fields: { title: undefined, tittle: "Oops" }, expected: ["content/articles/x.md:6: `tittle` (line 6) is not a field; did you mean `title`?"] },
    { name: "an unknown field", fields: { mood: "happy" }, expected: ["content/articles/x.md:7: `mood` (line 7) is not a field; the fields are: title, description, date, updated, author, tags, cover, draft"] },
    { name: "a missing title", fields: { title: undefined }, expected: ['content/articles/x.md:6: `title` is required; add a line like `title: "How to Care for Silver"`'] },
    { name: "a title that is a number", fields: { title: "42" }, expected: ['content/articles/x.md:2: `title` must be text, and `42` is read as a number; put it in quotes: write `title: "42"`'] },
    { name: "a title left blank", fields: { title: "" }, expected: ['content/articles/x.md:2: `title` must be text, not nothing; write it like `title: "How to Care for Silver"`'] },
    { name: "a title written as YAML's nothing, `~`", fields: { title: "~" }, expected: ['content/articles/x.md:2: `title` must be text, not nothing; write it like `title: "How to Care for Silver"`'] },
    { name: "an empty description", fields: { description: '""' }, expected: ['content/articles/x.md:3: `description` must not be empty; write it like `description: "One or two sentences that tell a reader what they will learn."`'] },
    {
      name: "a missing title, with a `title:` inside a list item",
      fields: { title: undefined, tags: "\n  - title: Rings" },
      expected: ["content/articles/x.md:6: `tags` (item 1) must be text, not a group of fields; write it like `  - metal care`", 'content/articles/x.md:7: `title` is required; add a line like `title: "How to Care for Silver"`'],
    },
    { name: "a missing date", fields: { date: undefined }, expected: ["content/articles/x.md:6: `date` is required; add a line like `date: 2025-11-29`"] },
    {
      name: "an impossible date",
      fields: { date: "2025-13-45" },
      expected: ["content/articles/x.md:4: `date` must be a real date, and `2025-13-45` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`"],
    },
    {
      name: "a time without its difference from UTC",
      fields: { date: "2025-02-03T10:00:00" },
      expected: ["content/articles/x.md:4: `date` must be a real date, and `2025-02-03T10:00:00` has a time but not its difference from UTC, so the moment is unclear (add +00:00 for London in winter, +01:00 in summer): write `date: 2025-02-03T10:00:00+00:00`"],
    },
    {
      name: "updated before date",
      fields: { updated: "2025-11-01" },
      expected: ["content/articles/x.md:7: `updated` (`2025-11-01`) is before the publication date `2025-11-29`; an update cannot come first: correct it, or delete the `updated` line"],
    },
    {
      // The fourth jeweler's trial: the `tags` error hid this one until the next run.
      name: "updated before date, together with an error in another field",
      fields: { updated: "2025-11-01", tags: "metal care" },
      expected: [
        "content/articles/x.md:6: `tags` must be a list, not the text `metal care`; put the tags between square brackets: `tags: [metal care]`, or write each on its own line under `tags:`, like `  - metal care`",
        "content/articles/x.md:7: `updated` (`2025-11-01`) is before the publication date `2025-11-29`; an update cannot come first: correct it, or delete the `updated` line",
      ],
    },
    { name: "tags that are not a list", fields: { tags: "metal care" }, expected: ["content/articles/x.md:6: `tags` must be a list, not the text `metal care`; put the tags between square brackets: `tags: [metal care]`, or write each on its own line under `tags:`, like `  - metal care`"] },
    { name: "an empty tag, on its own line", fields: { tags: '\n  - silver\n  - ""' }, expected: ["content/articles/x.md:8: `tags` (item 2) must not be empty; write it like `  - metal care`"] },
    { name: "draft that is not true or false", fields: { draft: '"yes"' }, expected: ["content/articles/x.md:7: `draft` must be `true` or `false`, not the text `yes`; write it like `draft: true`"] },
    { name: "a cover without alt", fields: { cover: "\n  src: /cover.jpg" }, expected: ["content/articles/x.md:7: `cover.alt` is required; add a line like `  alt: A silver ring with a pale blue topaz`"] },
    { name: "a misspelt cover field", fields: { cover: "\n  src: /cover.jpg\n  atl: A ring" }, expected: ["content/articles/x.md:9: `cover.atl` (line 9) is not a field; did you mean `alt`?"] },
    {
      name: "a `cover.src:` line above a cover group without `src`, each on its own line",
      fields: { "cover.src": "/cover.jpg", cover: "\n  alt: A ring" },
      expected: [
        "content/articles/x.md:7: `cover.src` (line 7) is not a field; it looks like `cover` written twice, as `cover` is there too (on line 8): keep the words you want after `cover:` and delete `cover.src` with its words",
        "content/articles/x.md:8: `cover.src` is required; add a line like `  src: /images/covers/your-picture.jpg`",
      ],
    },
    {
      name: "a `cover.src:` line below a cover group with its own `src`, on the `cover.src:` line",
      fields: { cover: "\n  src: /cover.jpg\n  alt: A ring", "cover.src": "/cover.jpg" },
      expected: ["content/articles/x.md:10: `cover.src` (line 10) is not a field; it looks like `cover` written twice, as `cover` is there too (on line 7): keep the words you want after `cover:` and delete `cover.src` with its words"],
    },
    {
      name: "a number in a cover group under a name written twice, `1:` then `\"1\":`, on the number's line, the one the fields read",
      fields: { cover: '\n  src: /cover.jpg\n  alt: A ring\n  1: small\n  "1": 300' },
      expected: ["content/articles/x.md:11: `cover.1` (line 11) is not a field; the fields are: src, alt; the site sizes its pictures itself: delete the `1` line"],
    },
    {
      name: "a name holding a dot in a cover group, on its own line",
      fields: { cover: "\n  src: /cover.jpg\n  alt: A ring\n  size.cm: 3" },
      expected: ["content/articles/x.md:10: `cover.size.cm` (line 10) is not a field; the fields are: src, alt; the site sizes its pictures itself: delete the `size.cm` line"],
    },
    { name: "a field named by a list", fields: { "[mood, tone]": "happy" }, expected: ["content/articles/x.md:7: `[ mood, tone ]` (line 7) is not a field; the fields are: title, description, date, updated, author, tags, cover, draft"] },
    { name: "a cover field named by a group", fields: { cover: "\n  {size: 2}: large\n  src: /cover.jpg\n  alt: A ring" }, expected: ["content/articles/x.md:8: `cover.{ size: 2 }` (line 8) is not a field; the fields are: src, alt; delete `{ size: 2 }`, and if its words are for readers, write them in the article's text"] },
    { name: "a value named by YAML's nothing, `~`", fields: { "~": "happy" }, expected: ["content/articles/x.md:7: a value (line 7) has no field's name before its `:` (`~`, `null` and `\"\"` are read as no name); the fields are: title, description, date, updated, author, tags, cover, draft"] },
    { name: "a value named `null`", fields: { null: "happy" }, expected: ["content/articles/x.md:7: a value (line 7) has no field's name before its `:` (`~`, `null` and `\"\"` are read as no name); the fields are: title, description, date, updated, author, tags, cover, draft"] },
    { name: "a cover value named by YAML's nothing", fields: { cover: "\n  src: /cover.jpg\n  ~: large\n  alt: A ring" }, expected: ["content/articles/x.md:9: a value under `cover` (line 9) has no field's name before its `:` (`~`, `null` and `\"\"` are read as no name); the fields are: src, alt"] },
  ];

  for (const { name, fields, expected } of cases) {
    it(`reports ${name}`, async () => {
      await folder.write("public/cover.jpg", "jpeg");
      await folder.write("content/articles/x.md", article(fields));
      expect(await problems()).toEqual(expected);
    });
  }
});

describe("a field named by a list or a group", () => {
  it("prints nothing but its message: the YAML reader's own warning about such names stays out of the terminal", async () => {
    const warned = vi.spyOn(process, "emitWarning");
    await folder.write("content/articles/x.md", article({ "{mood: 1}": "happy" }));
    expect(await problems()).toEqual(["content/articles/x.md:7: `{ mood: 1 }` (line 7) is not a field; the fields are: title, description, date, updated, author, tags, cover, draft"]);
    expect(warned).not.toHaveBeenCalled();
    warned.mockRestore();
  });

  const notAField = "content/articles/x.md:7: `[ mood, tone ]` (line 7) is not a field; the fields are: title, description, date, updated, author, tags, cover, draft";

  it("with its value in curly quotes is told only that it is not a field: no line to write keeps such a name", async () => {
    await folder.write("content/articles/x.md", article({ "[mood, tone]": "“happy”" }));
    expect(await problems()).toEqual([notAField]);
  });

  it("names a list indented unevenly under it as the name is written in its message", async () => {
    await folder.write("content/articles/x.md", article({ "[mood, tone]": "\n  - calm\n  - happy\n    - bright" }));
    expect(await problems()).toEqual([
      notAField,
      'content/articles/x.md:9: `[ mood, tone ]` was read as the list `["calm","happy - bright"]`, because a `- ` line after line 9 is indented further than the line above it; if you meant separate items, start each `- ` line with the same spaces: `  - happy`, `  - bright`',
    ]);
  });

  it("names a value in curly quotes inside it with the name as written in its message", async () => {
    await folder.write("content/articles/x.md", article({ "[mood, tone]": "\n  alt: “happy”" }));
    expect(await problems()).toEqual([
      notAField,
      'content/articles/x.md:8: `[ mood, tone ].alt` is written between curly quotes (“ ”), which the fields read as part of it, so the page would show them; use straight quotes "…" or none: write `  alt: happy`',
    ]);
  });
});

describe("a field holding the wrong kind of value", () => {
  // What the author wrote is named in words, and the line to write keeps what can be kept of it.
  const cases: { name: string; fields: Record<string, string>; expected: string }[] = [
    { name: "a yes/no for a name", fields: { author: "true" }, expected: "content/articles/x.md:5: `author` must be text, not `true` (a yes/no value); write it like `author: isla-marrow`" },
    { name: "a list for a name", fields: { author: "[isla, jonah]" }, expected: "content/articles/x.md:5: `author` must be text, not a list; write it like `author: isla-marrow`" },
    { name: "a group for a name", fields: { author: "{ id: isla }" }, expected: "content/articles/x.md:5: `author` must be text, not a group of fields; write it like `author: isla-marrow`" },
    { name: "a number for draft", fields: { draft: "1" }, expected: "content/articles/x.md:7: `draft` must be `true` or `false`, not the number `1`; write it like `draft: true`" },
    { name: "draft as the text no, in capitals and spaces", fields: { draft: '" No "' }, expected: "content/articles/x.md:7: `draft` must be `true` or `false`, not the text ` No `; write it like `draft: false`" },
    { name: "a number for tags", fields: { tags: "5" }, expected: 'content/articles/x.md:6: `tags` must be a list, not the number `5`; write it like `tags: ["metal care", "silver"]`' },
    { name: "tags left empty", fields: { tags: "" }, expected: 'content/articles/x.md:6: `tags` must be a list, not nothing; write it like `tags: ["metal care", "silver"]`' },
    { name: "tags as a text of commas alone", fields: { tags: '" , "' }, expected: 'content/articles/x.md:6: `tags` must be a list, not the text ` , `; write it like `tags: ["metal care", "silver"]`' },
    { name: "a cover as empty text", fields: { cover: '""' }, expected: 'content/articles/x.md:7: `cover` must be a group of indented lines, not the text ``; write it like `cover: { src: /images/covers/your-picture.jpg, alt: "What the picture shows" }`' },
    { name: "a cover as spaces", fields: { cover: '"  "' }, expected: 'content/articles/x.md:7: `cover` must be a group of indented lines, not the text `  `; write it like `cover: { src: /images/covers/your-picture.jpg, alt: "What the picture shows" }`' },
    {
      name: "a cover as a path between spaces",
      fields: { cover: '" /images/covers/ring.jpg "' },
      expected: 'content/articles/x.md:7: `cover` must be a group of indented lines, not the text ` /images/covers/ring.jpg `; write it like `cover: { src: /images/covers/ring.jpg, alt: "What the picture shows" }`',
    },
  ];

  for (const { name, fields, expected } of cases) {
    it(`reports ${name}`, async () => {
      await folder.write("content/articles/x.md", article(fields));
      expect(await problems()).toEqual([expected]);
    });
  }
});

describe("authors and pictures", () => {
  it("suggests the author meant, from the id or the name", async () => {
    await folder.write("content/authors/mira-okafor.md", "---\nname: Mira Okafor\n---\nMira sets stones.\n");
    await folder.write("content/articles/a.md", article({ author: "Mira-Okafor" }));
    await folder.write("content/articles/b.md", article({ author: "Mira Okafor" }));
    await folder.write("content/articles/c.md", article({ author: "nobody" }));
    const suggestion =
      "did you mean `mira-okafor`? Write `author: mira-okafor` (the author's file name in content/authors/, without .md), or add the author with `npm run new:author -- \"Their Name\"`. The authors are: isla, jonah, mira-okafor.";
    expect(await problems()).toEqual([
      `content/articles/a.md:5: no author \`Mira-Okafor\`; ${suggestion}`,
      `content/articles/b.md:5: no author \`Mira Okafor\`; ${suggestion}`,
      "content/articles/c.md:5: no author `nobody`: `author:` takes the file name of an author in content/authors/, without .md, like `author: isla`; or add the author with `npm run new:author -- \"Their Name\"`. The authors are: isla, jonah, mira-okafor.",
    ]);
  });

  it("explains cover paths with public/, wrong capitals, or no such file", async () => {
    await folder.write("public/images/covers/Ring.jpg", "jpeg");
    const cover = (src: string) => ({ cover: `\n  src: ${src}\n  alt: A ring` });
    await folder.write("content/articles/a.md", article(cover("public/images/covers/Ring.jpg")));
    await folder.write("content/articles/b.md", article(cover("/public/images/covers/Ring.jpg")));
    await folder.write("content/articles/c.md", article(cover("/images/covers/ring.jpg")));
    await folder.write("content/articles/d.md", article(cover("/images/covers/missing.jpg")));
    await folder.write("content/articles/e.md", article(cover("../secret.jpg")));
    await folder.write("content/articles/f.md", article(cover("/images/covers/Ring.jpg")));
    expect(await problems()).toEqual([
      "content/articles/a.md:8: `cover.src`: the image path `public/images/covers/Ring.jpg` starts with `public/`; leave out `public/`: write `/images/covers/Ring.jpg`",
      "content/articles/b.md:8: `cover.src`: the image path `/public/images/covers/Ring.jpg` starts with `public/`; leave out `public/`: write `/images/covers/Ring.jpg`",
      "content/articles/c.md:8: `cover.src`: the image `/images/covers/ring.jpg` does not exist; did you mean `/images/covers/Ring.jpg`? (capitals count on the web)",
      "content/articles/d.md:8: `cover.src`: the image `/images/covers/missing.jpg` does not exist; put the picture at `public/images/covers/missing.jpg`, or correct the path",
      "content/articles/e.md:8: `cover.src`: the image path `../secret.jpg` holds `..`, which climbs out of the folder; write the path of the picture from the public/ folder, like `src: /images/covers/ring.jpg`",
    ]);
  });

  it("reports problems in author files", async () => {
    await folder.write("content/authors/ghost.md", "---\nrole: Nobody\nwebsite: javascript:alert(1)\n---\n");
    expect(await problems()).toEqual([
      "content/authors/ghost.md:3: `website` must be a full web address starting with https://, like `https://studio.example`",
      'content/authors/ghost.md:4: `name` is required; add a line like `name: "Isla Marrow"`',
    ]);
  });
});

describe("one report", () => {
  it("holds every problem of every file, and drops the broken articles", async () => {
    await folder.write("content/articles/good.md", article());
    await folder.write("content/articles/bad-one.md", article({ date: "2025-13-45", author: "nobody", cover: "\n  src: /nope.jpg" }));
    await folder.write("content/articles/bad-two.md", "");
    const { articles, broken, issues } = await folder.load();
    expect(articles.map((a) => a.slug)).toEqual(["good"]);
    expect(broken.map((file) => file.file)).toEqual(["content/articles/bad-one.md", "content/articles/bad-two.md"]);
    expect(issues.map((issue) => `${issue.file}:${issue.line ?? ""}`)).toEqual([
      "content/articles/bad-one.md:4",
      "content/articles/bad-one.md:5",
      "content/articles/bad-one.md:7",
      "content/articles/bad-one.md:8",
      "content/articles/bad-two.md:",
    ]);
    const error = new ContentError(issues);
    expect(error.message).toMatch(/^The content has 5 errors in content\/articles\/bad-one\.md and content\/articles\/bad-two\.md\. Fix them and build again:/);
    expect(error.message).not.toMatch(/ at .*\.ts:\d+/);
  });

  it("prints values from a file on one line, so they cannot forge messages or CI commands", async () => {
    await folder.write("content/articles/x.md", article({ author: '"nobody\\n::error file=app.ts::forged\\u001b[31m"' }));
    const [line] = await problems();
    expect(line).toBe(
      "content/articles/x.md:5: no author `nobody\\n::error file=app.ts::forged\\u{1b}[31m`: `author:` takes the file name of an author in content/authors/, without .md, like `author: isla`; or add the author with `npm run new:author -- \"Their Name\"`. The authors are: isla, jonah.",
    );
    expect(line).not.toMatch(/[\n\u001b]/);
  });
});
