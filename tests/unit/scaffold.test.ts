import { describe, expect, it } from "vitest";
import { parseTagList, scaffoldArticle, scaffoldAuthor } from "@/lib/authoring/scaffold";
import { toSlug } from "@/lib/content/slug";

describe("slugs made from titles", () => {
  it("keep letters and digits, joined by single hyphens", () => {
    expect(toSlug("Reading a Hallmark")).toBe("reading-a-hallmark");
    expect(toSlug("  Ring sizes: 1–10!  ")).toBe("ring-sizes-1-10");
    expect(toSlug("Café & Co.")).toBe("cafe-and-co");
    expect(toSlug("McAllister's Opals")).toBe("mcallisters-opals");
  });

  it("are empty when nothing usable is left, and the scaffold says so", () => {
    expect(toSlug("💍💍")).toBe("");
    const scaffold = scaffoldArticle({ title: "💍💍", author: "isla", knownAuthors: ["isla"], tags: [], date: "2026-01-01" });
    expect(scaffold).toEqual({ ok: false, problems: [{ field: "title", message: expect.stringContaining('"💍💍"') }] });
  });
});

describe("tag lists typed on the command line", () => {
  it("split on commas, trimmed, empty and repeated spellings dropped", () => {
    expect(parseTagList(" silver, Metal Care ,, metal-care,silver ")).toEqual(["silver", "Metal Care"]);
    expect(parseTagList("")).toEqual([]);
  });
});

// What `npm run new` and `npm run new:author` write, in process (tests/unit/new-article.test.ts runs the commands).
const ARTICLE_NOTE = `<!--
  This note is hidden on the site: delete it whenever you like.
  - Write as you would talk to a customer across the counter.
  - Start a new section with "## " and a short heading.
  - Link to another article: [how to read a hallmark](/articles/how-to-read-a-hallmark)
  - Add a picture: put the file in public/images/articles/, then write
    ![What the picture shows, for someone who cannot see it](/images/articles/your-picture.jpg)
  - The guide for writers is docs/authoring.md.
-->

Start here: what will the reader learn, and why does it matter to them?

## A first heading

Your text.
`;

const BIO = "Write a few sentences about yourself: what you make, where you work and what you love about it.\n";
const OPTIONAL = "# Optional: remove the # in front of the lines to use them (docs/authoring.md explains each field).";
const ADD_AUTHOR = 'add yourself first with `npm run new:author -- "Your Name"`';

