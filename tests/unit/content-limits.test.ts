import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * Issue 18, classes 1 and 2: every text that reaches the social card, the feeds or the metadata
 * has a maximum, and a body that would overflow or stall the Markdown parser is a content error
 * naming the file and the line, never a crash or a hang of the build.
 */

let folder: ContentFolder;

beforeAll(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});
afterAll(() => folder.remove());

async function problems(file: string, text: string): Promise<string[]> {
  await folder.write(file, text);
  try {
    return (await folder.load()).issues.filter((issue) => issue.severity === "error").map(formatIssue);
  } finally {
    await rm(path.join(folder.root, file));
  }
}

const A = "content/articles/odd.md";

describe("limits on front-matter texts", { timeout: 60_000 }, () => {
  it("accepts a title of 200 characters and refuses one of 201", async () => {
    expect(await problems(A, article({ title: JSON.stringify("t".repeat(200)) }))).toEqual([]);
    expect(await problems(A, article({ title: JSON.stringify("t".repeat(201)) }))).toEqual([
      "content/articles/odd.md:2: `title` is 201 characters long; the most allowed is 200: shorten it",
    ]);
  });

  it("counts characters, not UTF-16 units: 200 emoji are 200 characters", async () => {
    expect(await problems(A, article({ title: JSON.stringify("💍".repeat(200)) }))).toEqual([]);
  });

  it("refuses a 20,000-character title, a description over 300 characters and an author name over 100", async () => {
    expect(await problems(A, article({ title: JSON.stringify("x".repeat(20_000)) }))).toEqual([
      "content/articles/odd.md:2: `title` is 20000 characters long; the most allowed is 200: shorten it",
    ]);
    expect(await problems(A, article({ description: JSON.stringify("d".repeat(301)) }))).toEqual([
      "content/articles/odd.md:3: `description` is 301 characters long; the most allowed is 300: shorten it",
    ]);
    expect(await problems("content/authors/long.md", `---\nname: ${"N".repeat(101)}\n---\nBio.\n`)).toEqual([
      "content/authors/long.md:2: `name` is 101 characters long; the most allowed is 100: shorten it",
    ]);
  });

  it("refuses a tag over 50 characters and more than 20 tags", async () => {
    expect(await problems(A, article({ tags: JSON.stringify(["t".repeat(51)]) }))).toEqual([
      "content/articles/odd.md:6: `tags` (item 1) is 51 characters long; the most allowed is 50: shorten it",
    ]);
    expect(await problems(A, article({ tags: JSON.stringify(Array.from({ length: 21 }, (_, i) => `tag ${i}`)) }))).toEqual([
      "content/articles/odd.md:6: `tags` has more than 20 tags; keep the few that say what the article is about",
    ]);
  });

  it("refuses a tag with no letter or digit, which would link to /tags/, and accepts an emoji beside a word", async () => {
    expect(await problems(A, article({ tags: '["💍"]' }))).toEqual([
      'content/articles/odd.md:6: `tags` (item 1) `💍` has no letter or digit (a–z, 0–9) to make its address from, so it cannot have a page; add a word, like `- "💍 engagement rings"`',
    ]);
    expect(await problems(A, article({ tags: '["💍 rings", "!!!", "silver"]' }))).toEqual([
      'content/articles/odd.md:6: `tags` (item 2) `!!!` has no letter or digit (a–z, 0–9) to make its address from, so it cannot have a page; add a word, like `- "💍 engagement rings"`',
    ]);
  });
});

describe("a tag's address", { timeout: 60_000 }, () => {
  // An address is a file name in the static copy: 100 characters at most, however few the tag has.
  it("accepts a tag whose address is 100 characters long and refuses one of 101", async () => {
    // Each ш is spelt `sh` in the address, and щ `sch`: 50 characters make 100, 49 and one more make 101.
    expect(await problems(A, article({ tags: JSON.stringify(["ш".repeat(50)]) }))).toEqual([]);
    expect(await problems(A, article({ tags: JSON.stringify([`${"ш".repeat(49)}щ`]) }))).toEqual([
      "content/articles/odd.md:6: `tags` (item 1) spells out too long an address; shorten it",
    ]);
  });
});

