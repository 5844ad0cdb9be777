import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { collectTags } from "@/lib/tags";
import { article } from "../helpers/content-folder";
import { makeArticle } from "../helpers/fixtures";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

async function problems(text: string): Promise<string[]> {
  const folder = journal.folder();
  await folder.write("content/articles/edge.md", text);
  return (await folder.load()).issues.map(formatIssue);
}

describe("an update on the day of publication", () => {
  it("is accepted when `updated` is the same calendar date as `date`", async () => {
    expect(await problems(article({ date: "2025-11-29", updated: "2025-11-29" }))).toEqual([]);
  });

  it("is accepted when `updated` is the very instant of `date`, even written in another offset", async () => {
    expect(await problems(article({ date: "2025-07-01T00:30:00+01:00", updated: "2025-06-30T23:30:00Z" }))).toEqual([]);
  });

  it("is refused one second before `date`, on the line of `updated`", async () => {
    // Lines: 1 `---`, 2 title, 3 description, 4 date, 5 author, 6 tags, 7 updated.
    expect(await problems(article({ date: "2025-07-01T00:30:00+01:00", updated: "2025-07-01T00:29:59+01:00" }))).toEqual([
      "content/articles/edge.md:7: `updated` (`2025-07-01T00:29:59+01:00`) is before the publication date `2025-07-01T00:30:00+01:00`; an update cannot come first: correct it, or delete the `updated` line",
    ]);
  });
});

describe("malformed YAML is reported on the line the author must fix", () => {
  // Each case names, by hand, the line of the file where the mistake is written.
  const cases = [
    { name: "a key written twice", text: "---\ntitle: Rings\ntitle: Rings again\n---\nBody\n", line: 3, reason: "line 3 (it reads `title: Rings again`) repeats a field already written on line 2 (it reads `title: Rings`)" },
    { name: "an unquoted value holding a colon", text: "---\ntitle: Rings\ndescription: Care: daily\n---\nBody\n", line: 3, reason: "line 3 (it reads `description: Care: daily`) holds a colon followed by a space inside its value, which the fields read as the start of another field; put the value in double quotes: write `description: \"Care: daily\"`" },
    { name: "a field indented under another", text: "---\ntitle: Rings\ndescription: Care\n  date: 2025-01-01\n---\nBody\n", line: 4, reason: "line 4 (it reads `  date: 2025-01-01`) is indented, so it is read as part of line 3; start it at the left edge, like `date: 2025-01-01`" },
    { name: "a tab after many good lines", text: "---\ntitle: Rings\ndescription: Care\ndate: 2025-01-01\nauthor: isla\ntags:\n\t- silver\n---\nBody\n", line: 7, reason: "line 7 (it reads `\\t- silver`) starts with a tab" },
  ];
  for (const { name, text, line, reason } of cases) {
    it(`names line ${line} for ${name}`, async () => {
      // The fields these short files lack are reported too, at the closing `---`; this line is reported once.
      const reported = (await problems(text)).filter((message) => message.startsWith(`content/articles/edge.md:${line}:`));
      expect(reported).toHaveLength(1);
      expect(reported[0]?.startsWith(`content/articles/edge.md:${line}: ${reason}`), reported[0]).toBe(true);
    });
  }
});

describe("tags used equally often", () => {
  it("are listed by name, after the tags used more", () => {
    const tags = collectTags([
      makeArticle({ slug: "a", tags: ["zinc", "silver"] }),
      makeArticle({ slug: "b", tags: ["amber", "silver"] }),
      makeArticle({ slug: "c", tags: ["Mokume", "bronze", "zinc"] }),
    ]);
    expect(tags).toEqual([
      { slug: "silver", name: "silver", count: 2 },
      { slug: "zinc", name: "zinc", count: 2 },
      { slug: "amber", name: "amber", count: 1 },
      { slug: "bronze", name: "bronze", count: 1 },
      { slug: "mokume", name: "Mokume", count: 1 },
    ]);
  });

  it("keep the spelling written first when two spellings are used equally often", () => {
    const tags = collectTags([makeArticle({ slug: "a", tags: ["Guest Post"] }), makeArticle({ slug: "b", tags: ["guest post"] })]);
    expect(tags).toEqual([{ slug: "guest-post", name: "Guest Post", count: 2 }]);
  });
});
