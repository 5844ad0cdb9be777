import path from "node:path";
import { stringify } from "yaml";
import type { BenchArticle } from "../../bench-content";

/** The byline the blog starter shows (its `Author` interface). */
export type StarterAuthor = { name: string; picture: string };

// The peers read front matter with js-yaml (YAML 1.1), where an unquoted 2025-11-29 is a Date:
// written as YAML 1.1, dates and other look-alikes are quoted and stay text.
const yaml = (data: Record<string, unknown>) => stringify(data, { version: "1.1", lineWidth: 0, singleQuote: false });

/**
 * The Next.js blog starter's `_posts/<slug>.md` for a generated article: the fields its
 * `interfaces/post.ts` reads, and the same body. The starter shows a cover on every post, so an
 * article without one gets `fallbackCover`.
 */
export function starterPost(article: BenchArticle, author: StarterAuthor, fallbackCover: string): string {
  const coverImage = article.cover?.src ?? fallbackCover;
  const frontmatter = { title: article.title, excerpt: article.description, coverImage, date: article.date, author, ogImage: { url: coverImage } };
  return `---\n${yaml(frontmatter)}---\n\n${article.body}`;
}

/** Where the Astro template keeps the covers its `image()` schema resolves (relative to a post). */
export const ASTRO_COVERS = "src/assets/covers";

/**
 * Astro's blog template's `src/content/blog/<slug>.md`: the fields of its `content.config.ts`
 * schema (the cover as a `heroImage` that Astro resizes at build time) and the same body.
 */
export function astroPost(article: BenchArticle): string {
  const heroImage = article.cover ? { heroImage: `../../assets/covers/${path.posix.basename(article.cover.src)}` } : {};
  return `---\n${yaml({ title: article.title, description: article.description, pubDate: article.date, ...heroImage })}---\n\n${article.body}`;
}
