import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentVerdict } from "@/lib/build/content-check";
import { checkContent } from "@/lib/checks/check-collection";
import { reportLines } from "@/lib/content/issues";
import { MISTAKES } from "../fixtures/author-mistakes/table";
import { mistakesJournal, type Journal } from "../helpers/author-mistakes";
import { runScript } from "../helpers/run-script";

/** `check:content` and the build's content step on every row of issue 16's table (tests/fixtures/author-mistakes). */

const errorsOf = (report: readonly string[]) => report.filter((line) => line.startsWith("error"));
/** Every row's lines, by file name (a stable sort: each row lists a file's lines in order). */
const byFile = (lines: readonly string[]) => lines.toSorted((a, b) => a.slice(8).split(":")[0]?.localeCompare(b.slice(8).split(":")[0] ?? "") ?? 0);

async function reportFor(journal: Journal): Promise<string[]> {
  const { issues } = await checkContent({ contentDir: journal.contentDir, publicDir: journal.publicDir, now: new Date(), includeUnpublished: false, dev: false });
  return reportLines(issues);
}

/** The build's content step (next.config.ts) on `journal`, as the build runs it. */
async function buildStep(journal: Journal) {
  process.env.CONTENT_DIR = journal.contentDir;
  process.env.PUBLIC_DIR = journal.publicDir;
  try {
    return await contentVerdict();
  } finally {
    delete process.env.CONTENT_DIR;
    delete process.env.PUBLIC_DIR;
  }
}

describe("a journal holding every mistake of the table", { timeout: 900_000 }, () => {
  let journal: Journal;
  beforeAll(async () => {
    journal = await mistakesJournal();
  });
  afterAll(() => journal.remove());

  it("gets one report from check:content with every row's lines, errors first, and nothing else", async () => {
    const result = await runScript("check:content", [], { CONTENT_DIR: journal.contentDir, PUBLIC_DIR: journal.publicDir }, 110_000);
    const all = MISTAKES.flatMap((row) => row.report);
    const expected = [...byFile(errorsOf(all)), ...byFile(all.filter((line) => line.startsWith("warning")))];
    expect(result.stdout.split("\n").slice(0, expected.length)).toEqual(expected);
    expect(result.stdout.split("\n").slice(expected.length)).toEqual([
      "",
      'docs/authoring.md ("What the messages mean") explains each kind of message.',
      "43 articles, 2 authors: 51 errors in content/articles/author-full-name.md, content/articles/author-with-capitals.md, content/articles/camera-file-name-as-description.md, content/articles/cover-on-one-line.md and 32 more files, 7 warnings",
      "",
    ]);
    expect(result.code).toBe(1);
  });

  it("stops the build with the same error lines, and no warnings", async () => {
    const verdict = await buildStep(journal);
    if (verdict.ok) throw new Error("the build step passed a journal full of mistakes");
    const lines = verdict.report.split("\n");
    const errors = byFile(errorsOf(MISTAKES.flatMap((row) => row.report)));
    expect(lines.slice(2, 2 + errors.length)).toEqual(errors);
    expect(lines.at(-1)).toBe(
      "The build stopped on 51 errors in content/articles/author-full-name.md, content/articles/author-with-capitals.md, content/articles/camera-file-name-as-description.md, content/articles/cover-on-one-line.md and 32 more files.",
    );
    expect(verdict.report).not.toContain("warning");
  });
});

describe("each row alone", { timeout: 120_000 }, () => {
  for (const row of MISTAKES) {
    it(`${row.did}: ${errorsOf(row.report).length > 0 ? "an error that stops the build" : "a warning; the build goes on"}`, async () => {
      const journal = await mistakesJournal(row.files);
      try {
        expect(await reportFor(journal)).toEqual(row.report);
        const verdict = await buildStep(journal);
        const errors = errorsOf(row.report);
        if (errors.length === 0) {
          expect(verdict).toEqual({ ok: true });
        } else {
          if (verdict.ok) throw new Error(`the build step passed ${row.files.join(", ")}`);
          expect(verdict.report.split("\n").filter((line) => line.startsWith("error"))).toEqual(errors);
        }
      } finally {
        await journal.remove();
      }
    });
  }

  it("and none of them: the journal's own files are clean", async () => {
    const journal = await mistakesJournal([]);
    try {
      expect(await reportFor(journal)).toEqual([]);
      expect(await buildStep(journal)).toEqual({ ok: true });
    } finally {
      await journal.remove();
    }
  });
});

describe("the journal in content/ and public/", () => {
  it("has no error and no warning, so a clean clone's check is quiet", { timeout: 120_000 }, async () => {
    const { issues } = await checkContent({ contentDir: "content", publicDir: "public", now: new Date(), includeUnpublished: false, dev: false });
    expect(reportLines(issues)).toEqual([]);
  });
});
