import { describe, expect, it } from "vitest";
import { articleRoutes, authorListRoutes, authorRoutes, homeRoutes, lastModified, latestChange, listRoutes, tagRoutes } from "@/lib/seo/sitemap";
import { absoluteUrl } from "@/lib/site";
import { collectTags } from "@/lib/tags";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

const isla = makeAuthor();
const articles = [
  makeArticle({ slug: "newest", date: "2025-11-29" }),
  makeArticle({ slug: "updated-later", date: "2025-03-01", updated: "2025-12-05T09:30:00+01:00" }),
  makeArticle({ slug: "oldest", date: "2024-02-14", author: guestAuthor.id }),
];

describe("sitemap route families", () => {
  it("dates an article by its update, else its publication, as the author wrote it", () => {
    expect(articles.map(lastModified)).toEqual(["2025-11-29", "2025-12-05T09:30:00+01:00", "2024-02-14"]);
  });

  it("lists every article with an absolute URL", () => {
    expect(articleRoutes(articles)).toEqual([
      { url: absoluteUrl("/articles/newest"), lastModified: "2025-11-29" },
      { url: absoluteUrl("/articles/updated-later"), lastModified: "2025-12-05T09:30:00+01:00" },
      { url: absoluteUrl("/articles/oldest"), lastModified: "2024-02-14" },
    ]);
  });

  it("dates the home page and author pages by the latest change among their articles", () => {
    expect(latestChange(articles)).toBe("2025-12-05T09:30:00+01:00");
    expect(homeRoutes(articles)).toEqual([{ url: absoluteUrl("/"), lastModified: "2025-12-05T09:30:00+01:00" }]);
    const quiet = makeAuthor({ id: "quiet", name: "Quiet" });
    expect(authorRoutes([isla, guestAuthor, quiet], articles)).toEqual([
      { url: absoluteUrl("/authors/isla-marrow"), lastModified: "2025-12-05T09:30:00+01:00" },
      { url: absoluteUrl("/authors/jonah-petrakis"), lastModified: "2024-02-14" },
      { url: absoluteUrl("/authors/quiet") },
    ]);
  });
});

describe("sitemap pages 2 and later", () => {
  // 51 articles, one a day from 2025-02-20 (a-01) back to 2025-01-01 (a-51). Odd ones are tagged
  // silver (26); every fifth is Jonah's (10), the other 41 Isla's. a-27 was updated on 2025-03-01,
  // which makes it the latest change of every list it is on, and of no other.
  const day = (i: number) => new Date(Date.UTC(2025, 0, 52 - i)).toISOString().slice(0, 10);
  const many = Array.from({ length: 51 }, (_, index) => {
    const i = index + 1;
    return makeArticle({
      slug: `a-${String(i).padStart(2, "0")}`,
      date: day(i),
      tags: i % 2 === 1 ? ["silver"] : ["gold"],
      author: i % 5 === 0 ? guestAuthor.id : isla.id,
      ...(i === 27 ? { updated: "2025-03-01" } : {}),
    });
  });
  const url = (path: string) => `http://localhost:3000${path}`;

  it("lists home pages 2 to 6, the archive and its page 2, and the fixed pages, each dated by its newest article", () => {
    expect(listRoutes(many)).toEqual([
      { url: url("/page/2"), lastModified: "2025-02-10" },
      { url: url("/page/3"), lastModified: "2025-03-01" },
      { url: url("/page/4"), lastModified: "2025-01-21" },
      { url: url("/page/5"), lastModified: "2025-01-11" },
      { url: url("/page/6"), lastModified: "2025-01-01" },
      { url: url("/archive"), lastModified: "2025-03-01" },
      { url: url("/archive/page/2"), lastModified: "2025-01-01" },
      { url: url("/tags"), lastModified: "2025-03-01" },
      { url: url("/authors") },
      { url: url("/about") },
      { url: url("/search") },
    ]);
  });

  it("lists each tag's pages 2 and 3: 26 and 25 articles both take three pages", () => {
    const tags = collectTags(many);
    expect(tagRoutes(tags, many)).toEqual([
      { url: url("/tags/silver"), lastModified: "2025-03-01" },
      { url: url("/tags/silver/page/2"), lastModified: "2025-03-01" },
      { url: url("/tags/silver/page/3"), lastModified: "2025-01-11" },
      { url: url("/tags/gold"), lastModified: "2025-02-19" },
      { url: url("/tags/gold/page/2"), lastModified: "2025-01-30" },
      { url: url("/tags/gold/page/3"), lastModified: "2025-01-10" },
    ]);
  });

  it("lists an author's pages 2 to 5 for 41 articles, and none for exactly ten", () => {
    expect(authorListRoutes([isla, guestAuthor], many)).toEqual([
      { url: url("/authors/isla-marrow/page/2"), lastModified: "2025-02-08" },
      { url: url("/authors/isla-marrow/page/3"), lastModified: "2025-03-01" },
      { url: url("/authors/isla-marrow/page/4"), lastModified: "2025-01-14" },
      { url: url("/authors/isla-marrow/page/5"), lastModified: "2025-01-01" },
    ]);
  });

  it("lists no later pages for a journal of ten articles", () => {
    expect(listRoutes(many.slice(0, 10)).map((entry) => entry.url)).toEqual([url("/archive"), url("/tags"), url("/authors"), url("/about"), url("/search")]);
  });
});
