import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { renderArticleHtml } from "@/lib/content/markdown";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { findHtmlProblems, USER_CONTENT } from "../helpers/hostile-checks";

/*
 * Schemes hidden by a tab, percent-encoding or fullwidth letters are, to a browser, relative links
 * to pages that do not exist. The checks reject them, so the built hostile corpus
 * (tests/fixtures/hostile) cannot hold them; they are tested here: rejected, and inert even so.
 */
const HIDDEN_SCHEMES = ["[tab](<java\tscript:alert('tab')>)", "[percent](%6Aavascript:alert('percent'))", "[fullwidth scheme](ｊａｖａｓｃｒｉｐｔ:alert('fullwidth'))"];

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

describe("links whose scheme is hidden", () => {
  it("are errors, so no build publishes them", async () => {
    await folder.write("content/articles/hidden.md", article({ author: "isla" }, HIDDEN_SCHEMES.join("\n\n")));
    const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01"), includeUnpublished: false, dev: false });
    expect(issues.filter((issue) => issue.severity === "error").map(formatIssue)).toEqual([
      "content/articles/hidden.md:9: the link to `java%09script:alert('tab')`: there is no article `java\\tscript:alert('tab')`; the address is the file name in content/articles/ without .md.",
      "content/articles/hidden.md:11: the link to `%6Aavascript:alert('percent')`: there is no article `javascript:alert('percent')`; the address is the file name in content/articles/ without .md.",
      "content/articles/hidden.md:13: the link to `%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BD%93%EF%BD%83%EF%BD%92%EF%BD%89%EF%BD%90%EF%BD%94:alert('fullwidth')`: there is no article `ｊａｖａｓｃｒｉｐｔ:alert('fullwidth')`; the address is the file name in content/articles/ without .md.",
    ]);
  });

  it("render inert all the same", async () => {
    const html = await renderArticleHtml(HIDDEN_SCHEMES.join("\n\n"), { publicDir: folder.publicDir });
    expect(findHtmlProblems(`<main><div class="${USER_CONTENT.slice(1)}">${html}</div></main>`, { path: "/articles/hidden", status: 200, hasUserContent: true, lands: [] }, "http://127.0.0.1")).toEqual([]);
  });
});
