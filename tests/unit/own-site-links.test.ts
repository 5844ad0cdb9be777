import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkContent } from "@/lib/checks/check-collection";
import { formatIssue } from "@/lib/content/issues";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

// The published journal's address, read once when lib/site.ts loads: set before any import runs.
vi.hoisted(() => {
  process.env.SITE_URL = "https://journal.example.com";
});

let folder: ContentFolder;

/** The errors `check:content` reports in `file` on 2026-01-01. */
async function errorsIn(file: string): Promise<string[]> {
  const { issues } = await checkContent({ contentDir: folder.contentDir, publicDir: folder.publicDir, now: new Date("2026-01-01T12:00:00Z"), includeUnpublished: false, dev: false });
  return issues.filter((issue) => issue.file === file && issue.severity === "error").map(formatIssue);
}

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
    expect(await errorsIn("content/articles/links.md")).toEqual([
      "content/articles/links.md:9: the link to `https://journal.example.com/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
      "content/articles/links.md:11: the link to `https://journal.example.com/tags/silver`: no article has a tag whose address is `silver`; a tag's address is its name in lowercase with hyphens (the tag \"metal care\" is /tags/metal-care).",
    ]);
  });

  it("is named once, as plain text, when its start is in capitals (`HTTPS://`), since the page shows no link there", async () => {
    await folder.write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, "[prices](HTTPS://journal.example.com/prices)\n"));
    expect(await errorsIn("content/articles/links.md")).toEqual([
      "content/articles/links.md:9: the link to `HTTPS://journal.example.com/prices` does not work (its start `HTTPS:` must be in small letters), so the page shows `prices` as plain text; write `https://journal.example.com/prices`",
    ]);
  });

  it("is checked when it starts with `http://` too", async () => {
    await folder.write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, "[karats](http://journal.example.com/articles/gold-karat)\n"));
    expect(await errorsIn("content/articles/links.md")).toEqual([
      "content/articles/links.md:9: the link to `http://journal.example.com/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
    ]);
  });
});

describe("a link to one of the journal's own addresses", () => {
  it("is checked when its escapes spell no text (`%C3%28`), named as written", async () => {
    await folder.write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, "[karats](/articles/gold-karats-%C3%28)\n"));
    expect(await errorsIn("content/articles/links.md")).toEqual([
      "content/articles/links.md:9: the link to `/articles/gold-karats-%C3%28`: there is no article `gold-karats-%C3%28`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
    ]);
  });

  it("is still checked after a link whose address cannot be read (a port `44o` for `440`)", async () => {
    await folder.write("content/articles/links.md", article({ title: '"Links"', tags: '["gold"]' }, "[shop](https://shop.example.com:44o/rings) and [karats](/articles/gold-karat)\n"));
    expect(await errorsIn("content/articles/links.md")).toEqual([
      "content/articles/links.md:9: the link to `https://shop.example.com:44o/rings` leads nowhere: no browser can read its address, so readers who click `shop` stay where they are; look for a mistyped character in the website's name or in the port after its `:`",
      "content/articles/links.md:9: the link to `/articles/gold-karat`: there is no article `gold-karat`; the address is the file name in content/articles/ without .md. Did you mean `/articles/gold-karats`?",
    ]);
  });
});
