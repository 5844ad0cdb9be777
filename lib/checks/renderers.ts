import { markdownTree } from "../content/markdown-syntax";
import { anchorsOf } from "../content/page-anchors";
import { pageCheckboxes } from "../content/page-checkboxes";
import { pageTree } from "../content/page-tree";
import { symbolHeadings } from "../content/symbol-headings";
import { unnamedHeadings } from "../content/unnamed-headings";

/**
 * The page's own Markdown readers that a few checks need: the syntax tree (Markdown shown other
 * than meant), and the tree the page is rendered from (pageTree: one render per body and check
 * run, check-collection.ts), in which the checks read its ids (`#section` links), its checkboxes
 * (their names, and the form fields they replace) and its headings without a name. They pull in
 * unified, remark, rehype and sharp, so `check:content` loads them only when a file needs them
 * (check-collection.ts).
 */
export const renderers = { anchorsOf, markdownTree, pageCheckboxes, pageTree, symbolHeadings, unnamedHeadings };

export type Renderers = typeof renderers;
