import { afterAll, beforeAll, vi } from "vitest";
import { ISLA, makeContentFolder, type ContentFolder } from "./content-folder";

export type JournalPerFile = {
  /** The temporary journal every test of the file reads. */
  folder(): ContentFolder;
};

/**
 * Gives the calling file one journal for all its tests, with Isla as its author and `files` (path → text)
 * in it, which lib/ reads through CONTENT_DIR and PUBLIC_DIR; afterwards the folder is removed and every
 * variable stubbed with vi.stubEnv is restored.
 */
export function journalPerFile(files: Record<string, string> = {}): JournalPerFile {
  let current: ContentFolder | undefined;
  beforeAll(async () => {
    current = await makeContentFolder();
    vi.stubEnv("CONTENT_DIR", current.contentDir);
    vi.stubEnv("PUBLIC_DIR", current.publicDir);
    await current.write("content/authors/isla.md", ISLA);
    for (const [file, text] of Object.entries(files)) await current.write(file, text);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await current?.remove();
  });
  const folder = (): ContentFolder => {
    if (current === undefined) throw new Error("the journal is made before the file's tests: ask for it inside a test");
    return current;
  };
  return { folder };
}
