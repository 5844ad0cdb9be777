import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

/*
 * A scheduled article may link to another scheduled one only if that one is published first (or
 * at the same moment): the link is live by the time a reader can follow it. "Now" is 2026-01-01.
 */

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  const fields = (date: string, title: string) => ({ title: `"${title}"`, date, description: '"A description long enough that the writing advice has nothing to say about it."', tags: '["silver"]' });
  await folder.write("content/articles/january.md", article(fields("2099-01-15", "January pieces"), "See [March](/articles/march).\n"));
  await folder.write("content/articles/march.md", article(fields("2099-03-01", "March pieces"), "See [January](/articles/january).\n"));
  await folder.write("content/articles/also-march.md", article(fields("2099-03-01", "Also in March"), "See [March](/articles/march).\n"));
  await folder.write("content/articles/published.md", article(fields("2025-11-29", "Published pieces"), "Soon: [January](/articles/january).\n"));
});

afterEach(() => folder.remove());

async function linkProblems(dev: boolean): Promise<string[]> {
  const collection = await folder.load();
  expect(collection.issues).toEqual([]);
  const issues = await checkCollection(collection, { publicDir: folder.publicDir, dev });
  return issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

describe("links between scheduled articles", () => {
  it("from a later one to an earlier one pass, from an earlier one to a later one fail in production", async () => {
    expect(await linkProblems(false)).toEqual([
      "error content/articles/january.md:9: the link to `/articles/march`: `march` is scheduled for 2099-03-01, so the link leads nowhere until then; add it after that date or remove it",
      "error content/articles/published.md:9: the link to `/articles/january`: `january` is scheduled for 2099-01-15, so the link leads nowhere until then; add it after that date or remove it",
    ]);
  });

  it("are warnings in development, where nothing scheduled is public yet", async () => {
    expect((await linkProblems(true)).map((line) => line.split(" ")[0])).toEqual(["warning", "warning"]);
  });
});
