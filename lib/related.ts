/**
 * "Related articles" — the others sharing the most tags, newest first on ties — in constant
 * time per article page. Scanning every article that shares a tag costs O(articles) per page, so
 * O(articles²) per build (2 ms a page at 5,000 articles, and growing).
 *
 * Instead, for every set of tags some article carries (every subset of its own tags), keep the
 * newest `limit + 1` articles that carry all of them. An article sharing exactly the tags S with
 * the page is found in S's list; if it was cut from that list, `limit + 1` newer articles sharing
 * at least S were kept, and at least `limit` of them outrank it. So the short lists give the
 * same answer as the scan.
 */

/** Each article's distinct tag slugs, by position in the newest-first list. */
export type TagSets = readonly (readonly string[])[];

export type RelatedFinder = (position: number) => number[];

/** Past this many tags on one article, subsets get too many (2^n): the finder scans instead. */
const MAX_TAGS = 8;

const keyOf = (slugs: readonly string[]) => JSON.stringify(slugs);

/** Every non-empty subset of `slugs` (sorted, so a set has one key), grouped by size. */
function subsetsBySize(slugs: readonly string[]): string[][][] {
  const sorted = [...slugs].sort();
  const bySize: string[][][] = Array.from({ length: sorted.length + 1 }, () => []);
  for (let mask = 1; mask < 1 << sorted.length; mask += 1) {
    const subset = sorted.filter((_, bit) => mask & (1 << bit));
    bySize[subset.length]?.push(subset);
  }
  return bySize;
}

/** The plain scan: every other article's shared tag count. O(articles); the fallback. */
function scan(tagSets: TagSets, position: number, limit: number): number[] {
  const mine = new Set(tagSets[position]);
  const shared: [number, number][] = [];
  tagSets.forEach((slugs, other) => {
    const count = other === position ? 0 : slugs.filter((slug) => mine.has(slug)).length;
    if (count > 0) shared.push([other, count]);
  });
  return shared
    .sort(([a, countA], [b, countB]) => countB - countA || a - b)
    .slice(0, limit)
    .map(([other]) => other);
}

export function relatedFinder(tagSets: TagSets, limit: number): RelatedFinder {
  if (tagSets.some((slugs) => slugs.length > MAX_TAGS)) return (position) => scan(tagSets, position, limit);
  const newest = new Map<string, number[]>();
  tagSets.forEach((slugs, position) => {
    for (const subset of subsetsBySize(slugs).flat()) {
      const key = keyOf(subset);
      const list = newest.get(key) ?? [];
      // Positions arrive in order, so the first `limit + 1` are the newest.
      if (list.length <= limit) list.push(position);
      newest.set(key, list);
    }
  });
  return (position) => {
    const chosen: number[] = [];
    const levels = subsetsBySize(tagSets[position] ?? []);
    // Most shared tags first. Articles sharing more than `size` tags are in these lists too,
    // but they were all taken at their own level, or the answer was full before this one.
    for (let size = levels.length - 1; size >= 1 && chosen.length < limit; size -= 1) {
      const candidates = new Set((levels[size] ?? []).flatMap((subset) => newest.get(keyOf(subset)) ?? []));
      const fresh = [...candidates].filter((other) => other !== position && !chosen.includes(other)).sort((a, b) => a - b);
      chosen.push(...fresh.slice(0, limit - chosen.length));
    }
    return chosen;
  };
}
