import type { Root } from "hast";
import { VFile } from "vfile";
import { BIO_OPTIONS, markdownProcessor } from "./markdown";
import type { Heading } from "./rehype-collect-headings";

/**
 * A body as its page's pipeline leaves it before the HTML is written: the Markdown, the tree
 * and the section headings the pipeline collected. The checks share one: read it, never change it.
 */
export type PageTree = { markdown: string; tree: Root; headings: readonly Heading[] };

/**
 * Renders a body to the tree its page shows, for the checks that ask what the page decides
 * (lib/checks/renderers.ts): an article's or the about page's keeps its HTML and its pictures as
 * written, their files unread (a picture's description names a heading or a checkbox); a bio's
 * drops both and puts its ids under `bio-`, as its page does.
 */
export async function pageTree(markdown: string, { bio }: { bio: boolean }): Promise<PageTree> {
  const processor = markdownProcessor(bio ? BIO_OPTIONS : { rawHtml: true, images: "unread" });
  const file = new VFile(markdown);
  const tree = await processor.run(processor.parse(file), file);
  // Stryker disable next-line ArrayDeclaration: rehypeCollectHeadings, part of the pipeline, always sets the headings, so the fallback never runs
  return { markdown, tree, headings: file.data.headings ?? [] };
}
