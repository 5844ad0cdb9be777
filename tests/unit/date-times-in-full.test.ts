import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * A date and time written nearly in full (`9:30` for `09:30`, no difference from UTC) is told the
 * author's own date and time written in full: the example date, pasted, would publish the article
 * on another day.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

async function problems(fields: Record<string, string>) {
  await folder.write("content/articles/x.md", article(fields));
  const { issues, allArticles } = await folder.load();
  return { messages: issues.map(formatIssue), articles: allArticles };
}

describe("a date and time written nearly in full", () => {
  it.each<[string, string, string]>([
    ["a one-digit hour", "2026-11-20T9:30:00+00:00", "`2026-11-20T9:30:00+00:00` has a number of one digit where a date and time takes two (`09:30`, not `9:30`): write `date: 2026-11-20T09:30:00+00:00`"],
    [
      "a one-digit hour after a space, with no difference from UTC: London's in November",
      "2026-11-20 9:30",
      "`2026-11-20 9:30` has a number of one digit where a date and time takes two (`09:30`, not `9:30`), and no difference from UTC: write `date: 2026-11-20T09:30:00+00:00`",
    ],
    ["a one-digit month and day, in London's summer", "2026-6-5 14:00", "`2026-6-5 14:00` has a number of one digit where a date and time takes two (`09:30`, not `9:30`), and no difference from UTC: write `date: 2026-06-05T14:00:00+01:00`"],
    ["a one-digit minute, its difference from UTC without the colon", "2026-11-20T10:5+0100", "`2026-11-20T10:5+0100` has a number of one digit where a date and time takes two (`09:30`, not `9:30`): write `date: 2026-11-20T10:05:00+01:00`"],
    [
      "a time in full with no difference from UTC",
      "2026-11-20T09:30:00",
      "`2026-11-20T09:30:00` has a time but not its difference from UTC, so the moment is unclear (add +00:00 for London in winter, +01:00 in summer): write `date: 2026-11-20T09:30:00+00:00`",
    ],
  ])("%s is told the line to write, which passes the next run on that day", async (_, date, expected) => {
    expect((await problems({ date })).messages).toEqual([`content/articles/x.md:4: \`date\` must be a real date, and ${expected}`]);
    const write = /: write `date: (.*)`$/.exec(expected)?.[1] ?? "";
    const next = await problems({ date: write });
    expect(next.messages).toEqual([]);
    expect(next.articles.map((loaded) => loaded.date.raw)).toEqual([write]);
  });

  it("as `updated:` too", async () => {
    expect((await problems({ updated: "2026-11-20 9:30" })).messages).toEqual([
      "content/articles/x.md:7: `updated` must be a real date, and `2026-11-20 9:30` has a number of one digit where a date and time takes two (`09:30`, not `9:30`), and no difference from UTC: write `updated: 2026-11-20T09:30:00+00:00`",
    ]);
  });

  it("is told the example only when it reads as no real moment, or no date at all", async () => {
    const example = "write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`";
    expect((await problems({ date: "2026-02-30 9:30" })).messages).toEqual([`content/articles/x.md:4: \`date\` must be a real date, and \`2026-02-30 9:30\` is not a real date and time; ${example}`]);
    expect((await problems({ date: "on 2026-11-20 9:30" })).messages).toEqual([`content/articles/x.md:4: \`date\` must be a real date, and \`on 2026-11-20 9:30\` is not a date written year-month-day; ${example}`]);
  });
});
