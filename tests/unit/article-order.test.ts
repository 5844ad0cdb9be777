import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { neighboursIn } from "@/lib/articles";
import { article, ISLA, makeContentFolder, type ContentFolder } from "../helpers/content-folder";

let folder: ContentFolder;

beforeEach(async () => {
  folder = await makeContentFolder();
  await folder.write("content/authors/isla.md", ISLA);
});

afterEach(() => folder.remove());

describe("ordering", () => {
  it("lists newest first and breaks same-day ties by slug", async () => {
    await folder.write("content/articles/oldest.md", article({ date: "2024-03-01" }));
    await folder.write("content/articles/b-same-day.md", article({ date: "2025-05-05" }));
    await folder.write("content/articles/a-same-day.md", article({ date: "2025-05-05T18:00:00+01:00" }));
    await folder.write("content/articles/newest.md", article({ date: "2025-10-10" }));
    const { articles } = await folder.load();
    expect(articles.map((a) => a.slug)).toEqual(["newest", "a-same-day", "b-same-day", "oldest"]);
  });

  it("gives the same order whatever order the files are read in", async () => {
    for (const slug of ["z", "m", "a", "q"]) await folder.write(`content/articles/${slug}.md`, article({ date: "2025-01-01" }));
    const { articles } = await folder.load();
    expect(articles.map((a) => a.slug)).toEqual(["a", "m", "q", "z"]);
  });
});

describe("previous and next", () => {
  it("points Previous at the next-older article and Next at the next-newer one, with nothing past either end", async () => {
    await folder.write("content/articles/first.md", article({ date: "2024-01-01" }));
    await folder.write("content/articles/second.md", article({ date: "2024-06-01" }));
    await folder.write("content/articles/third.md", article({ date: "2025-01-01" }));
    const { articles } = await folder.load();
    const slugs = (slug: string) => {
      const { previous, next } = neighboursIn(articles, slug);
      return { previous: previous?.slug, next: next?.slug };
    };
    expect(slugs("first")).toEqual({ previous: undefined, next: "second" });
    expect(slugs("second")).toEqual({ previous: "first", next: "third" });
    expect(slugs("third")).toEqual({ previous: "second", next: undefined });
    expect(neighboursIn(articles, "missing")).toEqual({});
  });

  it("skips drafts and scheduled articles", async () => {
    await folder.write("content/articles/first.md", article({ date: "2024-01-01" }));
    await folder.write("content/articles/hidden-draft.md", article({ date: "2024-03-01", draft: "true" }));
    await folder.write("content/articles/second.md", article({ date: "2024-06-01" }));
    await folder.write("content/articles/future.md", article({ date: "2099-01-15" }));
    const { articles } = await folder.load();
    expect(neighboursIn(articles, "first").next?.slug).toBe("second");
    expect(neighboursIn(articles, "second").next).toBeUndefined();
  });
});

describe("drafts and scheduled articles", () => {
  beforeEach(async () => {
    await folder.write("content/articles/live.md", article({ date: "2025-12-31" }));
    await folder.write("content/articles/a-draft.md", article({ date: "2025-06-01", draft: "true" }));
    await folder.write("content/articles/due-today.md", article({ date: "2026-01-01" }));
    await folder.write("content/articles/tomorrow.md", article({ date: "2026-01-02" }));
    await folder.write("content/articles/later-today.md", article({ date: "2026-01-01T18:00:00Z" }));
    await folder.write("content/articles/far-future.md", article({ date: "2099-01-15" }));
  });

  it("keeps them out of production, but publishes a calendar date from the start of its day", async () => {
    const { articles, allArticles } = await folder.load({ now: new Date("2026-01-01T12:00:00Z") });
    expect(articles.map((a) => a.slug)).toEqual(["due-today", "live"]);
    expect(allArticles.find((a) => a.slug === "a-draft")?.status).toBe("draft");
    expect(allArticles.find((a) => a.slug === "tomorrow")?.status).toBe("scheduled");
    expect(allArticles.find((a) => a.slug === "later-today")?.status).toBe("scheduled");
  });

  it("publishes a scheduled article on the first build after its date", async () => {
    const { articles } = await folder.load({ now: new Date("2026-01-02T00:30:00Z") });
    expect(articles.map((a) => a.slug)).toEqual(["tomorrow", "due-today", "later-today", "live"]);
  });

  it("shows everything, with its status, when unpublished articles are included (next dev)", async () => {
    const { articles } = await folder.load({ includeUnpublished: true });
    expect(articles.map((a) => [a.slug, a.status])).toEqual([
      ["far-future", "scheduled"],
      ["tomorrow", "scheduled"],
      ["due-today", "published"],
      ["later-today", "scheduled"],
      ["live", "published"],
      ["a-draft", "draft"],
    ]);
  });
});
