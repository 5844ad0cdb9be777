import type { Root } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { quote } from "../content/printable";
import { fileLines, lineToWrite, typed, withoutEscapes, type Surprise } from "./markdown-source";

/*
 * `Monday&nbsp to Friday` and `Caf&eacute Lumière`: an HTML entity without its `;`, which Markdown
 * never reads (not even the names a browser reads without it), so the page shows `&nbsp` as typed
 * (the jeweler's trial of 2026-12-07). Read from the text the page shows, so code is left alone; `R&D`
 * and `Smith & Co` name no entity and pass. A warning with the line to write.
 */

/**
 * `&` and a name ending at a word's end, with no `;` after it, nor the `=` of a web address's query
 * (`?colour=gold&lang=en`, where `&lang` is no entity meant, as in an HTML attribute).
 */
const OPEN_ENTITY = /&[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9;=])/g;

/** Such a name anywhere: markdown-surprises.ts parses a body only when it holds one. */
export const MAYBE_OPEN_ENTITY = /&[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9;=])/;

/** What `typedEntity` (`&name`) stands for with its `;`, as the page's HTML reads it, or undefined when it names none. */
function entityCharacter(typedEntity: string): string | undefined {
  const read = toString(fromHtml(`<body>${typedEntity};`));
  // `&notaword;` reads as `¬aword;`: a browser's legacy name at its start, not an entity of its own.
  return read.includes(";") ? undefined : read;
}

/** Each entity without its `;` in `tree`'s text; `firstLine` is the file line the body starts on. */
export function openEntities(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, "text", (node, _index, parent) => {
    // Stryker disable next-line OptionalChaining,ConditionalExpression: a text always has a parent, and only a link among them has a `url`; the `?.` and the type test are for the type checker
    const address = parent?.type === "link" ? parent.url : undefined;
    // Words that are their link's own address (`<https://shop.example/?q=gold&reg>`, `www.…`): the page shows them as typed and links them as meant.
    if (address === node.value || address === `http://${node.value}`) return;
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: remark's parser gives every node its place with offsets, so typed() finds every text (markdown-source.ts); the test is for the type checker
    if (at === undefined) return;
    for (const { 0: typedEntity, index } of withoutEscapes(at.text).matchAll(OPEN_ENTITY)) {
      const character = entityCharacter(typedEntity);
      if (character === undefined) continue;
      const end = at.offset + index + typedEntity.length;
      const line = lineToWrite(source, end, end, ";", `${typedEntity};`);
      // A space, an invisible character or a mark that sits on another is better written as the entity, where it can be seen.
      const itself = /[^\p{L}\p{N}\p{P}\p{S}]/u.test(character) ? "" : `, or type ${quote(character)} itself`;
      const message = `${quote(typedEntity)} is shown as typed: without its \`;\` the page does not read it as the character it names; write ${quote(line.trim())}${itself}`;
      found.push({ line: lineOf(at.offset + index), severity: "warning", message });
    }
  });
  return found;
}
