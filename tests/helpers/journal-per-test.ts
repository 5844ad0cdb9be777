import { afterEach, beforeEach } from "vitest";
import { articleErrors, ISLA, makeContentFolder, type ContentFolder } from "./content-folder";

export type JournalPerTest = {
  /** The temporary journal of the test that is running. */
  folder(): ContentFolder;
  /** The errors `check:content` prints once `body` is the text of content/articles/care.md, whose text starts on line 9. */
  articleErrors(body: string): Promise<string[]>;
};

/** Gives each test of the calling file (or describe block) a fresh journal with Isla as its author and `files` (path → text) in it, removed after the test. */
export function journalPerTest(files: Record<string, string> = {}): JournalPerTest {
  let current: ContentFolder | undefined;
  beforeEach(async () => {
    current = await makeContentFolder();
    await current.write("content/authors/isla.md", ISLA);
    for (const [file, text] of Object.entries(files)) await current.write(file, text);
  });
  afterEach(() => current?.remove());
  const folder = (): ContentFolder => {
    if (current === undefined) throw new Error("the journal is made before each test: ask for it inside a test");
    return current;
  };
  return { folder, articleErrors: (body) => articleErrors(folder(), body) };
}
