import type { Element } from "hast";
import { visit } from "unist-util-visit";
import type { PageTree } from "./page-tree";
import type { Heading } from "./rehype-collect-headings";

/** The ids an article's text gives its page, and its section headings (`## Care` → `care`). */
export type PageAnchors = { ids: ReadonlySet<string>; headings: readonly Heading[] };

/** Every id of the article's rendered text, exactly as the page gets them. */
export function anchorsOf({ tree, headings }: PageTree): PageAnchors {
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    // Stryker disable next-line ConditionalExpression: hast ids are strings, and the ids are only asked whether they hold a name
    if (typeof node.properties.id === "string") ids.add(node.properties.id);
  });
  return { ids, headings };
}
