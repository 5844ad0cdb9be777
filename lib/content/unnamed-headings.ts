import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import { EXIT, visit } from "unist-util-visit";
import { VFile } from "vfile";
import { markdownProcessor } from "./markdown";

/** A section heading written in HTML that the page would show without a name: its line in the Markdown, and its tag (`h3`). */
export type UnnamedHeading = { line: number; tagName: string };

// An article's pipeline with its pictures kept as written: a picture's description names the heading it is in.
const processor = markdownProcessor({ rawHtml: true, images: "unread" });

/** Whether a heading holds a picture: its description is the heading's name, which the picture check asks for. */
function holdsPicture(heading: Element): boolean {
  let found = false;
  visit(heading, { type: "element", tagName: "img" }, () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * The `<h2>`–`<h6>` written in HTML that the page would show with neither words nor a picture
 * (`<h3></h3>`, `<h2> </h2>`, `<h3>&nbsp;</h3>`), read from the page's own pipeline, so a heading
 * whose words come after a blank line, inside it, is not one. Headings written with `#` are the
 * syntax check's (lib/checks/empty-headings.ts).
 */
export async function unnamedHeadings(markdown: string): Promise<UnnamedHeading[]> {
  const file = new VFile(markdown);
  const tree = await processor.run(processor.parse(file), file);
  const found: UnnamedHeading[] = [];
  visit(tree, "element", (node: Element) => {
    const start = node.position?.start;
    if (!/^h[2-6]$/.test(node.tagName) || start?.offset === undefined || markdown[start.offset] !== "<") return;
    if (toString(node).trim() === "" && !holdsPicture(node)) found.push({ line: start.line, tagName: node.tagName });
  });
  return found;
}
