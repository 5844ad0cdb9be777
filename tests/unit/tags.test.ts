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
});
