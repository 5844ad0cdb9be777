import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { runScript } from "../helpers/run-script";

let folder: ContentFolder;
const check = (args: string[] = [], env: Record<string, string> = {}) =>
  runScript("check:content", args, { CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir, ...env });

const description = '"How to keep sterling bright without wearing it away, in five small habits."';
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
  await folder.write("public/images/ring.jpg", await smallImage());
  await folder.write("content/articles/silver.md", article({ description, tags: '["silver"]' }, "![A ring](/images/ring.jpg)\n"));
  await folder.write("content/articles/opals.md", article({ description, tags: '["silver"]', draft: "true" }));
});

afterEach(() => folder.remove());

describe("npm run check:content", { timeout: 600_000 }, () => {
  it("reports each link and image problem with its file and line, and fails", async () => {
    const body = [
      "Read [the draft](/articles/opals) and [a typo](/articles/silvr).",
      "",
      "![](/images/ring.jpg)",
      "",
      "![A lost ring](/images/lost.jpg)",
      "",
      "![A note](/images/note.jpg)",
    ].join("\n");
    const text = article({ description, tags: '["silver"]' }, body);
    await folder.write("content/articles/guide.md", text);
    await folder.write("public/images/note.jpg", "a text file renamed");
    await folder.write("content/articles/bad-date.md", article({ description, date: "2025-02-30" }));

    const result = await check();
    expect(result.code).toBe(1);
    const at = (needle: string) => `(content/articles/guide.md:${lineOf(text, needle)})`;
    expect(result.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error {3}content\/articles\/bad-date\.md: date: "2025-02-30" is not a real calendar date; .* \(content\/articles\/bad-date\.md:4\)$/),
        `error   content/articles/guide.md: body: link to /articles/opals: "opals" is a draft, so readers would land on a missing page; publish it first (remove \`draft: true\` from content/articles/opals.md) or remove the link ${at("[the draft]")}`,
        `error   content/articles/guide.md: body: link to /articles/silvr: there is no article "silvr"; check the spelling against the file names in content/articles/ ${at("[a typo]")}`,
        `error   content/articles/guide.md: body: the image "/images/ring.jpg" has no description; write what it shows between the square brackets, like ![A silver ring set with a blue topaz](/images/ring.jpg) ${at("![]")}`,
        `error   content/articles/guide.md: body: the image "/images/lost.jpg" does not exist; put the file at public/images/lost.jpg or correct the path ${at("lost.jpg")}`,
        `error   content/articles/guide.md: body: the file "/images/note.jpg" is not a picture (it may be damaged, or another kind of file renamed); save it again as JPEG, PNG or WebP ${at("note.jpg")}`,
      ]),
    );
    expect(result.stdout).toMatch(/\n4 articles, 2 authors: 6 errors, 0 warnings\n$/);
    expect(result.stderr).toBe("");
  });

  it("passes with warnings only, and says how many", async () => {
    await folder.write("content/articles/short.md", article({ description: '"Too short."', tags: "[]" }));
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("warning content/articles/short.md: description: is 10 characters long");
    expect(result.stdout).toContain("warning content/articles/short.md: tags: the article has no tags");
    expect(result.stdout).toMatch(/\n3 articles, 2 authors: 0 errors, 2 warnings\n$/);
  });

  it("treats a link to a draft as a warning with --dev or NODE_ENV=development", async () => {
    await folder.write("content/articles/guide.md", article({ description, tags: '["silver"]' }, "Read [the draft](/articles/opals).\n"));
    expect((await check()).code).toBe(1);
    for (const result of [await check(["--dev"]), await check([], { NODE_ENV: "development" })]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('warning content/articles/guide.md: body: link to /articles/opals: "opals" is a draft');
      expect(result.stdout).toMatch(/3 articles, 2 authors: 0 errors, 1 warning\n$/);
    }
  });

  it("passes on clean content and explains an unknown option", async () => {
    const clean = await check();
    expect([clean.code, clean.stdout]).toEqual([0, "2 articles, 2 authors: 0 errors, 0 warnings\n"]);
    const typo = await check(["--deve"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe("Unknown option '--deve'.\n\nUsage: npm run check:content [-- --dev]\n");
  });
});
