import type { Element } from "hast";
import { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { markdownProcessor } from "./markdown";
import type { Heading } from "./rehype-collect-headings";

/** The ids an article's text gives its page, and its section headings (`## Care` → `care`). */
export type PageAnchors = { ids: ReadonlySet<string>; headings: readonly Heading[] };

// The article pipeline itself, pictures aside: they add no heading, and reading them costs time.
const processor = markdownProcessor({ rawHtml: true });

/** Every id of the article's rendered text, exactly as the page gets them. */
export async function anchorsOf(markdown: string): Promise<PageAnchors> {
  const file = new VFile(markdown);
  const tree = await processor.run(processor.parse(file), file);
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    // Stryker disable next-line ConditionalExpression: hast ids are strings, and the ids are only asked whether they hold a name
    if (typeof node.properties.id === "string") ids.add(node.properties.id);
  });
  // Stryker disable next-line ArrayDeclaration: rehypeCollectHeadings, part of the pipeline, always sets the headings, so the fallback never runs
  return { ids, headings: file.data.headings ?? [] };
}
