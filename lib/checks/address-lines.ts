import type { Env, MarkdownIt, Token } from "markdown-it";

/*
 * markdown-it reads a link's address line (`[ring]: /articles/gold-karats`) into a block it drops
 * from the blocks it returns; these keep them, for the lines a message names.
 */

/**
 * `[ring]: /articles/gold\` with `karats` on the line under it: an address line whose address ends
 * at a `\` at the end of its line, which joins no line to it, so its links lead to the address with
 * the `\` (`url`, as the page writes it). `written` is the line as typed from its `[`, `before` what
 * its line holds before the `[` (`> ` in a quote), `address` the address without the `\`, and `next`
 * the line under it when the page shows it as a paragraph of its own.
 */
export type BrokenAddressLine = { line: number; written: string; before: string; label: string; address: string; url: string; next?: { text: string; line: number } };

/** `[label]: address\` as typed, the address on the line under `]:` too: its label, and its address without the `\`. */
const BROKEN = /\[((?:[^\]\\]|\\.)+)\]:[ \t]*(?:\n[ \t]*)?(\S*?)\\+$/m;

/** An address line's lines (`map`, as markdown-it counts them), the blocks right under it, and the address the page writes for it. */
type AddressLine = { map: [number, number]; after: readonly Token[]; url: (address: string) => string };

/** The address lines of each text being parsed (its `env`). */
const linesOf = new WeakMap<Env, AddressLine[]>();

/** Makes `parser` keep each text's address lines for `brokenAddressLines`, before it drops their blocks. */
export function keepAddressLines(parser: MarkdownIt): void {
  parser.core.ruler.before("strip_references", "keep_address_lines", (state) => {
    const kept: AddressLine[] = [];
    state.tokens.forEach((token, index) => {
      if (token.type === "reference_definition" && token.map) kept.push({ map: token.map, after: state.tokens.slice(index + 1, index + 3), url: (address) => state.md.normalizeLink(address) });
    });
    linesOf.set(state.env, kept);
  });
}

/** The address line when its address ends at a `\` at the end of a line; `lines` are the text's, `firstLine` the file line it starts on. */
function broken({ map, after, url }: AddressLine, lines: readonly string[], firstLine: number): BrokenAddressLine | undefined {
  const text = lines.slice(map[0], map[1]).join("\n");
  const typed = BROKEN.exec(text);
  if (typed === null) return undefined;
  const [written, label = "", address = ""] = typed;
  const before = text.slice(0, typed.index);
  const [open, inline] = after;
  const words = inline?.content.split("\n")[0];
  const next = open?.type === "paragraph_open" && open.map?.[0] === map[1] && words !== undefined ? { text: words, line: firstLine + map[1] } : undefined;
  return { line: firstLine + map[0], written, before, label, address, url: url(`${address}\\`), ...(next ? { next } : {}) };
}

/** The address lines broken at a `\` in `markdown`, parsed with `env` by a parser given `keepAddressLines`. */
export function brokenAddressLines(env: Env, markdown: string, firstLine: number): BrokenAddressLine[] {
  const lines = markdown.split("\n");
  return (linesOf.get(env) ?? []).flatMap((line) => broken(line, lines, firstLine) ?? []);
}
