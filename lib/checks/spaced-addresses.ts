import type { Definition, Image, Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import { invisibleName } from "../content/invisible";
import { quote } from "../content/printable";
import { keepsLinkAddress } from "../content/sanitize-schema";
import { fileLines, lineToWrite, typed, type Surprise } from "./markdown-source";

/*
 * `[write to us]( mailto:studio@example.com)` with a non-breaking space pasted before `mailto:`:
 * Markdown skips only ordinary spaces around an address, so the page's address starts
 * `%C2%A0mailto:` and its sanitizer drops it. markdown-it, which the other checks read
 * (lib/checks/references.ts), trims every space JavaScript knows, so they see a good address:
 * these spaces are read here, from the syntax tree the page is rendered from.
 */

/** The spaces JavaScript's `trim` drops (and markdown-it with it) and Markdown keeps in an address. */
const SPACES = String.raw`[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
const AT_START = new RegExp(`^${SPACES}+`);
const AT_END = new RegExp(`${SPACES}+$`);

/**
 * Such a space, or a character reference (`&nbsp;`), at the start of an address (`]( x`, `](< x`,
 * `]: x`) or at its end (`x )`, `x` at the end of a line): markdown-surprises.ts parses a body
 * only when it holds one.
 */
export const SPACED_ADDRESS = new RegExp(String.raw`\][(:][ \t]*(?:\n[ \t]*)?<?(?:${SPACES}|&)|(?:${SPACES}|&[#\w]+;)>?(?:\)|[ \t]*$)`, "m");

/** The nodes that hold an address: a link, a picture, an address line (`[shop]: https://…`). */
const WITH_ADDRESS = ["link", "image", "definition"] as const;

/** What the page makes of the address, by the kind of node that holds it. */
function outcome(node: Link | Image | Definition): { what: string; part: string; result: string } {
  if (node.type === "image") return { what: "the picture", part: "path", result: "the page cannot show it" };
  const kept = keepsLinkAddress(node.url);
  if (node.type === "link") return { what: "the link", part: "address", result: kept ? "it leads nowhere" : "the page shows its words as plain text" };
  return { what: "the address line", part: "address", result: `the links that use it ${kept ? "lead nowhere" : "show their words as plain text"}` };
}

/** Links, pictures and address lines whose address starts or ends with a space that is not an ordinary one; `firstLine` is the file line the body starts on. */
export function spacedAddresses(tree: Root, source: string, firstLine: number): Surprise[] {
  const found: Surprise[] = [];
  const lineOf = fileLines(source, firstLine);
  visit(tree, [...WITH_ADDRESS], (node) => {
    const { url } = node;
    const spaces = AT_START.exec(url)?.[0] ?? AT_END.exec(url)?.[0];
    const at = typed(node, source);
    // Stryker disable next-line ConditionalExpression: `typed` gives undefined only to a node without its place, and remark's parser gives every node one
    if (spaces === undefined || at === undefined) return;
    const char = spaces.charAt(0);
    const meant = url.replace(AT_START, "").replace(AT_END, "");
    const { what, part, result } = outcome(node);
    const { name, looks } = invisibleName(char);
    // The address as typed, found in the node's text unless written with an escape or a character reference (`&nbsp;`).
    const index = at.text.lastIndexOf(url);
    const write = index === -1 ? `its ${part} as ${quote(meant)}` : quote(lineToWrite(source, at.offset + index, at.offset + index + url.length, meant, `${at.text.slice(0, index)}${meant}${at.text.slice(index + url.length)}`));
    found.push({
      line: lineOf(at.offset + Math.max(index, 0)),
      severity: "error",
      message: `${what} ${quote(at.text)} does not work: its ${part} ${url.startsWith(char) ? "starts" : "ends"} with ${name} (${quote(char)}), which ${looks}, and Markdown keeps it as part of the ${part}, so ${result}; write ${write}`,
    });
  });
  return found;
}
