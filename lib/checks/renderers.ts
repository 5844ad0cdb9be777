import { markdownTree } from "../content/markdown-syntax";
import { anchorsOf } from "../content/page-anchors";
import { pageCheckboxes } from "../content/page-checkboxes";
import { unnamedHeadings } from "../content/unnamed-headings";

/**
 * The page's own Markdown readers that a few checks need: the syntax tree (Markdown shown other
 * than meant), the ids of the rendered text (`#section` links), its checkboxes (their names, and
 * the form fields they replace) and its HTML headings without a name. They pull in unified,
 * remark, rehype and sharp, so `check:content` loads them only when a file needs them
 * (check-collection.ts).
 */
export const renderers = { anchorsOf, markdownTree, pageCheckboxes, unnamedHeadings };

export type Renderers = typeof renderers;
