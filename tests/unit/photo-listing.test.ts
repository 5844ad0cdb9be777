import { describe, expect, it, vi } from "vitest";
import type { RenderedArticle } from "@/lib/content/markdown";
import type { Article } from "@/lib/content/types";
// Imported with the file, not inside a test: Stryker would otherwise take the module code it loads as covered by that test alone (docs/testing.md).
import { getVariants } from "@/lib/photos";

/*
 * The /img route lists every photograph by rendering every article. The renders are stand-ins
 * that stay in flight until the test lets them finish, so the test sees how many run at once.
 */
const ARTICLES = 40;
let inFlight = 0;
let mostAtOnce = 0;
const waiting: (() => void)[] = [];

vi.mock("@/lib/articles", () => ({
  getArticles: () => Promise.resolve(Array.from({ length: ARTICLES }, (_, i) => ({ slug: `ring-${i}`, body: `body ${i}` }) as unknown as Article)),
  getRenderedArticle: (article: Article): Promise<RenderedArticle> => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    return new Promise((resolve) => {
      waiting.push(() => {
        inFlight -= 1;
        const photo = { src: `/images/articles/${article.slug}.jpg`, hash: `h${article.slug}`, width: 480, height: 360 };
        resolve({ html: "", headings: [], images: [], photos: [photo] });
      });
    });
  },
}));
vi.mock("@/lib/authors", () => ({ getAuthors: () => Promise.resolve([]) }));

/** Lets every render in flight finish, until the listing is done. */
async function drain<T>(listing: Promise<T>): Promise<T> {
  let done = false;
  void listing.then(() => (done = true));
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    waiting.splice(0).forEach((finish) => finish());
  }
  return listing;
}

describe("listing the photographs of a large journal", () => {
  it("renders a few articles at a time, not all of them at once (a 5,000-article build held 2.6 GB that way)", async () => {
    const variants = await drain(getVariants());
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(4);
    // Every article's photo is still listed, at its one width (480 px, smaller than the column's 720).
    expect(variants.size).toBe(ARTICLES);
    expect(variants.get("hring-7/480/ring-7.webp")).toMatchObject({ hash: "hring-7", width: 480, file: "ring-7.webp" });
  });
});
