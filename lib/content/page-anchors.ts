import type { Element } from "hast";
import { visit } from "unist-util-visit";
import type { PageTree } from "./page-tree";
import type { Heading } from "./rehype-collect-headings";
import { fullSizeViews, opensWhenRead } from "./rehype-photos";

/** A picture's full-size view: its id (`full-size-2`), its file, and the section heading above it, if any. */
export type FullSizeAnchor = { id: string; src: string; section: Heading | undefined };

/**
 * The ids an article's text gives its page, its section headings (`## Care` → `care`), and its
 * pictures' full-size views, whose ids the page has too but which a link cannot open.
 */
export type PageAnchors = { ids: ReadonlySet<string>; headings: readonly Heading[]; fullSize: readonly FullSizeAnchor[] };

/** Every id of the article's rendered text, exactly as the page gets them. */
export function anchorsOf({ tree, headings }: PageTree): PageAnchors {
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    // Stryker disable next-line ConditionalExpression: hast ids are strings, and the ids are only asked whether they hold a name
    if (typeof node.properties.id === "string") ids.add(node.properties.id);
  });
  // The section each top-level block is in: the last section heading at or above it.
  const byId = new Map(headings.map((heading) => [heading.id, heading]));
  let section: Heading | undefined;
  const sections = tree.children.map((block) => {
    if (block.type === "element" && typeof block.properties.id === "string") section = byId.get(block.properties.id) ?? section;
    return section;
  });
  // A missing picture file is an error of its own (images.ts), so every local picture is taken to open its view.
  const fullSize = fullSizeViews(tree, opensWhenRead).map(({ image, id, block }) => ({ id, src: String(image.properties.src), section: sections[block] }));
  return { ids, headings, fullSize };
}
