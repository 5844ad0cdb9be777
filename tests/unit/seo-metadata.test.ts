import type { Metadata } from "next";
import { resolveTitle } from "next/dist/lib/metadata/resolvers/resolve-title";
import { describe, expect, it } from "vitest";
import { articleMetadata, authorMetadata, feedAlternates, pageMetadata, paginationMetadata, siteMetadata } from "@/lib/seo/metadata";
import { defaultSocialImage } from "@/lib/seo/social-image";
import { absoluteUrl } from "@/lib/site";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

/** The layout's template, as Next.js stashes it for the pages below it. */
function templateOf(title: Metadata["title"]): string | null {
  return title && typeof title === "object" && "template" in title ? (title.template ?? null) : null;
}

describe("pageMetadata", () => {
  it("gives every page the feeds, a canonical URL, the site name and the default social image", () => {
    for (const metadata of [pageMetadata({ description: "Home.", path: "/" }), authorMetadata(makeAuthor())]) {
      expect(metadata.alternates?.types).toEqual(feedAlternates);
      expect(metadata.alternates?.canonical).toMatch(/^\//);
      expect(metadata.openGraph).toMatchObject({ siteName: "Marrow & Vale Journal", locale: "en_US", type: "website", images: [defaultSocialImage] });
      expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [defaultSocialImage] });
    }
  });

  it("leaves the layout's title alone when the page has none of its own", () => {
    expect(pageMetadata({ description: "Home.", path: "/" })).not.toHaveProperty("title");
    expect(pageMetadata({ title: "Tags", description: "All tags.", path: "/tags" }).title).toEqual({ absolute: "Tags · Marrow & Vale Journal" });
  });

  // Next.js's title.template goes through String.prototype.replace, where these are patterns.
  for (const title of ["Rings for $& friends", "Before $` after", "Gold $' silver", "Price: $$5 & $1"]) {
    it(`puts ${JSON.stringify(title)} into <title> exactly as written`, () => {
      const metadata = pageMetadata({ title, description: "A page.", path: "/x" });
      const resolved = resolveTitle(metadata.title ?? null, templateOf(siteMetadata.title));
      expect(resolved.absolute).toBe(`${title} · Marrow & Vale Journal`);
    });
  }

  it("makes an article an OpenGraph article with its dates, author, tags and own image", () => {
    const article = makeArticle({ slug: "lost-wax", title: "Lost Wax", date: "2025-01-28", updated: "2025-08-19", tags: ["process", "wax"] });
    const metadata = articleMetadata(article, guestAuthor);
    expect(metadata.title).toEqual({ absolute: "Lost Wax · Marrow & Vale Journal" });
    expect(metadata.alternates).toEqual({ canonical: "/articles/lost-wax", types: feedAlternates });
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      title: "Lost Wax",
      url: "/articles/lost-wax",
      publishedTime: "2025-01-28",
      modifiedTime: "2025-08-19",
      authors: [absoluteUrl("/authors/jonah-petrakis")],
      tags: ["process", "wax"],
      images: [{ url: "/articles/lost-wax/opengraph-image", width: 1200, height: 630, type: "image/png", alt: "“Lost Wax” by Jonah Petrakis, Marrow & Vale Journal" }],
    });
  });

  it("dates an article that was never updated as modified when published", () => {
    expect(articleMetadata(makeArticle({ date: "2025-11-29" }), makeAuthor()).openGraph).toMatchObject({ modifiedTime: "2025-11-29" });
  });

  it("keeps the site defaults in the layout for pages without metadata (the 404 page)", () => {
    expect(siteMetadata.title).toBe("Marrow & Vale Journal");
    expect(siteMetadata.alternates?.types).toEqual(feedAlternates);
    expect(siteMetadata.alternates).not.toHaveProperty("canonical");
  });
});

describe("paginationMetadata", () => {
  const pathFor = (page: number) => (page === 1 ? "/" : `/page/${page}`);

  it("links the first page to the second only", () => {
    expect(paginationMetadata(1, 3, pathFor)).toEqual({ pagination: { previous: null, next: "/page/2" } });
  });

  it("links a middle page both ways, back to the list's first URL", () => {
    expect(paginationMetadata(2, 3, pathFor)).toEqual({ pagination: { previous: "/", next: "/page/3" } });
  });

  it("links the last page back only, and a single page nowhere", () => {
    expect(paginationMetadata(3, 3, pathFor)).toEqual({ pagination: { previous: "/page/2", next: null } });
    expect(paginationMetadata(1, 1, pathFor)).toEqual({ pagination: { previous: null, next: null } });
  });
});
