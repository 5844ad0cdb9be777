import type { Root } from "mdast";
import { remark } from "remark";
import remarkGfm, { type Options } from "remark-gfm";

/**
 * GitHub's Markdown extensions as the journal reads them, in the page's renderer and in the checks.
 * Strikethrough takes two tildes (`~~sold out~~`): with one, a jeweler's `2~3 mm … 4~5 mm` would
 * strike out the words between the tildes.
 */
export const GFM_OPTIONS: Options = { singleTilde: false };

const parser = remark().use(remarkGfm, GFM_OPTIONS).freeze();

/** The syntax tree of a Markdown body as the page reads it; its positions are the body's lines and offsets. */
export function markdownTree(markdown: string): Root {
  return parser.parse(markdown);
}
