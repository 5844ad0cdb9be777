import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadCollection, type Collection } from "@/lib/content/load";
import { renderArticleHtml } from "@/lib/content/markdown";
import { tagSlug } from "@/lib/tags";
import { makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { findHtmlProblems, USER_CONTENT } from "../helpers/hostile-checks";
import { getAuthorBioHtml } from "@/lib/authors";

const HOSTILE = path.resolve("tests/fixtures/hostile");
let corpus: Collection;

beforeAll(async () => {
  corpus = await loadCollection({ contentDir: HOSTILE, publicDir: path.resolve("public"), now: new Date(), includeUnpublished: false });
});

/** Rendered Markdown as the page holds it, checked like a page: nothing in it may be active. */
function problemsIn(html: string, where: string) {
  return findHtmlProblems(`<main><div class="${USER_CONTENT.slice(1)}">${html}</div></main>`, { path: where, status: 200, hasUserContent: true, lands: [] }, "http://127.0.0.1");
}

describe("the hostile corpus (tests/fixtures/hostile)", () => {
  it("is valid content, so the site builds from it: at least 30 attacks, every author field used", () => {
    expect(corpus.issues.map(formatIssue)).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThanOrEqual(30);
    const authors = [...corpus.authors.values()];
    expect(authors.some((author) => author.role && author.website && author.avatar && author.guest)).toBe(true);
    expect(corpus.articles.some((entry) => entry.cover)).toBe(true);
  });

  // Rendering the whole corpus is CPU work: 10 s on a busy shared machine, so no 5 s default.
  it("renders every article body to HTML with nothing active in it", async () => {
    const rendered = await Promise.all(corpus.articles.map(async (entry) => problemsIn(await renderArticleHtml(entry.body, { publicDir: "public" }), entry.file)));
    expect(rendered.flat()).toEqual([]);
  }, 120_000);

  it("renders every bio to HTML with nothing active in it", async () => {
    const bios = await Promise.all([...corpus.authors.values()].map(async (author) => problemsIn(await getAuthorBioHtml(author), author.file)));
    expect(bios.flat()).toEqual([]);
  });

  it("turns every tag into a URL-safe slug", () => {
    for (const tag of corpus.articles.flatMap((entry) => entry.tags)) {
      expect(tagSlug(tag), tag).toMatch(/^[a-z0-9-]*$/);
    }
  });
});

describe("an author website that is not an http(s) address", () => {
  let folder: ContentFolder;
  beforeEach(async () => {
    folder = await makeContentFolder();
  });
  afterEach(() => folder.remove());

  const websites = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    '" javascript:alert(1)"',
    '"java\\tscript:alert(1)"',
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "ftp://evil.example/",
    "//evil.example/",
    "evil.example",
    '"https:evil.example"',
    '"http://"',
    '"https://evil example/"',
  ];
  for (const website of websites) {
    it(`is refused: website: ${website}`, async () => {
      await folder.write("content/authors/eve.md", `---\nname: Eve\nwebsite: ${website}\n---\nBio.\n`);
      const { issues } = await folder.load();
      expect(issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/authors\/eve\.md:3: `website` must be a full web address starting with https:\/\//)]);
    });
  }
});
