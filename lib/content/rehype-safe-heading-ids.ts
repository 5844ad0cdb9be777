import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** Ids the page itself uses around an article, which a heading must never take. */
const PAGE_IDS = new Set(["main", "toc-heading", "pager-heading", "about-the-author", "related-heading", "newest-heading"]);

/**
 * A heading's id becomes a property of `window` (named access). Readable slugs are kept for
 * anchors (`#care`), except those that could shadow something the page relies on: the page's own
 * ids, and names like `__next_f` or `next` that Next.js reads from `window` at start-up.
 */
export function isSafeHeadingId(id: string): boolean {
  return /^[a-z0-9]/.test(id) && id !== "next" && !id.startsWith("next-") && !PAGE_IDS.has(id);
}

/** Moves any unsafe heading id under `user-content-`, like every other author-written id. */
export function rehypeSafeHeadingIds() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const id = node.properties.id;
      if (/^h[1-6]$/.test(node.tagName) && typeof id === "string" && !id.startsWith("user-content-") && !isSafeHeadingId(id)) {
        node.properties.id = `user-content-${id}`;
      }
    });
  };
}
