import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { relatedIn } from "@/lib/articles";
import { loadCollection } from "@/lib/content/load";
import { relatedFinder, type TagSets } from "@/lib/related";
import { tagSlug } from "@/lib/tags";
import { seeded, writeBenchContent } from "../../scripts/bench-content";

/** The definition, by brute force: every other article's shared tags, most first, then newest. */
function reference(tagSets: TagSets, position: number, limit: number): number[] {
  const mine = new Set(tagSets[position]);
  return tagSets
    .map((slugs, other) => ({ other, shared: other === position ? 0 : new Set(slugs.filter((slug) => mine.has(slug))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.other - b.other)
    .slice(0, limit)
    .map(({ other }) => other);
}

function randomTagSets(seed: number, articles: number, pool: number, maxTags: number): string[][] {
  const random = seeded(seed);
  return Array.from({ length: articles }, () => {
    const count = Math.floor(random() * (maxTags + 1));
    return [...new Set(Array.from({ length: count }, () => `tag-${Math.floor(random() * pool)}`))];
  });
}

describe("related articles", () => {
  it("ranks by shared tags, then newest, and never lists the article itself", () => {
    const tagSets = [["gold"], ["gold", "silver", "pearls"], ["silver"], ["gold", "silver"], ["opals"], ["gold", "silver"]];
    const find = relatedFinder(tagSets, 3);
    expect(find(1)).toEqual([3, 5, 0]);
    expect(find(4)).toEqual([]);
    expect(relatedFinder(tagSets, 5)(0)).toEqual([1, 3, 5]);
  });

  it("gives the brute-force answer on random journals, with many ties, for every article and limit", () => {
    for (const [seed, pool, maxTags] of [[1, 6, 3], [2, 12, 5], [3, 4, 4], [4, 30, 8]] as const) {
      const tagSets = randomTagSets(seed, 400, pool, maxTags);
      for (const limit of [1, 3, 6]) {
        const find = relatedFinder(tagSets, limit);
        tagSets.forEach((_, position) => expect(find(position), `seed ${seed}, limit ${limit}, article ${position}`).toEqual(reference(tagSets, position, limit)));
      }
    }
  });

  it("still answers when an article has more tags than the index takes (it scans instead)", () => {
    const tagSets = [...randomTagSets(5, 100, 12, 4), Array.from({ length: 12 }, (_, i) => `tag-${i}`)];
    const find = relatedFinder(tagSets, 3);
    tagSets.forEach((_, position) => expect(find(position)).toEqual(reference(tagSets, position, 3)));
  });

  // Writes and loads a 300-article journal, which can take over a minute on a starved 2-core machine: the timeout only catches a hang.
  it("matches the definition on the benchmark's generated journal, tag spellings merged", async () => {
    const parent = await mkdtemp(path.join(tmpdir(), "related-test-"));
    try {
      const root = await writeBenchContent(300, path.resolve("public"), { root: parent });
      const { articles } = await loadCollection({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), now: new Date("2026-01-01"), includeUnpublished: false });
      const tagSets = articles.map((article) => [...new Set(article.tags.map(tagSlug))]);
      articles.forEach((article, position) => {
        expect(relatedIn(articles, article).map((other) => other.slug)).toEqual(reference(tagSets, position, 3).map((other) => articles[other]?.slug));
      });
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  }, 300_000);
});
