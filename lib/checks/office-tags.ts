import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { LONGEST_QUOTE } from "../content/printable";
import { fileLines, typed, type Surprise } from "./markdown-source";

/*
 * Text copied from Word carries its own tags: `<o:p></o:p>` (an empty paragraph mark, often with
 * `&nbsp;` inside), and in an HTML block `<st1:place>` or `<w:Sdt>` around words. Markdown reads
 * no `:` in a tag's name, so in the text it shows `<o:p></o:p>` as typed; in an HTML block the
 * page leaves such tags out. They stand for nothing: the fix is to delete them.
 */

/** A Word tag's name: Office's prefixes (`o:` Office, `w:` Word, `v:` drawings, `m:` equations, `st1:` smart tags) and a name. */
export const OFFICE_NAME = /^(?:o|w|v|m|st\d+):[a-z]/i;

/** `<o:p>`, `</o:p>`, or a pair with only spaces or `&nbsp;` between: what Word leaves in the text. */
const O_TAGS = /<o:([A-Za-z]+)>(?:\s|&nbsp;|&#160;|\u00a0)*<\/o:\1>|<\/?o:[A-Za-z]+>/g;

/** An `o:` tag in the text: markdown-surprises.ts parses a body only when it holds one. */
export const OFFICE_TAG = /<\/?o:[A-Za-z]/;

/** The message for a Word tag the page leaves out, in an HTML block: `name` is its name as the page reads it (`o:p`). */
export function officeTagProblem(name: string, written: string): string {
  const pair = quote(`<${name}></${name}>`);
  if (name.startsWith("o:")) return `${quote(written)} is a tag Word left when the text was copied from it, and it shows nothing: delete ${pair} (with anything between them)`;
  return `${quote(written)} is a tag Word left when the text was copied from it: the page leaves it out and shows the words inside it; delete ${quote(`<${name}>`)} and ${quote(`</${name}>`)}, keeping the words between them`;
}

/** A tag Word left, as written, and where it starts in its line. */
type Found = { tag: string; start: number };

/** `line` without the tags `found` in it, when it is short enough to quote whole. */
function without(line: string, found: readonly Found[]): string | undefined {
  let kept = "";
  let from = 0;
  for (const { tag, start } of found) {
    kept += line.slice(from, start);
    from = start + tag.length;
  }
  kept = `${kept}${line.slice(from)}`.trimEnd();
  return [...kept].length > LONGEST_QUOTE ? undefined : kept;
}

/** Word's `<o:p></o:p>` in the text, which the page shows as typed, told once a line; `firstLine` is the file line the body starts on. */
export function officeTags(tree: Root, source: string, firstLine: number): Surprise[] {
  const lineOf = fileLines(source, firstLine);
  const byLine = new Map<number, Found[]>();
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
    if (at === undefined) return;
    for (const { 0: tag, index } of at.text.matchAll(O_TAGS)) {
      const start = at.offset + index;
      const lineStart = source.lastIndexOf("\n", start) + 1;
      const found = byLine.get(lineStart) ?? [];
      found.push({ tag, start: start - lineStart });
      byLine.set(lineStart, found);
    }
  });
  return [...byLine].map(([lineStart, found]): Surprise => {
    const lineEnd = source.indexOf("\n", lineStart);
    const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
    const rest = without(line, found);
    const named = found.map(({ tag }) => quote(tag)).join(" and ");
    const them = found.length === 1 ? "it" : "them";
    const fix = rest === undefined ? `delete ${them}` : /^[\s>]*$/.test(rest) ? "delete the line" : `delete ${them}: write ${quote(rest)}`;
    return { line: lineOf(lineStart), severity: "error", message: `the page shows ${named} as typed: Word left ${them} when the text was copied from it, and ${found.length === 1 ? "it stands" : "they stand"} for nothing; ${fix}` };
  });
}
