import { describe, expect, it } from "vitest";
import { collectTags, tagSlug } from "@/lib/tags";
import { makeArticle } from "../helpers/fixtures";

describe("tags", () => {
  it("slugifies free text into stable URL forms", () => {
    expect(tagSlug("Guest Post")).toBe("guest-post");
    expect(tagSlug("  metal care ")).toBe("metal-care");
    expect(tagSlug("Café & Co.")).toBe("cafe-and-co");
  });

  it("merges spellings that slugify alike and counts articles, not mentions", () => {
    const tags = collectTags([
      makeArticle({ slug: "a", tags: ["guest post", "Silver"] }),
      makeArticle({ slug: "b", tags: ["Guest Post", "guest post"] }),
      makeArticle({ slug: "c", tags: ["guest post"] }),
    ]);
    expect(tags).toEqual([
      { slug: "guest-post", name: "guest post", count: 3 },
      { slug: "silver", name: "Silver", count: 1 },
    ]);
  });

  it("lists the most used tags first, and tags used equally often by name", () => {
    const tags = collectTags([
      makeArticle({ slug: "a", tags: ["Silver", "amber", "Copper", "pearls"] }),
      makeArticle({ slug: "b", tags: ["pearls"] }),
    ]);
    expect(tags.map((tag) => `${tag.name} ${tag.count}`)).toEqual(["pearls 2", "amber 1", "Copper 1", "Silver 1"]);
  });

  it("names a tag by its most used spelling, the first one seen on a tie", () => {
    const tied = collectTags([makeArticle({ slug: "a", tags: ["Gold"] }), makeArticle({ slug: "b", tags: ["gold"] })]);
    expect(tied).toEqual([{ slug: "gold", name: "Gold", count: 2 }]);
    const outvoted = collectTags([makeArticle({ slug: "a", tags: ["gold"] }), makeArticle({ slug: "b", tags: ["Gold"] }), makeArticle({ slug: "c", tags: ["Gold"] })]);
    expect(outvoted).toEqual([{ slug: "gold", name: "Gold", count: 3 }]);
  });

  it("leaves out a tag with nothing to make an address from", () => {
    expect(collectTags([makeArticle({ slug: "a", tags: ["💍", "Silver"] })])).toEqual([{ slug: "silver", name: "Silver", count: 1 }]);
  });
});
