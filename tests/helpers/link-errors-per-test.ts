import { formatIssue } from "@/lib/content/issues";
import { article, checkFolder, type ContentFolder } from "./content-folder";
import { journalPerTest } from "./journal-per-test";

/** What a link check's test asks of the article content/articles/links.md, in the fresh journal of the test that is running. */
export type LinkErrorsPerTest = {
  /** The errors `check:content` prints for links.md once its text is `body` (it starts on file line 9), as "file:line: message". */
  errorsOf(body: string): Promise<string[]>;
  /** The journal itself, for a test that adds a file of its own (an article, a bio). */
  folder(): ContentFolder;
};

/** Gives each test of the calling file a fresh journal (journalPerTest, with `files` in it) and the article links.md, titled "Links", with `fields` in its frontmatter too. */
export function linkErrorsPerTest(files: Record<string, string> = {}, fields: Record<string, string> = {}): LinkErrorsPerTest {
  const journal = journalPerTest(files);
  return {
    async errorsOf(body) {
      await journal.folder().write("content/articles/links.md", article({ title: '"Links"', ...fields }, body));
      const issues = await checkFolder(journal.folder());
      return issues.filter((issue) => issue.file === "content/articles/links.md" && issue.severity === "error").map(formatIssue);
    },
    folder: journal.folder,
  };
}
