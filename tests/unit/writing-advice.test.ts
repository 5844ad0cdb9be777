import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

/** Every issue `check:content` reports for `file` once `files` are written, as [line, severity, message], those whose message holds `about` only. */
async function reportedFor(files: Record<string, string>, file: string, about = "") {
  for (const [name, text] of Object.entries(files)) await journal.folder().write(name, text);
  const issues = await checkFolder(journal.folder());
  return issues.filter((issue) => issue.file === file && issue.message.includes(about)).map((issue) => [issue.line, issue.severity, issue.message]);
}

/** A row: the files written, the file reported on, and what it is told as [line, severity, message]. */
type Row = { case: string; files: Record<string, string>; file: string; expected: [number, string, string][] };

const bio = "Write a few sentences about yourself: what you make, where you work and what you love about it.";

describe("writing advice on a tag written twice in one article", () => {
  it.each<Row>([
    {
      case: "keeps the journal's spelling when it is the second, and says which line to rewrite",
      files: {
        "content/articles/x.md": article({ title: '"Deco Rings"', tags: '["Art Deco"]' }),
        "content/articles/y.md": article({ title: '"Deco Chains"', tags: '["Art Deco"]' }),
        "content/articles/t.md": article({ tags: "\n  - art deco\n  - Art Deco" }),
      },
      file: "content/articles/t.md",
      expected: [[8, "error", "`tags` holds `art deco` and `Art Deco`, two spellings of one tag (its page is `/tags/art-deco`), so the article would list it twice; keep one: delete the line `  - Art Deco` (line 8), and write `  - Art Deco` in place of `  - art deco` (line 7)"]],
    },
    {
      case: "keeps the other tags before the first spelling, in a list on one line",
      files: { "content/articles/t.md": article({ tags: '["silver", "art déco", "Art Deco"]' }) },
      file: "content/articles/t.md",
      expected: [[6, "error", "`tags` holds `art déco` and `Art Deco`, two spellings of one tag (its page is `/tags/art-deco`), so the article would list it twice; keep one: write `tags: [silver, art déco]`"]],
    },
    {
      case: "is named in a file with errors too, whose tag no published article has",
      files: { "content/articles/t.md": article({ description: undefined, tags: "[enamel, Enamel]" }) },
      file: "content/articles/t.md",
      expected: [
        [5, "error", "`tags` holds `enamel` and `Enamel`, two spellings of one tag (its page is `/tags/enamel`), so the article would list it twice; keep one: write `tags: [enamel]`"],
        [6, "error", '`description` is required; add a line like `description: "One or two sentences that tell a reader what they will learn."`'],
      ],
    },
  ])("$case", async ({ files, file, expected }) => {
    expect((await reportedFor(files, file)).filter(([, severity]) => severity === "error")).toEqual(expected);
  });
});

describe("writing advice at the edges", () => {
  const long = (length: number) => `"${"a".repeat(length)}"`;
  it.each([
    { case: "a description of 49 characters is short", fields: { description: long(49) }, expected: [[3, "warning", "`description` is 49 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two"]] },
    { case: "a description of 50 characters passes", fields: { description: long(50) }, expected: [] },
    { case: "a description of 160 characters passes", fields: { description: long(160) }, expected: [] },
    { case: "a description of 161 characters is long", fields: { description: long(161) }, expected: [[3, "warning", "`description` is 161 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two"]] },
    { case: "a title of 70 characters passes", fields: { title: long(70) }, expected: [] },
    { case: "a title of 71 characters is long", fields: { title: long(71) }, expected: [[2, "warning", "`title` is 71 characters long; search results and browser tabs cut titles after about 70, so shorten it"]] },
    {
      case: "an article with no `tags` line is told on the `---` under its fields",
      fields: { tags: undefined },
      expected: [[6, "warning", 'the article has no tags; add one or two, like `tags: ["silver", "metal care"]`, so readers find it with related articles']],
    },
    {
      case: "the example description of a draft is named with what to write",
      fields: { description: '"Write one or two sentences here that tell a reader what they will learn."', draft: "true" },
      expected: [[3, "warning", "`description` still holds the example text from `npm run new`; write one or two sentences about this article"]],
    },
  ])("$case", async ({ fields, expected }) => {
    expect(await reportedFor({ "content/articles/t.md": article(fields) }, "content/articles/t.md")).toEqual(expected);
  });

  it("tells an article with no `tags` line whose text is past the limits, which no check reads, that it has no tags, on no line", async () => {
    const text = article({ tags: undefined }, `${"a".repeat(100_001)}\n`);
    expect(await reportedFor({ "content/articles/t.md": text }, "content/articles/t.md", "no tags")).toEqual([
      [undefined, "warning", 'the article has no tags; add one or two, like `tags: ["silver", "metal care"]`, so readers find it with related articles'],
    ]);
  });

  it("names the example heading of `npm run new` indented by two spaces, which is still a heading", async () => {
    const text = article({ draft: "true" }, "Words.\n\n  ## A first heading\n");
    expect(await reportedFor({ "content/articles/t.md": text }, "content/articles/t.md", "example")).toEqual([
      // The `draft` line puts the text on line 10.
      [12, "warning", "the text still holds the example from `npm run new` (`## A first heading`); replace the example text with your own words"],
    ]);
  });
});

