import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";
import { noteEnd } from "../content/note-ends";
import { readTag, splitValues, tagToWrite, typedQuotesRead, typedQuotesReason, typedTag } from "./typed-tags";

/*
 * `<img src=/images/ring.jpg alt=A ring>`: Markdown reads the tag, in a paragraph or in a block of
 * HTML, and so does the browser, which ends a value without quotes at its first space and takes
 * `ring` for an attribute of its own, one the page drops: the picture is described as `A`, and
 * `<a href=/articles/care guide>` leads to `/articles/care`. Read from the HTML of the syntax tree
 * the page is rendered from; a tag Markdown shows as typed is unread-tags.ts's. A value between
 * the quotes a Mac or Word types is read the same way, quotes and all: `<abbr title=“925”>`.
 */

/** Tags in `tree`'s HTML whose value without quotes a space cut short; `firstLine` is the file line the body starts on. */
export function splitValuesIn(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  const failed = new Set<number>();
  visit(tree, "html", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
    if (at === undefined) return;
    const end = at.offset + at.text.length;
    const next = (from: number) => at.text.indexOf("<", from);
    for (let index = next(0); index !== -1; index = next(index + 1)) {
      if (at.text.startsWith("<!--", index)) {
        // A note to oneself is no tag, whatever it holds, up to where a browser ends it.
        const close = noteEnd(at.text, index);
        if (close === undefined) return;
        // `-->` and `--!>` hold no `<`: the next one is looked for after their first dash.
        index = close.at;
        continue;
      }
      const offset = at.offset + index;
      const tag = readTag(source, offset, end, failed);
      if (tag === undefined) continue;
      index += tag.length - 1;
      const write = () => quote(lineToWrite(source, offset, offset + tag.length, tagToWrite(tag)));
      const curly = tag.attributes.find((attribute) => attribute.value?.quote === "typed");
      if (curly?.value?.quote === "typed") {
        const { open, close } = curly.value;
        found.push({
          line: lineOf(offset),
          severity: "error",
          message: `the page reads the \`${curly.name}\` of ${quote(typedTag(tag))} as ${quote(typedQuotesRead(curly.value))}: ${typedQuotesReason("its value", `${open}…${close}`)}: write ${write()}`,
        });
        continue;
      }
      const [split] = splitValues(tag);
      if (split === undefined) continue;
      found.push({
        line: lineOf(offset),
        severity: "error",
        message: `the page reads the \`${split.attribute}\` of ${quote(typedTag(tag))} as ${quote(split.read)}, not ${quote(split.meant)}: a value without quotes ends at the first space, so ${split.left.map((word) => quote(word)).join(" and ")} ${split.left.length === 1 ? "is" : "are"} left out; put it in double quotes: write ${write()}`,
      });
    }
  });
  return found;
}
