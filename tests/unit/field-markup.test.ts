import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder } from "../helpers/content-folder";
import { journalPerTest } from "../helpers/journal-per-test";

const journal = journalPerTest();

/** What `check:content` says of the markup in `file`'s fields, with its severity. */
async function markupIssues(file: string, text: string): Promise<string[]> {
  await journal.folder().write(file, text);
  const issues = await checkFolder(journal.folder());
  return issues.filter((issue) => issue.message.includes("is shown exactly as typed")).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

const about = (title: string, description = '"A small studio that writes about its work."') => `---\ntitle: ${title}\ndescription: ${description}\n---\nWe make rings.\n`;

describe("a title or a description whose marks hold no words", () => {
  it("quotes the whole title and gives a line to write, in an article", async () => {
    expect(await markupIssues("content/articles/wordless.md", article({ title: '"<b></b>"' }))).toEqual([
      "warning content/articles/wordless.md:2: `title` is shown exactly as typed, so readers would see `<b></b>` and no words: fields take plain text, not Markdown or HTML; write the words readers should see, like `title: How to Care for Silver`",
    ]);
  });

  it("counts an HTML comment as marks: alone it is named whole, beside words it is left out of the line to write", async () => {
    expect(await markupIssues("content/articles/note.md", article({ title: '"<!-- x -->"', description: '"Rings for the cold months <!-- check the sizes --> and how to keep them bright."' }))).toEqual([
      "warning content/articles/note.md:2: `title` is shown exactly as typed, so readers would see `<!-- x -->` and no words: fields take plain text, not Markdown or HTML; write the words readers should see, like `title: How to Care for Silver`",
      "warning content/articles/note.md:3: `description` is shown exactly as typed, so readers would see `<!-- check the sizes -->` as it stands: fields take plain text, not Markdown or HTML; write `description: Rings for the cold months and how to keep them bright.`",
    ]);
  });
});

describe("the about page's title and description", () => {
  it("are checked for markup as an article's are, with the about page's own example", async () => {
    expect(await markupIssues("content/pages/about.md", about('"<b></b>"', '"A small studio &amp; its work."'))).toEqual([
      "warning content/pages/about.md:2: `title` is shown exactly as typed, so readers would see `<b></b>` and no words: fields take plain text, not Markdown or HTML; write the words readers should see, like `title: About the studio`",
      "warning content/pages/about.md:3: `description` is shown exactly as typed, so readers would see `&amp;` as it stands: fields take plain text, not Markdown or HTML; write `description: A small studio & its work.`",
    ]);
  });
});
