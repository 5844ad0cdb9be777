import type { Page } from "@playwright/test";
import { AUTHORS, JONAH, PUBLISHED, sample } from "./sample-journal";
import { expect, test } from "./site-fixtures";

type Node = Record<string, unknown>;

/** Every JSON-LD node on the page: each script parsed as JSON, `@graph`s flattened. */
async function jsonLdNodes(page: Page): Promise<Node[]> {
  const scripts = await page.locator("script[type='application/ld+json']").allTextContents();
  expect(scripts.length, "JSON-LD scripts").toBeGreaterThan(0);
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as Node;
    expect(data["@context"]).toBe("https://schema.org");
    return Array.isArray(data["@graph"]) ? (data["@graph"] as Node[]) : [data];
  });
}

function nodeOfType(nodes: Node[], type: string): Node {
  const node = nodes.find((candidate) => candidate["@type"] === type);
  if (!node) throw new Error(`no ${type} among ${nodes.map((n) => String(n["@type"])).join(", ")}`);
  return node;
}

const field = (node: unknown, key: string): unknown => (typeof node === "object" && node !== null ? (node as Node)[key] : undefined);

test("an article is a BlogPosting with its author, publisher, image and keywords, and has breadcrumbs", async ({ page, request, absolute }) => {
  const guestArticle = sample("restringing-beads-at-home-or-with-a-professional");
  const author = JONAH;
  const url = absolute(`/articles/${guestArticle.slug}`);

  await page.goto(`/articles/${guestArticle.slug}`);
  const nodes = await jsonLdNodes(page);
  const posting = nodeOfType(nodes, "BlogPosting");
  expect(posting).toMatchObject({
    headline: guestArticle.title,
    description: guestArticle.description,
    datePublished: "2026-02-19",
    dateModified: "2026-02-19",
    mainEntityOfPage: url,
    keywords: guestArticle.tags,
    author: { "@type": "Person", name: author.name, url: absolute(`/authors/${author.id}`) },
    publisher: { "@type": "Organization", name: "Marrow & Vale" },
  });
  expect(field(posting.author, "sameAs")).toContain(author.website);

  const logo = field(field(posting.publisher, "logo"), "url");
  const images = posting.image;
  expect(Array.isArray(images) && images.length > 0, "image").toBe(true);
  for (const image of [logo, ...(Array.isArray(images) ? images : [])]) {
    expect(typeof image === "string" && URL.canParse(image), `absolute ${String(image)}`).toBe(true);
    const response = await request.get(String(image));
    expect(response.status(), String(image)).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
  }

  const breadcrumbs = nodeOfType(nodes, "BreadcrumbList");
  expect(breadcrumbs.itemListElement).toEqual([
    expect.objectContaining({ "@type": "ListItem", position: 1, item: absolute("/") }),
    expect.objectContaining({ "@type": "ListItem", position: 2, name: guestArticle.title, item: url }),
  ]);
});

// The Blog lists the posts on the page, so the home page weighs the same at 10 or 5,000 articles.
test("home is a WebSite and a Blog listing the posts shown on it", async ({ page, absolute }) => {
  await page.goto("/");
  const nodes = await jsonLdNodes(page);
  expect(nodeOfType(nodes, "WebSite")).toMatchObject({ name: "Marrow & Vale Journal", url: absolute("/") });
  const posts = nodeOfType(nodes, "Blog").blogPost;
  expect(Array.isArray(posts)).toBe(true);
  expect((Array.isArray(posts) ? posts : []).map((post) => field(post, "url"))).toEqual(PUBLISHED.slice(0, 10).map((article) => absolute(`/articles/${article.slug}`)));
});

test("an author page is a ProfilePage about a Person", async ({ page, absolute }) => {
  for (const author of AUTHORS) {
    await page.goto(`/authors/${author.id}`);
    const profile = nodeOfType(await jsonLdNodes(page), "ProfilePage");
    expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: author.name, url: absolute(`/authors/${author.id}`) });
    expect(field(profile.mainEntity, "sameAs")).toContain(author.website);
  }
});
