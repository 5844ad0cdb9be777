import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

// The published journal's address, read once when lib/site.ts loads: set before any import runs.
vi.hoisted(() => {
  process.env.SITE_URL = "https://journal.example.com";
});

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/articles/gold-karats.md", article({ title: '"Gold Karats"', tags: '["gold"]' }));
});

afterEach(() => folder.remove());

describe("a link written as the full address of one of the journal's own pages", () => {
  it("is checked like `/articles/…`: an error when the page does not exist, with the nearest one", async () => {
    const body = [
      "[a](https://journal.example.com/articles/gold-karat) [b](http://journal.example.com/articles/gold-karats/)",
      "",
      "[c](https://journal.example.com/tags/silver) [d](https://other.example/articles/missing)",
    ].join("\n");
    await folder.write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, body));
    const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false, dev: false });
    expect(issues.filter((issue) => issue.file === "content/articles/links.md" && issue.severity === "error").map(formatIssue)).toEqual([
      "content/articles/links.md:9: the link to `https://journal.example.com/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
      "content/articles/links.md:11: the link to `https://journal.example.com/tags/silver`: no article has a tag whose address is `silver`; a tag's address is its name in lowercase with hyphens (the tag \"metal care\" is /tags/metal-care).",
    ]);
  });
});
