import { describe, expect, it } from "vitest";
import { articleJsonLd, authorJsonLd, homeJsonLd } from "@/lib/seo/json-ld";
import type { Photo } from "@/lib/images/variants";
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

/** The cover and the portrait as the pages read them: 4000 and 600 pixels wide. */
const photos = new Map<string, Photo>([
  ["/images/covers/pearls.jpg", { src: "/images/covers/pearls.jpg", hash: "0123456789abcdef", width: 4000, height: 3000 }],
  ["/images/authors/isla-marrow.jpg", { src: "/images/authors/isla-marrow.jpg", hash: "fedcba9876543210", width: 600, height: 600 }],
]);

describe("structured data", () => {
  it("describes an article as a BlogPosting with author, publisher, image and keywords, plus its breadcrumbs", () => {
    const graph = articleJsonLd(article, guestAuthor, photos)["@graph"];
    expect(graph[0]).toMatchObject({
      "@type": "BlogPosting",
      headline: "Living With Pearls",
      description: "Pearl care.",
      datePublished: "2025-10-16",
      dateModified: "2025-11-02",
      mainEntityOfPage: absoluteUrl("/articles/living-with-pearls"),
      keywords: ["guest post", "pearls"],
      image: [absoluteUrl("/articles/living-with-pearls/opengraph-image"), absoluteUrl("/img/0123456789abcdef/1440/pearls.webp")],
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
    const expected = { "@type": "Person", name: "Isla Marrow", jobTitle: "Owner and artisan, Marrow & Vale", image: "http://localhost:3000/img/fedcba9876543210/256/isla-marrow.square.webp" };
    expect(articleJsonLd(makeArticle(), withAvatar, photos)["@graph"][0]).toMatchObject({ author: expected });
    expect(authorJsonLd(withAvatar, photos)).toMatchObject({ mainEntity: expected });
    // No avatar, no image: never a URL to a picture that does not exist.
    expect(authorJsonLd(makeAuthor(), photos)).not.toHaveProperty("mainEntity.image");
  });

  it("names the copies the site makes of a cover and a portrait, never the committed files, which may hold a phone's GPS position (photographs trial)", () => {
    const withAvatar = makeAuthor({ avatar: { src: "/images/authors/isla-marrow.jpg", alt: "Isla at her bench" } });
    const json = JSON.stringify([articleJsonLd(article, withAvatar, photos), authorJsonLd(withAvatar, photos), homeJsonLd([article], [guestAuthor], photos)]);
    expect(json.match(/\/(images|img)\/[^"]*/g)).toEqual([
      "/img/fedcba9876543210/256/isla-marrow.square.webp",
      "/images/logo.png",
      "/img/0123456789abcdef/1440/pearls.webp",
      "/img/fedcba9876543210/256/isla-marrow.square.webp",
      "/images/logo.png",
      "/images/logo.png",
      "/img/0123456789abcdef/1440/pearls.webp",
    ]);
    // A cover or a portrait whose file could not be read has no copy: no image, rather than the file.
    expect(articleJsonLd(article, withAvatar, new Map())["@graph"][0]).toMatchObject({ image: [absoluteUrl("/articles/living-with-pearls/opengraph-image")] });
    expect(authorJsonLd(withAvatar, new Map())).not.toHaveProperty("mainEntity.image");
  });

  it("dates an article without an update as modified when published", () => {
    expect(articleJsonLd(makeArticle({ date: "2025-07-01T00:30:00+01:00" }), makeAuthor(), photos)["@graph"][0]).toMatchObject({
      datePublished: "2025-07-01T00:30:00+01:00",
      dateModified: "2025-07-01T00:30:00+01:00",
    });
  });

  it("gives an author without a website no sameAs", () => {
    const graph = articleJsonLd(makeArticle(), makeAuthor(), photos)["@graph"];
    expect(graph[0]).toMatchObject({ author: { name: "Isla Marrow" } });
    expect(graph[0]).not.toHaveProperty("author.sameAs");
  });

  it("describes home as a WebSite and a Blog listing its posts", () => {
    const graph = homeJsonLd([article, makeArticle({ slug: "silver" })], [makeAuthor(), guestAuthor], photos)["@graph"];
    expect(graph.map((node) => (typeof node === "object" && "@type" in node ? node["@type"] : undefined))).toEqual(["WebSite", "Blog"]);
    expect(graph[1]).toMatchObject({
      blogPost: [
        { "@type": "BlogPosting", headline: "Living With Pearls", author: { name: "Jonah Petrakis" } },
        { "@type": "BlogPosting", url: absoluteUrl("/articles/silver"), author: { name: "Isla Marrow" } },
      ],
    });
  });

  it("ties a page's nodes together by @id, in schema.org's context", () => {
    const [posting] = articleJsonLd(makeArticle({ slug: "silver" }), makeAuthor(), photos)["@graph"];
    expect(articleJsonLd(makeArticle(), makeAuthor(), photos)["@context"]).toBe("https://schema.org");
    expect(posting).toMatchObject({
      "@id": "http://localhost:3000/articles/silver#article",
      isPartOf: { "@id": "http://localhost:3000/#blog" },
      author: { "@id": "http://localhost:3000/authors/isla-marrow#person" },
      publisher: { "@id": "http://localhost:3000/#publisher" },
    });
    // Without a cover, the social card is the article's one image.
    expect(posting).toMatchObject({ image: ["http://localhost:3000/articles/silver/opengraph-image"] });

    const home = homeJsonLd([makeArticle({ slug: "silver" })], [makeAuthor()], photos);
    expect(home["@context"]).toBe("https://schema.org");
    expect(home["@graph"][0]).toMatchObject({ "@id": "http://localhost:3000/#website", publisher: { "@id": "http://localhost:3000/#publisher" } });
    expect(home["@graph"][1]).toMatchObject({ "@id": "http://localhost:3000/#blog" });
  });

  it("leaves out of the home Blog a post whose author it was not given", () => {
    const graph = homeJsonLd([makeArticle({ slug: "silver", author: "nobody" })], [makeAuthor()], photos)["@graph"];
    expect(graph[1]).toMatchObject({ blogPost: [] });
  });

  it("describes an author page as a ProfilePage about a Person", () => {
    expect(authorJsonLd(guestAuthor, photos)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", name: "Jonah Petrakis", url: absoluteUrl("/authors/jonah-petrakis"), sameAs: ["https://petrakis.example"] },
    });
  });
});
