import { describe, expect, it } from "vitest";
import { getSiteFeed } from "@/lib/feeds/site-feed";

// The feeds the site serves, from the sample journal in content/ (thirteen published articles).
describe("the site's feed", () => {
  it("carries every published article, newest first, each with its author and whole body", async () => {
    const feed = await getSiteFeed();
    expect(feed.items).toHaveLength(13);
    expect(feed.items.slice(0, 3).map((item) => [item.title, item.author.name])).toEqual([
      ["Why We Repair Before We Replace", "Isla Marrow"],
      ["Recycled Metals and Ethical Sourcing: Where Our Materials Come From", "Isla Marrow"],
      ["Guest Post: Restringing Beads at Home or With a Professional", "Jonah Petrakis"],
    ]);
    expect(feed.items[0]?.contentHtml).toContain("Nothing we make is meant to be thrown away");
    expect(feed.items.at(-1)?.title).toBe("Why Silver Tarnishes and How to Keep It Bright");
    for (const hidden of ["a-draft-about-opals", "letter-to-the-future-studio"]) {
      expect(feed.items.filter((item) => item.url.includes(hidden))).toEqual([]);
    }
  });
});
