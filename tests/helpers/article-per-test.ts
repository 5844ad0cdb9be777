import { renderArticleHtml } from "@/lib/content/markdown";
import { articleProblems, type ContentFolder } from "./content-folder";
import { journalPerTest } from "./journal-per-test";

/** The questions a check's test asks of an article text, in the fresh journal of the test that is running. */
export type ArticlePerTest = {
  /** Every problem the checks find once the article's text is `text` (it starts on file line 9), as "line: severity: message". */
  problems(text: string): Promise<string[]>;
  /** The HTML the page shows for the article text `text`. */
  html(text: string): Promise<string>;
  /** The journal itself, for a test that adds a file of its own (a photo, an author's bio). */
  folder(): ContentFolder;
};

/** Gives each test of the calling file a fresh journal (journalPerTest, with `files` in it) holding the article content/articles/`name`. */
export function articlePerTest(name: string, files: Record<string, string> = {}): ArticlePerTest {
  const journal = journalPerTest(files);
  return {
    problems: (text) => articleProblems(journal.folder(), name, text),
    html: (text) => renderArticleHtml(text, { publicDir: journal.folder().publicDir }),
    folder: journal.folder,
  };
}
