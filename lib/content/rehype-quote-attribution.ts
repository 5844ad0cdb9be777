import type { Element, ElementContent, Root, Text } from "hast";
import { visit, SKIP } from "unist-util-visit";

/**
 * A line that starts with an em dash (or a horizontal bar) names who said the quote; so does one
 * that starts with two hyphens, the typewriter's dash (`-- Isla Marrow`), or with the en dash Word
 * makes of ` - ` (`– Isla Marrow`; a space after it, so `–5 °C` stays a number), shown as an em dash.
 */
/** The dash a credit starts with: an em dash or a horizontal bar, two hyphens (not three), or an en dash before a space. */
export const CREDIT_DASH = /[—―]|--(?!-)|–(?=\s)/;
const ATTRIBUTION = new RegExp(`(^|\\n)[ \\t]*(?=${CREDIT_DASH.source})`);
const TYPED_DASH = /^(?:--|–)\s*/;

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === "element";
}

function isBlank(node: ElementContent | undefined): boolean {
  // Stryker disable next-line OptionalChaining: it is asked only while an earlier paragraph is left before the attribution's (the quote has text), so there is always a node
  return node?.type === "text" && node.value.trim() === "";
}

function isBreak(node: ElementContent | undefined): boolean {
  return isElement(node) && node.tagName === "br";
}

/**
 * Splits a paragraph at its last line that begins with "—": the lines before stay in the quote,
 * the rest is the attribution. Undefined when no line of the paragraph begins so.
 */
function splitAttribution(paragraph: Element): { quote: ElementContent[]; attribution: ElementContent[] } | undefined {
  for (const [i, child] of [...paragraph.children.entries()].reverse()) {
    if (child.type !== "text") continue;
    const last = [...child.value.matchAll(new RegExp(ATTRIBUTION.source, "g"))].at(-1);
    if (last?.index === undefined) continue;
    const cut = last.index + last[0].length;
    const before: Text = { type: "text", value: child.value.slice(0, last.index).trimEnd() };
    const after: Text = { type: "text", value: child.value.slice(cut).replace(TYPED_DASH, "— ") };
    const quote = [...paragraph.children.slice(0, i), ...(before.value ? [before] : [])];
    // A hard line break (two spaces or a backslash) before the dash belongs to neither part.
    while (isBreak(quote.at(-1))) quote.pop();
    return { quote, attribution: [after, ...paragraph.children.slice(i + 1)] };
  }
  return undefined;
}

/**
 * A blockquote whose last line begins with "—" (or "--") becomes
 * `<figure><blockquote>…</blockquote><figcaption>— …</figcaption></figure>`: the attribution is
 * shown and announced as the quote's caption, not as part of what was said.
 */
export function rehypeQuoteAttribution() {
  return (tree: Root) => {
    // Stryker disable next-line StringLiteral: unist-util-visit reads an empty test as "every node", and only elements are named blockquote
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "blockquote") return;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: unist-util-visit gives every element below the root its parent and index; the test is for the types
      if (!parent || index === undefined) return;
      const paragraphs = node.children.filter(isElement);
      const last = paragraphs.at(-1);
      if (!last || last.tagName !== "p") return;
      const split = splitAttribution(last);
      if (!split) return;
      const quoteHasText = split.quote.length > 0 || paragraphs.length > 1;
      if (!quoteHasText) return;
      const position = node.children.indexOf(last);
      const before = node.children.slice(0, position);
      if (split.quote.length > 0) before.push({ ...last, children: split.quote });
      // The attribution had a paragraph of its own: drop the line break that led to it as well.
      else while (isBlank(before.at(-1))) before.pop();
      const blockquote: Element = { ...node, children: [...before, ...node.children.slice(position + 1)] };
      const figure: Element = {
        type: "element",
        tagName: "figure",
        properties: { className: ["quote"] },
        children: [blockquote, { type: "element", tagName: "figcaption", properties: {}, children: split.attribution }],
      };
      parent.children[index] = figure;
      return SKIP;
    });
  };
}
