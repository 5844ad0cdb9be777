import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { article } from "../helpers/content-folder";
import { journalPerFile } from "../helpers/journal-per-file";

/*
 * What `npm run dev` shows an author about their files (lib/preview.ts) and how its pages learn
 * that a file was saved (lib/live-refresh.ts), in process. The modules decide at import whether
 * they run under `next dev`, so the mode is set before they are imported.
 */
vi.hoisted(() => {
  vi.stubEnv("NODE_ENV", "development");
});
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { contentVersion, getBrokenIds, getFilesWithErrors, getPageProblems, getPreviewProblems, getPreviewVersion } from "@/lib/preview";
import { LIVE_REFRESH_SCRIPT, nextContentVersion } from "@/lib/live-refresh";

const journal = journalPerFile({
  "content/authors/ghost.md": "---\nname: [\n---\nBroken.\n",
  "content/articles/good.md": article({ title: '"Good"' }),
  // An error the loader finds (the file is left out), one the checks find, and a warning on two files.
  "content/articles/bad-date.md": article({ title: '"Bad date"', date: "2025-13-45" }),
  "content/articles/dead-link.md": article({ title: '"Dead link"' }, "Read [this](/nowhere) and [that](/elsewhere).\n"),
  // A link to a draft is advice while previewing (an error in a build), and a copy the loader does not read has no page.
  "content/articles/a-draft.md": article({ title: '"A draft"', draft: "true" }),
  "content/articles/to-draft.md": article({ title: '"To draft"' }, "See [the draft](/articles/a-draft).\n"),
  "content/articles/old-ring.md.bak": article({ title: '"Old ring"' }),
  "content/articles/twin-a.md": article({ title: '"Twin"' }),
  "content/articles/twin-b.md": article({ title: '"Twin"' }),
  "content/pages/about.md": "---\ntitle: About\n---\nNo description.\n",
});

