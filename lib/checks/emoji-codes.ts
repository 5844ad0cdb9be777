import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, typed, type Surprise } from "./markdown-source";

/*
 * `:sparkles:` and `:gift:`: codes that Slack, GitHub or Discord turn into emoji, pasted into an
 * article, which the page shows as typed (the fifth jeweler's trial). Read from the text the page
 * shows, so code is left alone. A warning: the words may be meant as typed.
 */

/** `:sparkles:` between spaces, at a line's edge or before a stop: a colon, a lowercase word, a colon. */
const CODE = /(?<=^|[\s(]):[a-z][a-z0-9_+-]*:(?=$|[\s.,;!?)])/gm;

/** Such a code anywhere: markdown-surprises.ts parses a body only when it holds one. */
export const EMOJI_CODE = /(?:^|[\s(]):[a-z][a-z0-9_+-]*:(?:$|[\s.,;!?)])/m;

/** Each emoji code in `tree`'s text; `firstLine` is the file line the body starts on. */
export function emojiCodes(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "text", (node) => {
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets, so typed() finds every text (markdown-source.ts); the test is for the type checker
    if (at === undefined) return;
    for (const { 0: code, index } of at.text.matchAll(CODE)) {
      const message = `${quote(code)} is shown as typed: the journal does not turn codes like it into emoji; type the emoji itself (on a Mac, Control-Command-Space opens them), or delete the code`;
      found.push({ line: lineOf(at.offset + index), severity: "warning", message });
    }
  });
  return found;
}
