import { describe, expect, it } from "vitest";
import { articleRoutes, authorRoutes, homeRoutes, lastModified, latestChange } from "@/lib/seo/sitemap";
import { absoluteUrl } from "@/lib/site";
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
