import type { Root } from "mdast";
import { quote } from "../content/printable";
import { eachBlockText, fileLines, lineToWrite, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `[our guide](/articles/gold-karats first, then…` and `![A tree](/images/tree.jpg "The tree"`: a
 * link or a picture whose `(` is never closed with `)`, which the page shows as typed, the picture
 * gone (the jeweler's trial of 2026-12-07). Read from the text the page shows, so code is left alone.
 */

/** `[words](` or `![words](` as the page shows it, typed. */
const OPENED = /(!?)\[([^[\]\n]*)\]\(/g;

/**
 * A `](` with no `)` after it on its line, or with words after its address that are no caption (a
 * `)` there may close prose's own `(`): markdown-surprises.ts parses a body only when it holds one.
 */
export const OPEN_LINK = /\]\((?:[^)\n]*$|[^\s)]*[^\S\n]+[^\s"')])/m;

/**
 * What follows the `(`: the address, right after it, which ends at the first space (an address has
 * none), and a caption after it when its quote closes it; `end` is where the `)` belongs, counted
 * after the `(`. A space right after the `(` (`[a]( and…`) starts no address: its words are prose.
 */
function addressAfter(rest: string): { address: string; caption: string; end: number } {
  const address = rest.replace(/\s[^]*/, "");
  // Stryker disable next-line StringLiteral: the pattern's two groups take part in every match, so the fallbacks never run
  const [whole = "", spaces = "", caption = ""] = /^([^\S\n]+)("[^"\n]*"|'[^'\n]*')/.exec(rest.slice(address.length)) ?? [];
  return { address, caption: whole === "" ? "" : ` ${caption}`, end: address.length + spaces.length + caption.length };
}

/** Whether a `)` in `rest` closes the `(` before it, counting the brackets opened and closed in between (`(see the note)`). */
function closes(rest: string): boolean {
  let open = 1;
  for (const char of rest) {
    if (char === "(") open += 1;
    if (char === ")") open -= 1;
    if (open === 0) return true;
  }
  return false;
}

/** Each link or picture in `tree`'s text whose `(` is never closed; `firstLine` is the file line the body starts on. */
export function openLinks(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  eachBlockText(tree, source, (at, blockEnd) => {
    for (const match of withoutEscapes(at.text).matchAll(OPENED)) {
      // Stryker disable next-line StringLiteral: the pattern's two groups take part in every match, so the fallbacks never run
      const [opened, bang = "", words = ""] = match;
      const start = at.offset + match.index;
      const rest = source.slice(start + opened.length, blockEnd);
      if (closes(withoutEscapes(rest))) continue;
      const { address, caption, end } = addressAfter(rest);
      if (address === "") continue;
      const kind = bang === "" ? "link" : "picture";
      const shown = source.slice(start, start + opened.length + end);
      const meant = lineToWrite(source, start, start + opened.length + end, `${bang}[${words}](${address}${caption})`);
      found.push({ line: lineOf(start), severity: "error", message: `the ${kind} ${quote(shown)} is shown as the text you typed, not as a ${kind}, because its \`(\` is never closed with \`)\`; write ${quote(meant)}` });
    }
  });
  return found;
}
