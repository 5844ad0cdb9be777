import { markdownTree } from "../content/markdown-syntax";
import { anchorsOf } from "../content/page-anchors";
import { unnamedCheckboxes } from "../content/unnamed-checkboxes";
import { unnamedHeadings } from "../content/unnamed-headings";

/**
 * The page's own Markdown readers that a few checks need: the syntax tree (Markdown shown other
 * than meant), the ids of the rendered text (`#section` links), and its checkboxes and HTML headings
 * without a name.
 * They pull in unified, remark, rehype and sharp, so `check:content` loads them only when a file
 * needs them (check-collection.ts).
 */
export const renderers = { anchorsOf, markdownTree, unnamedCheckboxes, unnamedHeadings };

export type Renderers = typeof renderers;