describe("limits on a body", { timeout: 60_000 }, () => {
  // The article's body starts on line 8 with a blank line: `---`, five fields, `---`.
  const body = (text: string) => problems(A, article({}, text));

  it("refuses a body over 100,000 characters", async () => {
    expect(await body(`${"word ".repeat(20_001)}\n`)).toEqual([
      "content/articles/odd.md:8: the text is 100,007 characters long; the most one file may hold is 100,000 (about 15,000 words): split it into two articles",
    ]);
  });

  it("refuses lists nested 17 levels deep and accepts 16", async () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
    expect(await body(nested(16))).toEqual([]);
    expect(await body(`Intro.\n\n${nested(17)}\n`)).toEqual([
      "content/articles/odd.md:27: lists and quotes are nested 17 levels deep here; at most 16 levels are allowed: indent less or start a new list",
    ]);
  });

  it("refuses quotes and list markers stacked on one line, however they are written", async () => {
    expect(await body(`${">".repeat(5000)} deep\n`)).toEqual([expect.stringContaining("lists and quotes are nested 5000 levels deep here")]);
    expect(await body(`${"> - ".repeat(9)}deep\n`)).toEqual([expect.stringContaining("lists and quotes are nested 18 levels deep here")]);
    expect(await body(`${"1. ".repeat(17)}deep\n`)).toEqual([expect.stringContaining("lists and quotes are nested 17 levels deep here")]);
  });

  it("does not count a thematic break or code as nesting", async () => {
    expect(await body(`${"- ".repeat(30)}\n\n\`\`\`\n${"> ".repeat(40)}\n${"<div>".repeat(40)}\n\`\`\`\n`)).toEqual([]);
  });

  it("refuses HTML elements nested over 32 deep, counting end tags, and accepts 32", async () => {
    expect(await body(`${"<div>".repeat(32)}x${"</div>".repeat(32)}\n\n${"<span>a</span>".repeat(500)}\n`)).toEqual([]);
    expect(await body(`Intro.\n\n${"<span>".repeat(10_000)}x\n`)).toEqual([
      "content/articles/odd.md:11: HTML elements are nested 10000 deep here; at most 32 are allowed: close each tag (`<div>` … `</div>`) or remove some",
    ]);
  });

  it("refuses a paragraph with more than 200 emphasis marks or brackets, and a table with more than 64 columns", async () => {
    expect(await body(`${"a*".repeat(201)}\n`)).toEqual([
      "content/articles/odd.md:9: the paragraph starting here has more than 200 `*` or `_` marks; split it with blank lines, or write a literal star as `\\*`",
    ]);
    expect(await body(`${"[".repeat(201)}a\n`)).toEqual([
      "content/articles/odd.md:9: the paragraph starting here has more than 200 `[`; split it with blank lines, or write a literal bracket as `\\[`",
    ]);
    expect(await body(`${"|a".repeat(65)}|\n${"|-".repeat(65)}|\n`)).toEqual([
      "content/articles/odd.md:9: this table row has 65 cells; a table may have at most 64 columns",
    ]);
  });

  it("counts emphasis per paragraph and list item, and not escaped stars", async () => {
    const paragraphs = Array.from({ length: 10 }, () => "*a* ".repeat(50)).join("\n\n");
    const items = Array.from({ length: 10 }, () => `- ${"_a_ ".repeat(50)}`).join("\n");
    expect(await body(`${paragraphs}\n\n${items}\n\n${"\\*".repeat(500)}\n`)).toEqual([]);
  });
});

// Generous: the machine is shared, and these assert only that rendering finishes.
describe("bodies at the limits render", { timeout: 60_000 }, () => {
  // Each is the most a check lets through: rendering must finish, never overflow the stack.
  const atLimits: Record<string, string> = {
    "lists 16 deep": Array.from({ length: 16 }, (_, i) => `${"  ".repeat(i)}- level`).join("\n"),
    "quotes and lists 16 deep": `${"> - ".repeat(8)}deep`,
    "HTML 32 deep": `${"<div>".repeat(32)}x${"</div>".repeat(32)}`,
    "200 emphasis marks": "a*".repeat(200),
    "200 brackets": `${"[".repeat(200)}a${"](b)".repeat(200)}`,
    "64 columns": `${"|a".repeat(64)}|\n${"|-".repeat(64)}|\n${"|b".repeat(64)}|`,
    "a broken escape in a link fragment": "[the 50% section](#50%-off), [odd](#%E0%A4%A) and <a href=\"#50%-off\">raw</a>",
  };
  for (const [name, markdown] of Object.entries(atLimits)) {
    it(name, async () => {
      expect(await renderArticleHtml(markdown, { publicDir: "public" })).toMatch(/^<\w/);
    });
  }

  it("keeps a fragment that is not valid percent-encoding as written", async () => {
    expect(await renderArticleHtml('<a href="#50%-off">the 50% section</a>', { publicDir: "public" })).toContain('href="#50%-off"');
  });
});