describe("the preview's list of problems", { timeout: 120_000 }, () => {
  it("has one entry per file with problems, marked broken when the file has errors", async () => {
    const problems = await getPreviewProblems();
    const summary = problems.map(({ file, broken, issues }) => ({ file, broken, severities: issues.map((issue) => issue.severity) }));
    expect(summary.toSorted((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      { file: "content/articles/bad-date.md", broken: true, severities: ["error"] },
      { file: "content/articles/dead-link.md", broken: false, severities: ["error", "error"] },
      { file: "content/articles/old-ring.md.bak", broken: false, severities: ["error"] },
      { file: "content/articles/to-draft.md", broken: false, severities: ["warning"] },
      { file: "content/articles/twin-a.md", broken: false, severities: ["warning"] },
      { file: "content/articles/twin-b.md", broken: false, severities: ["warning"] },
      { file: "content/authors/ghost.md", broken: true, severities: ["error"] },
      { file: "content/pages/about.md", broken: false, severities: ["error"] },
    ]);
  });

  it("gives a page the problems of its own file, and none to a file without any", async () => {
    expect(await getPageProblems("articles", "bad-date")).toMatchObject({ file: "content/articles/bad-date.md", broken: true });
    expect(await getPageProblems("authors", "ghost")).toMatchObject({ file: "content/authors/ghost.md", broken: true });
    expect(await getPageProblems("articles", "good")).toBeUndefined();
    expect(await getPageProblems("authors", "bad-date")).toBeUndefined();
  });

  it("keeps a page for each article and author with errors", async () => {
    expect(await getBrokenIds("articles")).toEqual(["bad-date"]);
    expect(await getBrokenIds("authors")).toEqual(["ghost"]);
  });

  it("lists on the home page each file with errors, with its page when it has one", async () => {
    const files = await getFilesWithErrors();
    expect(files.toSorted((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      { file: "content/articles/bad-date.md", href: "/articles/bad-date", errors: 1 },
      { file: "content/articles/dead-link.md", href: "/articles/dead-link", errors: 2 },
      { file: "content/articles/old-ring.md.bak", href: undefined, errors: 1 },
      { file: "content/authors/ghost.md", href: "/authors/ghost", errors: 1 },
      { file: "content/pages/about.md", href: undefined, errors: 1 },
    ]);
  });

  it("is read again once a file changes, and not before", async () => {
    const first = getPreviewProblems();
    expect(getPreviewProblems()).toBe(first);
    await journal.folder().write("content/articles/bad-date.md", article({ title: '"Bad date"' }));
    const files = await getFilesWithErrors();
    expect(files.map(({ file }) => file).sort()).toEqual(["content/articles/dead-link.md", "content/articles/old-ring.md.bak", "content/authors/ghost.md", "content/pages/about.md"]);
    expect(await getBrokenIds("articles")).toEqual([]);
  });
});

describe("the preview's content version", { timeout: 120_000 }, () => {
  it("changes when a file is saved, and is what the preview's pages are rendered from", async () => {
    const before = contentVersion();
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(getPreviewVersion()).toBe(before);
    await journal.folder().write("content/articles/new.md", article({ title: '"New"' }));
    expect(contentVersion()).not.toBe(before);
    expect(getPreviewVersion()).toBe(contentVersion());
  });

  // Waits far longer than any test: a wait that is not ended by what the test does fails by the test's timeout.
  const LONG = 3_600_000;

  /** The wait for new content answers with the version it was given after its time, and as soon as the page goes away. */
  async function expectAnsweredOnTimeoutAndLeaving(): Promise<void> {
    const since = contentVersion();
    expect(await nextContentVersion(since, 10, new AbortController().signal)).toBe(since);
    const leaving = new AbortController();
    const aborted = nextContentVersion(since, LONG, leaving.signal);
    leaving.abort();
    expect(await aborted).toBe(since);
  }

  it("is answered at once when it has already changed", async () => {
    let answer: string | undefined;
    void nextContentVersion("an older version", LONG, new AbortController().signal).then((version) => (answer = version));
    await Promise.resolve();
    await Promise.resolve();
    expect(answer).toBe(contentVersion());
  });

  it("is answered when a content file is saved, not when another file is", async () => {
    const since = contentVersion();
    let answered = false;
    const saved = nextContentVersion(since, LONG, new AbortController().signal);
    void saved.then(() => (answered = true));
    await journal.folder().write("content/notes.txt", "not content");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);
    // Saved again until answered: Node.js watches the subfolders a moment after the watch starts, later on a busy machine.
    for (let saves = 0; !answered && saves < 600; saves += 1) {
      await journal.folder().write("content/articles/another.md", article({ title: `"Another ${saves}"` }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await saved;
    expect(after).not.toBe(since);
    expect(after).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is answered when the wait times out, or when the page goes away", async () => {
    await expectAnsweredOnTimeoutAndLeaving();
  });

  it("is answered after the wait, or when the page goes away, where the content folder cannot be watched", { timeout: 30_000 }, async () => {
    // Node.js refuses to watch a folder that is not there, as it does on a system out of file watches.
    vi.stubEnv("CONTENT_DIR", path.join(journal.folder().root, "gone"));
    try {
      await expectAnsweredOnTimeoutAndLeaving();
    } finally {
      vi.stubEnv("CONTENT_DIR", journal.folder().contentDir);
    }
  });
});

describe("the preview's live refresh in the browser", () => {
  it("asks for the version after the page's own, again while it is the same, and reloads the page once it changes", async () => {
    const asked: string[] = [];
    const answers = ["0123456789abcdef", "fedcba9876543210"];
    let reloads = 0;
    const page = {
      document: { currentScript: { dataset: { version: "0123456789abcdef" } } },
      fetch: (url: string, init: { cache: string }) => {
        asked.push(`${url} ${init.cache}`);
        return Promise.resolve({ ok: true, text: () => Promise.resolve(answers.shift()) });
      },
      location: { reload: () => (reloads += 1) },
      setTimeout,
    };
    runInNewContext(LIVE_REFRESH_SCRIPT, page);
    await vi.waitFor(() => expect(reloads).toBe(1), { timeout: 10_000 });
    expect(asked).toEqual(["/dev/content-version?since=0123456789abcdef no-store", "/dev/content-version?since=0123456789abcdef no-store"]);
  });
});
