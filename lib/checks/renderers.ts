import { markdownTree } from "../content/markdown-syntax";
import { anchorsOf } from "../content/page-anchors";

/**
 * The page's own Markdown readers that a few checks need: the syntax tree (Markdown shown other
 * than meant) and the ids of the rendered text (`#section` links). They pull in unified, remark,
 * rehype and sharp, so `check:content` loads them only when a file needs them (check-collection.ts).
 */
export const renderers = { anchorsOf, markdownTree };

export type Renderers = typeof renderers;
