import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
  it("is loaded with its frontmatter, slug, reading time and author", async () => {
    await folder.write("content/articles/caring-for-silver.md", article({}, "word ".repeat(1200)));
    const { articles, authors, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    const [loaded] = articles;
    expect(loaded).toMatchObject({
      slug: "caring-for-silver",
      title: "Caring for Silver",
      author: "isla",
      tags: ["metal care"],
      draft: false,
      status: "published",
      readingMinutes: 6,
      file: "content/articles/caring-for-silver.md",
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

  it("accepts a timestamp with an offset and reads its day in the studio's time zone", async () => {
    await folder.write("content/articles/late-night.md", article({ date: "2025-06-02T23:30:00-07:00" }));
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles[0]?.date).toMatchObject({ raw: "2025-06-02T23:30:00-07:00", day: "2025-06-03" });
  });

  it("ignores files that are not Markdown", async () => {
    await folder.write("content/articles/notes.txt", "not an article");
    await folder.write("content/articles/.DS_Store", "junk");
    await folder.write("content/articles/ok.md", article());
    const { articles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(["ok"]);
  });
});

describe("bad input is reported with the file, the field and the fix", () => {
  const cases: { name: string; file: string; text: string; expected: RegExp }[] = [
    { name: "malformed YAML", file: "broken-yaml", text: '---\ntitle: "Unclosed\ndate: 2025-01-01\n---\nBody', expected: /broken-yaml\.md: frontmatter: the YAML is malformed .*quotes.*\(content\/articles\/broken-yaml\.md:3\)$/ },
    { name: "a fence never closed", file: "no-fence", text: "---\ntitle: Hello\n\nBody text", expected: /no-fence\.md: frontmatter: .*never closed; add a line `---`/ },
    { name: "an empty file", file: "empty", text: "", expected: /empty\.md: frontmatter: the file is empty/ },
    { name: "a file without frontmatter", file: "bare", text: "# Just a heading\n", expected: /bare\.md: frontmatter: the file must start with a line `---`/ },
    { name: "a missing title", file: "no-title", text: article({ title: undefined }), expected: /no-title\.md: title: is required; add a line like `title: /},
    { name: "a title that is a number", file: "numeric-title", text: article({ title: "42" }), expected: /numeric-title\.md: title: must be a string, not number 42/ },
    { name: "an empty description", file: "blank-description", text: article({ description: '""' }), expected: /blank-description\.md: description: must not be empty/ },
    { name: "a missing date", file: "no-date", text: article({ date: undefined }), expected: /no-date\.md: date: is required; add a line like `date: 2025-11-29`/ },
    { name: "an impossible date", file: "bad-date", text: article({ date: "2025-13-45" }), expected: /bad-date\.md: date: "2025-13-45" is not a real calendar date; use YYYY-MM-DD.*\(content\/articles\/bad-date\.md:4\)$/ },
    { name: "February 30th", file: "feb-30", text: article({ date: "2025-02-30" }), expected: /feb-30\.md: date: "2025-02-30" is not a real calendar date/ },
    { name: "a timestamp without offset", file: "no-offset", text: article({ date: "2025-02-03T10:00:00" }), expected: /no-offset\.md: date: .*no offset/ },
    { name: "a date in words", file: "words-date", text: article({ date: "November 29 2025" }), expected: /words-date\.md: date: "November 29 2025" is not a date/ },
    { name: "updated before date", file: "time-travel", text: article({ updated: "2025-11-01" }), expected: /time-travel\.md: updated: 2025-11-01 is before the publication date 2025-11-29/ },
    { name: "an impossible updated date", file: "bad-updated", text: article({ updated: "2025-11-31" }), expected: /bad-updated\.md: updated: "2025-11-31" is not a real calendar date/ },
    { name: "an unknown author", file: "stranger", text: article({ author: "nobody" }), expected: /stranger\.md: author: no author "nobody"; create content\/authors\/nobody\.md or use one of: isla, jonah/ },
    { name: "tags that are not a list", file: "tag-string", text: article({ tags: "metal care" }), expected: /tag-string\.md: tags: must be a list, not string "metal care"/ },
    { name: "a cover without alt", file: "no-alt", text: article({ cover: "\n  src: /cover.jpg" }), expected: /no-alt\.md: cover\.alt: is required/ },
    { name: "a cover with an empty alt", file: "empty-alt", text: article({ cover: '\n  src: /cover.jpg\n  alt: ""' }), expected: /empty-alt\.md: cover\.alt: must not be empty/ },
    { name: "a cover whose file is missing", file: "lost-cover", text: article({ cover: "\n  src: /images/missing.jpg\n  alt: A ring" }), expected: /lost-cover\.md: cover\.src: the image "\/images\/missing\.jpg" does not exist; put the file at public\/images\/missing\.jpg/ },
    { name: "a cover outside public/", file: "escape-cover", text: article({ cover: "\n  src: ../secret.jpg\n  alt: A ring" }), expected: /escape-cover\.md: cover\.src: must be a path on this site starting with a single "\/"/ },
    { name: "draft that is not a boolean", file: "draft-yes", text: article({ draft: '"yes"' }), expected: /draft-yes\.md: draft: must be a boolean, not string "yes"/ },
    { name: "a misspelt field", file: "typo", text: article({ titel: "Oops" }), expected: /typo\.md: titel: is not a field this site knows; check its spelling \(expected one of: title, description/ },
  ];

  for (const { name, file, text, expected } of cases) {
    it(`reports ${name}`, async () => {
      await folder.write("public/cover.jpg", "jpeg");
      await folder.write(`content/articles/${file}.md`, text);
      const reported = await problems();
      expect(reported).toHaveLength(1);
      expect(reported[0]).toMatch(new RegExp(`^content/articles/${file}\\.md: `));
      expect(reported[0]).toMatch(expected);
    });
  }

  it("rejects a file name that cannot be a URL and suggests one", async () => {
    await folder.write("content/articles/Silver Care!.md", article());
    expect(await problems()).toEqual([expect.stringMatching(/Silver Care!\.md: file name: "Silver Care!\.md" cannot be an article URL: use lowercase letters, digits and single hyphens; rename it to "silver-care\.md"/)]);
  });

  it("rejects double hyphens and capitals in file names", async () => {
    await folder.write("content/articles/silver--care.md", article());
    await folder.write("content/articles/Silver.md", article());
    expect(await problems()).toHaveLength(2);
  });

  it("reports problems in author files", async () => {
    await folder.write("content/authors/ghost.md", "---\nrole: Nobody\nwebsite: javascript:alert(1)\n---\n");
    const reported = await problems();
    expect(reported).toEqual([
      expect.stringMatching(/authors\/ghost\.md: name: is required/),
      expect.stringMatching(/authors\/ghost\.md: website: must be a full web address starting with https:\/\//),
    ]);
  });

  it("collects every problem from every file into one report, and drops the broken articles", async () => {
    await folder.write("content/articles/good.md", article());
    await folder.write("content/articles/bad-one.md", article({ date: "2025-13-45", author: "nobody" }));
    await folder.write("content/articles/bad-two.md", "");
    const { articles, issues } = await folder.load();
    expect(articles.map((a) => a.slug)).toEqual(["good"]);
    const error = new ContentError(issues);
    expect(error.message).toMatch(/The content has 2 problems/);
    expect(error.message).toMatch(/bad-one\.md: date:/);
    expect(error.message).toMatch(/bad-two\.md: frontmatter: the file is empty/);
    expect(error.message).not.toMatch(/ at .*\.ts:\d+/);
  });
});
