import GithubSlugger, { slug as githubSlug } from "github-slugger";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/** Ids the page itself uses around an article, which a heading must never take. */
export const PAGE_IDS = new Set(["main", "toc-heading", "pager-heading", "about-the-author", "related-heading", "newest-heading"]);

/**
 * A heading's id becomes a property of `window` (named access). Readable slugs are kept for
 * anchors (`#care`, `#émeraudes`, `#日本語`), except those that could shadow something the page
 * relies on: the page's own ids, the author's bio's (`bio-…`), the author's own ids
 * (`user-content-…`), and names like `__next_f` or `next` that Next.js reads from `window` at start-up.
 */
export function isSafeHeadingId(id: string): boolean {
  return /^[\p{L}\p{N}]/u.test(id) && id !== "next" && !id.startsWith("next-") && !id.startsWith("bio-") && !id.startsWith("user-content-") && !PAGE_IDS.has(id);
}

/**
 * A heading's words in lowercase with hyphens between them, as docs/authoring.md teaches:
 * GitHub's slug without the hyphens a symbol or a space leaves at either end (`## 💍 Rings` is `rings`).
 */
const headingSlug = (text: string): string => githubSlug(text).replace(/^-+|-+$/g, "");

/**
 * Gives every heading without an id a GitHub-style slug of its text (duplicates numbered), as
 * rehype-slug does, but never one that is unsafe (moved under `user-content-`) or already used
 * in the article (numbered on): runs after rehypeContainUserHtml, when every other id is known.
 * A heading without words gets none, so no anchor link and no entry in the contents.
 * With `prefix` (a bio's `bio-`), every slug goes under it.
 */
export function rehypeSafeHeadingIds({ prefix }: { prefix?: string } = {}) {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, "element", (node: Element) => {
      // Stryker disable next-line ConditionalExpression: hast ids are always strings: nothing else is ever added to the taken set
      if (typeof node.properties.id === "string") taken.add(node.properties.id);
    });
    const slugger = new GithubSlugger();
    // Stryker disable next-line StringLiteral: unist-util-visit reads "" as every node, and the heading test below skips the rest
    visit(tree, "element", (node: Element) => {
      // Stryker disable next-line Regex: after the sanitizer no other tag name starts or ends with `h` and a digit
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id !== undefined) return;
      const text = toString(node);
      // A heading without words (`##` alone) has nothing to name its anchor or its contents entry by.
      if (text.trim() === "") return;
      const slug = slugger.slug(headingSlug(text));
      const base = prefix ? `${prefix}${slug}` : isSafeHeadingId(slug) ? slug : `user-content-${slug}`;
      let id = base;
      for (let n = 1; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      node.properties.id = id;
    });
  };
}