describe("writing advice on tags close to another", () => {
  it.each<{ case: string; files: Record<string, string> }>([
    {
      case: "a tag used by two articles is not told of a tag it looks like, used as often",
      files: {
        "content/articles/p1.md": article({ title: '"Pearls One"', tags: '["pearls"]' }),
        "content/articles/p2.md": article({ title: '"Pearls Two"', tags: '["pearls"]' }),
        "content/articles/q1.md": article({ title: '"Pearl One"', tags: '["pearl"]' }),
        "content/articles/q2.md": article({ title: '"Pearl Two"', tags: '["pearl"]' }),
      },
    },
    {
      case: "a tag used once is not told of another used once, however alike",
      files: {
        "content/articles/p1.md": article({ title: '"Silver One"', tags: '["silver"]' }),
        "content/articles/q1.md": article({ title: '"Silver Two"', tags: '["silvr"]' }),
      },
    },
  ])("$case", async ({ files }) => {
    expect(await reportedFor(files, "content/articles/q1.md")).toEqual([]);
  });
});

describe("writing advice on example text in a file with errors", () => {
  it.each<Row>([
    {
      case: "an author's bio holding an article's example section is not told of it",
      files: { "content/authors/bea.md": "---\nname: Bea Quill\ncolour: blue\n---\n## A first heading\n\nYour text.\n" },
      file: "content/authors/bea.md",
      expected: [],
    },
    {
      case: "an article's text holding the bio's example is not told of it",
      files: { "content/articles/t.md": article({ description: undefined }, `${bio}\n`) },
      file: "content/articles/t.md",
      expected: [],
    },
    {
      case: "a bio whose name cannot be read is told to write about the author",
      files: { "content/authors/bea.md": `---\nrole: Maker\n---\n${bio}\n` },
      file: "content/authors/bea.md",
      expected: [[4, "warning", "the bio still holds the example from `npm run new:author`; write a few sentences about the author"]],
    },
  ])("$case", async ({ files, file, expected }) => {
    expect(await reportedFor(files, file, "example")).toEqual(expected);
  });
});

describe("writing advice on titles used twice", () => {
  it.each([
    {
      case: "three articles with one title: each names the two others",
      titles: ["Caring for Pearls", "caring for pearls", "Caring  for Pearls"],
      expected: [[2, "warning", "the title `Caring for Pearls` is also the title of content/articles/t1.md and content/articles/t2.md; readers cannot tell the two apart in lists and search results, so give each its own title"]],
    },
    {
      case: "`ß` and `SS` are one title",
      titles: ["Caring for Weißgold", "Caring for WEISSGOLD"],
      expected: [[2, "warning", "the title `Caring for Weißgold` is also the title of content/articles/t1.md; readers cannot tell the two apart in lists and search results, so give each its own title"]],
    },
    { case: "a space between two words makes another title", titles: ["A Goldsmith's Year", "A Gold Smith's Year"], expected: [] },
  ])("$case", async ({ titles, expected }) => {
    const files = Object.fromEntries(titles.map((title, index) => [`content/articles/t${index}.md`, article({ title: JSON.stringify(title) })]));
    expect(await reportedFor(files, "content/articles/t0.md")).toEqual(expected);
  });
});
