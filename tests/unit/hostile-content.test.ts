import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadCollection } from "@/lib/content/load";
import type { Collection } from "@/lib/content/types";
import { renderArticleHtml } from "@/lib/content/markdown";
import { tagSlug } from "@/lib/tags";
import { makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { findHtmlProblems, USER_CONTENT } from "../helpers/hostile-checks";
import { getAuthorBioHtml } from "@/lib/authors";

const HOSTILE = path.resolve("tests/fixtures/hostile");
// Known when the tests are collected, so that each attack is its own small test.
const ARTICLE_SLUGS = readdirSync(path.join(HOSTILE, "articles")).filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3));
// Rendering runs the whole Markdown pipeline; on a loaded 2-core machine one file can take seconds.
const RENDER_TIMEOUT = 60_000;
let corpus: Collection;

beforeAll(async () => {
  corpus = await loadCollection({ contentDir: HOSTILE, publicDir: path.resolve("public"), now: new Date(), includeUnpublished: false });
}, RENDER_TIMEOUT);

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

  it("publishes every article of the corpus", () => {
    expect(corpus.articles.map((entry) => entry.slug).sort()).toEqual([...ARTICLE_SLUGS].sort());
  });

  for (const slug of ARTICLE_SLUGS) {
    it(`renders ${slug}.md to HTML with nothing active in it`, { timeout: RENDER_TIMEOUT }, async () => {
      const entry = corpus.articles.find((candidate) => candidate.slug === slug);
      if (!entry) throw new Error(`${slug} did not load`);
      expect(problemsIn(await renderArticleHtml(entry.body, { publicDir: "public" }), entry.file)).toEqual([]);
    });
  }

  it("renders every bio to HTML with nothing active in it", { timeout: RENDER_TIMEOUT }, async () => {
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
