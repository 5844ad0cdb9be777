import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import type { ContentIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { findHtmlProblems, USER_CONTENT } from "../helpers/hostile-checks";

/*
 * The attacks of the hostile corpus that the content check refuses (raw HTML the page leaves out,
 * pictures written as HTML without a description or a file under public/, `<a href>` to
 * `javascript:` or `data:`, tags Markdown shows as typed for a value without quotes holding `'`, `=` or a backtick, or for no space or a `/` between two parts):
 * the build stops on them,
 * so the built corpus (tests/fixtures/hostile, the e2e `hostile` project) keeps only the forms the
 * check accepts. Here each file of tests/fixtures/hostile-refused/ (one attack a line, named after
 * the corpus file it came from; about-page.md after pages/about.md, whose text is checked and
 * rendered as an article's; script-tag-sam.md, entity-eve.md and mathml-mallory.md after those authors' bios, whose
 * `<img>` is refused as a picture a bio leaves out and whose other HTML as HTML a bio leaves out) is an article's text: every attack must be an error, and the text
 * must render with nothing active, as the corpus's own articles do (hostile-content.test.ts).
 */
const REFUSED = path.resolve("tests/fixtures/hostile-refused");
const FILES = readdirSync(REFUSED).filter((name) => name.endsWith(".md")).sort();
const textOf = (name: string) => readFileSync(path.join(REFUSED, name), "utf8");
/** The line on which `article()` starts the text, under its fields. */
const FIRST_LINE = 9;
// Rendering runs the whole Markdown pipeline; on a loaded 2-core machine one file can take seconds.
const TIMEOUT = 120_000;

let folder: ContentFolder;
let errors: ContentIssue[];

beforeAll(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  for (const name of FILES) await folder.write(`content/articles/${name}`, article({ title: `"${name}"` }, textOf(name)));
  const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false, dev: false });
  errors = issues.filter((issue) => issue.severity === "error");
}, TIMEOUT);

afterAll(() => folder.remove());

/**
 * Each attack of a file (lines that are not empty, most of them one: a tag may run over two), with
 * the line in the article it starts on.
 */
function attacks(name: string): { line: number; text: string }[] {
  const lines = textOf(name).split("\n");
  return lines.flatMap((text, index) => (text.trim() === "" || (lines[index - 1] ?? "").trim() !== "" ? [] : [{ line: FIRST_LINE + index, text }]));
}

describe("the attacks the content check refuses (tests/fixtures/hostile-refused)", () => {
  it("are all here: 153 attacks moved from the built corpus, none lost", () => {
    expect(FILES.flatMap(attacks)).toHaveLength(153);
  });

  for (const name of FILES) {
    it(`${name}: every attack is an error, so no build publishes it`, () => {
      const lines = new Set(errors.filter((issue) => issue.file === `content/articles/${name}`).map((issue) => issue.line));
      expect(attacks(name).filter((attack) => !lines.has(attack.line))).toEqual([]);
    });

    it(`${name}: renders with nothing active all the same`, { timeout: TIMEOUT }, async () => {
      const html = await renderArticleHtml(textOf(name), { publicDir: folder.publicDir });
      const problems = findHtmlProblems(`<main><div class="${USER_CONTENT.slice(1)}">${html}</div></main>`, { path: `/articles/${name}`, status: 200, hasUserContent: true, lands: [] }, "http://127.0.0.1");
      expect(problems).toEqual([]);
    });
  }
});
