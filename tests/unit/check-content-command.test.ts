import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { smallImage } from "../helpers/images";
import { projectRoot, runScript } from "../helpers/run-script";

let folder: ContentFolder;
const check = (args: string[] = [], env: Record<string, string> = {}) =>
  runScript("check:content", args, { CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir, ...env });

const description = '"How to keep sterling bright without wearing it away, in five small habits."';
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;
const git = (...args: string[]) => promisify(execFile)("git", ["-C", folder.root, ...args]);

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
  await folder.write("public/images/ring.jpg", await smallImage());
  await folder.write("content/articles/silver.md", article({ title: "Silver", description, tags: '["silver"]' }, "![A ring](/images/ring.jpg)\n"));
  await folder.write("content/articles/opals.md", article({ title: "Opals", description, tags: '["silver"]', draft: "true" }));
});

afterEach(() => folder.remove());

describe("npm run check:content", { timeout: 600_000 }, () => {
  it("reports every problem of every file with its line, and fails", async () => {
    const body = [
      "Read [the draft](/articles/opals) and [a typo](/articles/silvr).",
      "",
      "![](/images/ring.jpg)",
      "",
      "![A lost ring](/images/lost.jpg)",
      "",
      "![A note](/images/note.jpg)",
    ].join("\n");
    const text = article({ title: "Guide", description, tags: '["silver"]' }, body);
    await folder.write("content/articles/guide.md", text);
    await folder.write("public/images/note.jpg", "a text file renamed");
    await folder.write("content/articles/bad-date.md", article({ title: "Bad Date", description, date: "2025-02-30" }));

    const result = await check();
    expect(result.code).toBe(1);
    const at = (needle: string) => `content/articles/guide.md:${lineOf(text, needle)}`;
    expect(result.stdout.split("\n")).toEqual([
      "error   content/articles/bad-date.md:4: `date` must be a real date, and `2025-02-30` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
      `error   ${at("[the draft]")}: the link to \`/articles/opals\`: \`opals\` is a draft, so readers would land on a missing page; publish it first (remove \`draft: true\` from content/articles/opals.md) or remove the link`,
      `error   ${at("[a typo]")}: the link to \`/articles/silvr\`: there is no article \`silvr\`; the address is the file name in content/articles/ without .md. Did you mean \`/articles/silver\`?`,
      `error   ${at("![]")}: the image \`/images/ring.jpg\` has no description; write what it shows between the square brackets, like \`![A silver ring set with a blue topaz](/images/ring.jpg)\``,
      `error   ${at("lost.jpg")}: the image \`/images/lost.jpg\` does not exist; put the picture at \`public/images/lost.jpg\`, or correct the path`,
      `error   ${at("note.jpg")}: the file \`/images/note.jpg\` is not a picture (it may be damaged, or another kind of file renamed); save it again as JPEG, PNG or WebP`,
      "",
      'docs/authoring.md ("What the messages mean") explains each kind of message.',
      "4 articles, 2 authors: 6 errors in content/articles/bad-date.md and content/articles/guide.md, 0 warnings",
      "",
    ]);
    expect(result.stderr).toBe("");
  });

  it("passes with warnings only, and says how many", async () => {
    await folder.write("content/articles/short.md", article({ title: "Short", description: '"Too short."', tags: "[]" }));
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("warning content/articles/short.md:3: `description` is 10 characters long");
    expect(result.stdout).toContain("warning content/articles/short.md:6: the article has no tags");
    expect(result.stdout).toMatch(/\n3 articles, 2 authors: 0 errors, 2 warnings\n$/);
  });

  it("treats a link to a draft as a warning with --dev or NODE_ENV=development", async () => {
    await folder.write("content/articles/guide.md", article({ title: "Guide", description, tags: '["silver"]' }, "Read [the draft](/articles/opals).\n"));
    expect((await check()).code).toBe(1);
    for (const result of [await check(["--dev"]), await check([], { NODE_ENV: "development" })]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("warning content/articles/guide.md:9: the link to `/articles/opals`: `opals` is a draft");
      expect(result.stdout).toMatch(/3 articles, 2 authors: 0 errors, 1 warning\n$/);
    }
  });

  it("checks only the files named, with the problems elsewhere that involve them", async () => {
    await folder.write("content/articles/guide.md", article({ title: "Guide", description, tags: '["silver"]' }, "Read [silver](/articles/silver).\n"));
    await folder.write("content/articles/other.md", article({ title: "Other", description: '"Too short."', tags: '["silver"]' }));
    await folder.write("content/articles/silver.md", article({ title: "Silver", description, tags: '["silver"]', draft: "true" }));
    const result = await check([`${folder.contentDir}/articles/silver.md`]);
    expect(result.stdout).toBe(
      [
        "error   content/articles/guide.md:9: the link to `/articles/silver`: `silver` is a draft, so readers would land on a missing page; publish it first (remove `draft: true` from content/articles/silver.md) or remove the link",
        "",
        'docs/authoring.md ("What the messages mean") explains each kind of message.',
        "1 article, 1 author: 1 error in content/articles/guide.md, 0 warnings",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });

  it("with one article named, lists its author's file's problems too, and its warnings after its errors", async () => {
    await folder.write("content/authors/ada.md", "---\nname: Ada Stone\nguest: true\nwebsite: http://adastone.example\n---\n");
    await folder.write("content/articles/guest.md", article({ title: "Guest", description: '"Too short."', tags: '["silver"]', author: "ada", date: "2025-02-30" }));
    const result = await check([`${folder.contentDir}/articles/guest.md`]);
    expect(result.stdout).toBe(
      [
        "error   content/articles/guest.md:4: `date` must be a real date, and `2025-02-30` is not a real day of the calendar; write it like `date: 2025-11-29` (year-month-day), or with a time like `date: 2025-11-29T09:30:00+00:00`",
        "error   content/articles/guest.md:5: the author's file content/authors/ada.md has problems (listed with that file); this article shows once they are fixed",
        "error   content/authors/ada.md:4: `website` must be a full web address starting with https://; write `website: https://adastone.example`",
        "error   content/authors/ada.md:6: `guest: true` (line 3) credits a guest author with a bio under every article, and this file has none; on line 6, under the `---` that ends the fields, write a few sentences about `Ada Stone`: what they make, where, and what they love about it",
        "warning content/articles/guest.md:3: `description` is 10 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two",
        "",
        'docs/authoring.md ("What the messages mean") explains each kind of message.',
        "1 article, 1 author: 4 errors in content/articles/guest.md and content/authors/ada.md, 1 warning",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });

  it("checks the about page or a bio when its file is named", async () => {
    const about = await check([`${folder.contentDir}/pages/about.md`]);
    expect([about.code, about.stdout]).toEqual([0, "0 articles, 0 authors, 1 page: 0 errors, 0 warnings\n"]);
    await folder.write("content/pages/about.md", "---\ntitle: About the studio\ndescription: \"A small studio that writes about its work.\"\n---\nSee [our rings](/rings).\n");
    const bio = `${folder.contentDir}/authors/isla.md`;
    const both = await check([`${folder.contentDir}/pages/about.md`, bio]);
    expect(both.stdout).toBe(
      [
        "error   content/pages/about.md:5: the link to `/rings` leads nowhere: the journal has no page `/rings`, so readers would land on the “page not found” page; link to one of its pages (like `/about`, `/archive` or an article's `/articles/<its file name without .md>`), or remove the link",
        "",
        'docs/authoring.md ("What the messages mean") explains each kind of message.',
        "0 articles, 1 author, 1 page: 1 error in content/pages/about.md, 0 warnings",
        "",
      ].join("\n"),
    );
    expect(both.code).toBe(1);
  });

  it("knows the journal's address from SITE_URL in the .env file, as next build does", async () => {
    await folder.write(".env", "SITE_URL=https://journal.example.com\n");
    await folder.write("content/articles/guide.md", article({ title: "Guide", description, tags: '["silver"]' }, "Read [it](https://journal.example.com/articles/silvr).\n"));
    // Started in the journal's folder, where npm starts it, and where next build reads .env.
    const loader = path.join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs");
    const env = { ...process.env, CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir, TSX_TSCONFIG_PATH: path.join(projectRoot, "tsconfig.json") };
    const result = await promisify(execFile)(process.execPath, ["--import", loader, path.join(projectRoot, "scripts", "check-content.ts")], { cwd: folder.root, env }).catch((error: { stdout: string }) => error);
    expect(result.stdout.split("\n")[0]).toBe(
      "error   content/articles/guide.md:9: the link to `https://journal.example.com/articles/silvr`: there is no article `silvr`; the address is the file name in content/articles/ without .md. Did you mean `/articles/silver`?",
    );
  });

  it("--changed checks the files git sees as changed since the last commit", async () => {
    await git("init", "-q");
    await git("add", ".");
    await git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "start");
    const unchanged = await check(["--changed"]);
    expect([unchanged.code, unchanged.stdout]).toEqual([0, "No article, author or page has changed since the last commit.\n"]);
    await folder.write("content/articles/new.md", article({ title: "New", description: '"Too short."', tags: '["silver"]' }));
    await folder.write("content/articles/old.md", article({ title: "Old", description: '"Also too short."', tags: '["silver"]' }));
    const changed = await check(["--changed"]);
    expect(changed.stdout).toBe(
      [
        "warning content/articles/new.md:3: `description` is 10 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two",
        "warning content/articles/old.md:3: `description` is 15 characters long; aim for 50 to 160, so search results and article cards show one whole sentence or two",
        "",
        'docs/authoring.md ("What the messages mean") explains each kind of message.',
        "2 articles, 1 author: 0 errors, 2 warnings",
        "",
      ].join("\n"),
    );
  });

  it("passes on clean content and explains an unknown option", async () => {
    const clean = await check();
    expect([clean.code, clean.stdout]).toEqual([0, "2 articles, 2 authors: 0 errors, 0 warnings\n"]);
    const typo = await check(["--deve"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe("Unknown option '--deve'.\n\nUsage: npm run check:content [-- --dev] [--changed] [content/articles/my-article.md …]\n");
  });
});