describe("a new article's file", () => {
  it("has every field on one line, the optional ones commented out, and the body to write over", () => {
    const request = { title: "  Rings: a guide ", knownAuthors: ["isla"], tags: ["silver", "Metal Care"], date: "2026-01-05" };
    expect(scaffoldArticle(request)).toEqual({
      ok: true,
      slug: "rings-a-guide",
      text: [
        "---",
        'title: "Rings: a guide"',
        "description: Write one or two sentences here that tell a reader what they will learn.",
        "date: 2026-01-05",
        "author: isla",
        "tags:",
        "  - silver",
        "  - Metal Care",
        "draft: true",
        OPTIONAL,
        "# updated: 2026-01-05",
        "# cover:",
        "#   src: /images/covers/rings-a-guide.jpg",
        "#   alt: What the picture shows, for someone who cannot see it",
        "---",
        "",
        ARTICLE_NOTE,
      ].join("\n"),
    });
  });

  it("keeps a long title on its one line, as the author typed it", () => {
    const title = "How to care for silver rings, chains and brooches that you wear every day, and the ones you keep in a drawer";
    const scaffold = scaffoldArticle({ title, knownAuthors: ["isla"], tags: [], date: "2026-01-05" });
    expect(scaffold).toMatchObject({ ok: true, text: expect.stringContaining(`\ntitle: ${title}\n`) });
  });

  it("names its author, or says who could be named", () => {
    const request = { title: "Rings", tags: [], date: "2026-01-05" };
    expect(scaffoldArticle({ ...request, author: "jonah", knownAuthors: ["isla", "jonah"] })).toMatchObject({ ok: true, text: expect.stringContaining("\nauthor: jonah\n") });
    expect(scaffoldArticle({ ...request, knownAuthors: ["isla", "jonah"] })).toEqual({ ok: false, problems: [{ field: "author", message: "say who is writing with --author and one of: isla, jonah" }] });
    expect(scaffoldArticle({ ...request, knownAuthors: [] })).toEqual({ ok: false, problems: [{ field: "author", message: `there are no authors in content/authors/ yet; ${ADD_AUTHOR}` }] });
    expect(scaffoldArticle({ ...request, author: "ada", knownAuthors: ["isla", "jonah"] })).toEqual({
      ok: false,
      problems: [{ field: "author", message: `there is no author "ada"; use one of: isla, jonah (or ${ADD_AUTHOR})` }],
    });
  });

  it("tells a wrong --date as the option to type", () => {
    const request = { title: "Rings", knownAuthors: ["isla"], tags: [] };
    expect(scaffoldArticle({ ...request, date: "20/11/2025" })).toEqual({
      ok: false,
      problems: [{ field: "date", message: "must be written year-month-day: for `20/11/2025` (November 20, 2025) write `--date 2025-11-20`" }],
    });
    expect(scaffoldArticle({ ...request, date: "2026-02-29" })).toEqual({
      ok: false,
      problems: [{ field: "date", message: "must be a real date, and `2026-02-29` is not a real day of the calendar; type it year-month-day, like `--date 2025-11-29`" }],
    });
  });

  it("is refused when the loader would refuse it", () => {
    expect(scaffoldArticle({ title: "x".repeat(300), knownAuthors: ["isla"], tags: [], date: "2026-01-05" })).toEqual({
      ok: false,
      problems: [{ field: "title", message: "is 300 characters long; the most allowed is 200: shorten it" }],
    });
  });

  it("names a refused tag by its place in the list", () => {
    expect(scaffoldArticle({ title: "Rings", knownAuthors: ["isla"], tags: ["silver", "x".repeat(60)], date: "2026-01-05" })).toEqual({
      ok: false,
      problems: [{ field: "tags.1", message: "is 60 characters long; the most allowed is 50: shorten it" }],
    });
  });
});

describe("a new author's file", () => {
  it("writes the fields given, and the others commented out", () => {
    expect(scaffoldAuthor({ name: " Ada Lovelace ", guest: false })).toEqual({
      ok: true,
      slug: "ada-lovelace",
      text: [
        "---",
        "name: Ada Lovelace",
        "guest: false",
        OPTIONAL,
        "# role: Goldsmith, Marrow & Vale",
        "# website: https://your-studio.example",
        "# avatar:",
        "#   src: /images/authors/ada-lovelace.jpg",
        "#   alt: Ada Lovelace at the workbench",
        "---",
        BIO,
      ].join("\n"),
    });
    expect(scaffoldAuthor({ name: "Ada", role: "Setter", website: "https://ada.example", guest: true })).toEqual({
      ok: true,
      slug: "ada",
      text: ["---", "name: Ada", "role: Setter", "website: https://ada.example", "guest: true", OPTIONAL, "# avatar:", "#   src: /images/authors/ada.jpg", "#   alt: Ada at the workbench", "---", BIO].join("\n"),
    });
  });

  it("refuses a website that is not a full https address, with the one to type", () => {
    expect(scaffoldAuthor({ name: "Ada", website: "http://ada.example", guest: true })).toEqual({
      ok: false,
      problems: [{ field: "website", message: "must be a full web address starting with https://; type `--website https://ada.example`" }],
    });
    expect(scaffoldAuthor({ name: "Ada", website: "ada", guest: true })).toEqual({
      ok: false,
      problems: [{ field: "website", message: "must be a full web address starting with https://; type the whole address, like `--website https://ada.example`" }],
    });
  });

  it("is refused when the name makes no web address, or the loader would refuse it", () => {
    expect(scaffoldAuthor({ name: "💍", guest: true })).toEqual({ ok: false, problems: [{ field: "name", message: 'the web address is made from the letters a–z and digits in "💍", and it has none; use words in Latin letters' }] });
    expect(scaffoldAuthor({ name: "x".repeat(300), guest: true })).toEqual({ ok: false, problems: [{ field: "name", message: "is 300 characters long; the most allowed is 100: shorten it" }] });
  });
});
