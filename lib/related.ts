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

/** Every non-empty subset of `slugs` (each sorted, so a set has one key), largest first, grouped by size. */
function subsetsLargestFirst(slugs: readonly string[]): string[][][] {
  let subsets: string[][] = [[]];
  for (const slug of [...slugs].sort()) subsets = [...subsets, ...subsets.map((subset) => [...subset, slug])];
  return Array.from({ length: slugs.length }, (_, i) => subsets.filter((subset) => subset.length === slugs.length - i));
}

/** The plain scan: every other article's shared tag count. O(articles); the fallback. */
function scan(tagSets: TagSets, position: number, limit: number): number[] {
  const mine = new Set(tagSets[position]);
  const shared: [number, number][] = [];
  tagSets.forEach((slugs, other) => {
    const count = other === position ? 0 : slugs.filter((slug) => mine.has(slug)).length;
    if (count > 0) shared.push([other, count]);
  });
  // The list is in position order and sorting is stable, so ties stay newest first.
  return shared
    .sort(([, countA], [, countB]) => countB - countA)
    .slice(0, limit)
    .map(([other]) => other);
}

export function relatedFinder(tagSets: TagSets, limit: number): RelatedFinder {
  // Stryker disable next-line all: the scan gives the index's answers (tests/unit/related.test.ts checks both against a brute-force definition); this only spares a many-tag article its 2^n subsets (the schema allows 20 tags: a million)
  if (tagSets.some((slugs) => slugs.length > MAX_TAGS)) return (position) => scan(tagSets, position, limit);
  const newest = new Map<string, number[]>();
  tagSets.forEach((slugs, position) => {
    for (const subset of subsetsLargestFirst(slugs).flat()) {
      const key = keyOf(subset);
      const list = newest.get(key) ?? [];
      // Positions arrive in order, so the first `limit + 1` are the newest.
      // Stryker disable next-line ConditionalExpression: only bounds the lists; an older article past them is outranked by `limit` of them anyway
      if (list.length <= limit) list.push(position);
      newest.set(key, list);
    }
  });
  return (position) => {
    const chosen: number[] = [];
    // Most shared tags first. Articles sharing more than a level's size are in its lists too,
    // but they were all taken at their own level, or the answer was full before this one.
    // Stryker disable next-line ArrayDeclaration: relatedIn asks only for positions the list holds
    for (const level of subsetsLargestFirst(tagSets[position] ?? [])) {
      // Stryker disable next-line ArrayDeclaration: every subset of every article's tags has a list, if only of newer ones
      const candidates = new Set(level.flatMap((subset) => newest.get(keyOf(subset)) ?? []));
      const fresh = [...candidates].filter((other) => other !== position && !chosen.includes(other)).sort((a, b) => a - b);
      chosen.push(...fresh.slice(0, limit - chosen.length));
    }
    return chosen;
  };
}
