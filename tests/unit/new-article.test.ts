import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dayInTimeZone } from "@/lib/content/dates";
import { GUEST, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";
import { runScript } from "../helpers/run-script";

let folder: ContentFolder;
const env = () => ({ CONTENT_DIR: folder.contentDir, PUBLIC_DIR: folder.publicDir });
const newArticle = (...args: string[]) => runScript("new", args, env());
const articlePath = (slug: string) => path.join(folder.contentDir, "articles", `${slug}.md`);

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
  await folder.write("content/authors/jonah.md", GUEST);
});

afterEach(() => folder.remove());

describe("npm run new", { timeout: 600_000 }, () => {
  it("creates a complete draft dated today in the studio's time zone, which check:content accepts", async () => {
    const result = await newArticle("Reading a Hallmark", "--author", "jonah", "--tags", "hallmarks, Silver, silver");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(articlePath("reading-a-hallmark"));
    expect(result.stdout).toContain("http://localhost:3000/articles/reading-a-hallmark");

    const { allArticles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(allArticles).toHaveLength(1);
    expect(allArticles[0]).toMatchObject({
      slug: "reading-a-hallmark",
      title: "Reading a Hallmark",
      author: "jonah",
      tags: ["hallmarks", "Silver"],
      draft: true,
      status: "draft",
    });
    expect(allArticles[0]?.date.raw).toBe(dayInTimeZone(Date.now(), "Europe/London"));
    expect(allArticles[0]?.description).toMatch(/\w/);
    expect(allArticles[0]?.body).toMatch(/^## /m);

    const check = await runScript("check:content", [], env());
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^1 article, 2 authors: 0 errors, \d+ warnings?$/m);
  });

  it("takes the date from --date, and the author when there is only one", async () => {
    await rm(path.join(folder.contentDir, "authors", "jonah.md"));
    const result = await newArticle("Ring", "Sizes", "Explained", "--date", "2026-03-01");
    expect(result.code).toBe(0);
    const text = await readFile(articlePath("ring-sizes-explained"), "utf8");
    expect(text).toMatch(/^title: Ring Sizes Explained$/m);
    expect(text).toMatch(/^date: 2026-03-01$/m);
    expect(text).toMatch(/^author: isla$/m);
  });

  it("refuses to overwrite an article that exists", async () => {
    await folder.write("content/articles/reading-a-hallmark.md", "my precious words");
    const result = await newArticle("Reading a Hallmark", "--author", "isla");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/reading-a-hallmark\.md already exists, so nothing was written/);
    expect(await readFile(articlePath("reading-a-hallmark"), "utf8")).toBe("my precious words");
  });

  it("rejects an unknown author, lists the known ones and writes nothing", async () => {
    const result = await newArticle("Reading a Hallmark", "--author", "isla-marow");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--author: there is no author "isla-marow"; use one of: isla, jonah');
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const { allArticles, issues } = await folder.load();
    expect([allArticles, issues]).toEqual([[], []]);
  });

  it("gives a date written day/month/year back as the option to type, both ways when it could be either", async () => {
    const one = await newArticle("Leap Day", "--author", "isla", "--date", "20/11/2025");
    expect([one.code, one.stderr]).toEqual([1, "Nothing was written:\n  --date: must be written year-month-day: for `20/11/2025` (November 20, 2025) write `--date 2025-11-20`\n"]);
    const two = await newArticle("Leap Day", "--author", "isla", "--date", "05/11/2025");
    expect(two.stderr).toBe("Nothing was written:\n  --date: must be written year-month-day: for `05/11/2025` write `--date 2025-11-05` if you mean November 5, 2025, or `--date 2025-05-11` if you mean May 11, 2025\n");
    const { allArticles } = await folder.load();
    expect(allArticles).toEqual([]);
  });

  it("asks who is writing when there are several authors and none is named", async () => {
    const result = await newArticle("Reading a Hallmark");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--author: say who is writing with --author and one of: isla, jonah");
  });

  it("explains an impossible date, an unknown option and a missing title", async () => {
    const badDate = await newArticle("Leap Day", "--author", "isla", "--date", "2026-02-29");
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toBe("Nothing was written:\n  --date: must be a real date, and `2026-02-29` is not a real day of the calendar; type it year-month-day, like `--date 2025-11-29`\n");

    const typo = await newArticle("Leap Day", "--autor", "isla");
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/Unknown option '--autor'\.\n\nUsage: npm run new -- "Title of the article"/);

    const untitled = await newArticle("--author", "isla");
    expect(untitled.code).toBe(1);
    expect(untitled.stderr).toMatch(/^Give the article a title\./);

    const { allArticles } = await folder.load();
    expect(allArticles).toEqual([]);
  });
});

describe("npm run new:author", { timeout: 600_000 }, () => {
  it("creates an author page that a new article can name at once", async () => {
    const created = await runScript("new:author", ["Ada Stone", "--role", "Setter: stones & pearls", "--website", "https://ada.example", "--guest"], env());
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(path.join(folder.contentDir, "authors", "ada-stone.md"));
    expect(created.stdout).toContain("http://localhost:3000/authors/ada-stone");

    const article = await newArticle("First Light", "--author", "ada-stone");
    expect(article.code).toBe(0);
    const { authors, allArticles, issues } = await folder.load();
    expect(issues).toEqual([]);
    expect(authors.get("ada-stone")).toMatchObject({ name: "Ada Stone", role: "Setter: stones & pearls", website: "https://ada.example", guest: true });
    expect(allArticles[0]?.author).toBe("ada-stone");
  });

  it("refuses to overwrite an author, and refuses a website without https:// with the option to type", async () => {
    const again = await runScript("new:author", ["Isla"], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/isla\.md already exists, so nothing was written/);
    expect(await readFile(path.join(folder.contentDir, "authors", "isla.md"), "utf8")).toBe(ISLA);

    const website = await runScript("new:author", ["Bo Li", "--website", "bo.example"], env());
    expect(website.code).toBe(1);
    expect(website.stderr).toBe("Nothing was written:\n  --website: must be a full web address starting with https://; type `--website https://bo.example`\n");
    const http = await runScript("new:author", ["Bo Li", "--website", "http://bo.example/work"], env());
    expect(http.stderr).toBe("Nothing was written:\n  --website: must be a full web address starting with https://; type `--website https://bo.example/work`\n");
    const words = await runScript("new:author", ["Bo Li", "--website", "my studio"], env());
    expect(words.stderr).toBe("Nothing was written:\n  --website: must be a full web address starting with https://; type the whole address, like `--website https://bo-li.example`\n");
    const { authors } = await folder.load();
    expect([...authors.keys()]).toEqual(["isla", "jonah"]);
  });
});
