import { describe, expect, it } from "vitest";
import { articleJsonLd, authorJsonLd, homeJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/site";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

const article = makeArticle({
  slug: "living-with-pearls",
  title: "Living With Pearls",
  description: "Pearl care.",
  date: "2025-10-16",
  updated: "2025-11-02",
  author: guestAuthor.id,
  tags: ["guest post", "pearls"],
  cover: { src: "/images/covers/pearls.jpg", alt: "Pearls" },
});

describe("structured data", () => {
  it("describes an article as a BlogPosting with author, publisher, image and keywords, plus its breadcrumbs", () => {
    const graph = articleJsonLd(article, guestAuthor)["@graph"];
    expect(graph[0]).toMatchObject({
      "@type": "BlogPosting",
      headline: "Living With Pearls",
      description: "Pearl care.",
      datePublished: "2025-10-16",
      dateModified: "2025-11-02",
      mainEntityOfPage: absoluteUrl("/articles/living-with-pearls"),
      keywords: ["guest post", "pearls"],
      image: [absoluteUrl("/articles/living-with-pearls/opengraph-image"), absoluteUrl("/images/covers/pearls.jpg")],
      author: { "@type": "Person", name: "Jonah Petrakis", url: absoluteUrl("/authors/jonah-petrakis"), sameAs: ["https://petrakis.example"] },
      publisher: { "@type": "Organization", name: "Marrow & Vale", logo: { "@type": "ImageObject", url: absoluteUrl("/images/logo.png") } },
    });
    expect(graph[1]).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, item: absoluteUrl("/") },
        { "@type": "ListItem", position: 2, name: "Living With Pearls", item: absoluteUrl("/articles/living-with-pearls") },
      ],
    });
  });

  it("shows an author's avatar and role on the Person, as absolute URLs, in articles and on the author page", () => {
    const withAvatar = makeAuthor({ avatar: { src: "/images/authors/isla-marrow.jpg", alt: "Isla at her bench" } });
    const expected = { "@type": "Person", name: "Isla Marrow", jobTitle: "Owner and artisan, Marrow & Vale", image: "http://localhost:3000/images/authors/isla-marrow.jpg" };
    expect(articleJsonLd(makeArticle(), withAvatar)["@graph"][0]).toMatchObject({ author: expected });
    expect(authorJsonLd(withAvatar)).toMatchObject({ mainEntity: expected });
    // No avatar, no image: never a URL to a picture that does not exist.
    expect(authorJsonLd(makeAuthor())).not.toHaveProperty("mainEntity.image");
  });

  it("dates an article without an update as modified when published", () => {
    expect(articleJsonLd(makeArticle({ date: "2025-07-01T00:30:00+01:00" }), makeAuthor())["@graph"][0]).toMatchObject({
      datePublished: "2025-07-01T00:30:00+01:00",
      dateModified: "2025-07-01T00:30:00+01:00",
    });
  });

  it("gives an author without a website no sameAs", () => {
    const graph = articleJsonLd(makeArticle(), makeAuthor())["@graph"];
    expect(graph[0]).toMatchObject({ author: { name: "Isla Marrow" } });
    expect(graph[0]).not.toHaveProperty("author.sameAs");
  });

  it("describes home as a WebSite and a Blog listing its posts", () => {
    const graph = homeJsonLd([article, makeArticle({ slug: "silver" })], [makeAuthor(), guestAuthor])["@graph"];
    expect(graph.map((node) => (typeof node === "object" && "@type" in node ? node["@type"] : undefined))).toEqual(["WebSite", "Blog"]);
    expect(graph[1]).toMatchObject({
      blogPost: [
        { "@type": "BlogPosting", headline: "Living With Pearls", author: { name: "Jonah Petrakis" } },
        { "@type": "BlogPosting", url: absoluteUrl("/articles/silver"), author: { name: "Isla Marrow" } },
      ],
    });
  });

  it("describes an author page as a ProfilePage about a Person", () => {
    expect(authorJsonLd(guestAuthor)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", name: "Jonah Petrakis", url: absoluteUrl("/authors/jonah-petrakis"), sameAs: ["https://petrakis.example"] },
    });
  });
});
