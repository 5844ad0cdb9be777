import slugify from "@sindresorhus/slugify";
import type { Article } from "@/lib/content/types";

export type Tag = {
  /** The URL form: `/tags/<slug>`. Two spellings that slugify alike are one tag. */
  slug: string;
  /** The spelling used most often; on a tie, the one the oldest article uses (then the first seen). */
  name: string;
  count: number;
};

// Slugifying transliterates character by character; a site has few tags but uses each often.
const slugs = new Map<string, string>();

/** "Guest Post", "guest post" and "guest-post" are all `guest-post`. */
export function tagSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    slugs.set(name, slug);
  }
  return slug;
}

/** Every tag of the given articles, most used first, then alphabetically. */
export function collectTags(articles: readonly Article[]): Tag[] {
  const bySlug = new Map<string, { spellings: Map<string, { uses: number; since: number }>; count: number }>();
  for (const article of articles) {
    for (const slug of new Set(article.tags.map(tagSlug))) {
      const entry = bySlug.get(slug) ?? { spellings: new Map(), count: 0 };
      entry.count += 1;
      bySlug.set(slug, entry);
    }
    for (const name of article.tags) {
      // Stryker disable next-line OptionalChaining: the loop above has created every tag's entry
      const spellings = bySlug.get(tagSlug(name))?.spellings;
      // Stryker disable next-line OptionalChaining: the loop above has created every tag's entry, so `spellings` is never undefined
      const known = spellings?.get(name);
      const uses = (known?.uses ?? 0) + 1;
      const since = Math.min(known?.since ?? Infinity, article.date.instant);
      // Stryker disable next-line OptionalChaining: the loop above has created every tag's entry, so `spellings` is never undefined
      spellings?.set(name, { uses, since });
    }
  }
  return [...bySlug]
    .filter(([slug]) => slug !== "")
    .map(([slug, { spellings, count }]) => {
      // A tag keeps the spelling it was introduced with until another is used more: a newer article's slip does not rename it.
      const [name = slug] = [...spellings].sort((a, b) => b[1].uses - a[1].uses || a[1].since - b[1].since).map(([spelling]) => spelling);
      return { slug, name, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
