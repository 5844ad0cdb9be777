import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

import { USER_CONTENT_PREFIX } from "./contain-user-html";

/** The id a fragment names; one that is not valid percent-encoding (`#50%-off`) names itself. */
export function fragmentTarget(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The sanitiser prefixes every id that came from the author (`user-content-…`) so that none can
 * clobber the page's own (`#main`). Links inside the article that point at those ids — footnotes,
 * raw anchors, headings moved under the prefix (`## Next steps`, a bio's `## Care`) — are pointed
 * at the prefixed ids, as GitHub does: runs after rehypeSafeHeadingIds, when every id is known.
 */
export function rehypeFragmentLinks({ prefix = USER_CONTENT_PREFIX }: { prefix?: string } = {}) {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      // Stryker disable next-line ConditionalExpression: hast ids are strings, and the ids are only asked whether they hold a name
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      // After the sanitizer only a link (`a`) has an href.
      const href = node.properties.href;
      if (typeof href !== "string" || !href.startsWith("#")) return;
      const written = href.slice(1);
      const target = fragmentTarget(written);
      if (ids.has(target)) return;
      // A browser tries a fragment as written before decoding it, and remark-rehype writes a footnote's label encoded in its ids and links alike (`fn-%3Cb%3E`).
      const prefixed = [written, target].find((name) => ids.has(prefix + name));
      if (prefixed !== undefined) node.properties.href = `#${prefix}${prefixed}`;
    });
  };
}
