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
 * the line under it when the page shows it as a paragraph of its own. `[ring]: </articles/gold\`,
 * its address between `<` and `>`, which a line break ends, is no address line at all: the page
 * shows it as text (`shown`, with no `url`), `next` the line under it in that text.
 */
export type BrokenAddressLine = { line: number; written: string; before: string; label: string; address: string; url?: string; shown?: true; next?: { text: string; line: number } };

/** `[label]: address\` as typed, the address on the line under `]:` too (after the quote's `>` in a quote): its label, and its address without the `\`. */
const BROKEN = /\[((?:[^\]\\]|\\.)+)\]:[ \t]*(?:\n[ \t>]*)?(\S*?)\\+$/m;

/** `[label]: <address\` as typed at a paragraph's start, what its line holds before the `[` too: the same, its address after a `<` never closed on its line. */
const BROKEN_BETWEEN = /^([^[\n]*)\[((?:[^\]\\]|\\.)+)\]:[ \t]*(?:\n[ \t>]*)?<([^<>\n]*?)\\+$/m;

/** An address line's lines (`map`, as markdown-it counts them), the blocks right under it, and the address the page writes for it. */
type AddressLine = { map: [number, number]; after: readonly Token[]; url: (address: string) => string };

/** A paragraph's lines and the text markdown-it reads in it (without a quote's `>`), where an address line between `<` and `>` broken at a `\` starts. */
type Paragraph = { map: [number, number]; content: string };

/** The address lines and the paragraphs of each text being parsed (its `env`). */
const linesOf = new WeakMap<Env, { lines: AddressLine[]; paragraphs: Paragraph[] }>();

/** Makes `parser` keep each text's address lines for `brokenAddressLines`, before it drops their blocks. */
export function keepAddressLines(parser: MarkdownIt): void {
  parser.core.ruler.before("strip_references", "keep_address_lines", (state) => {
    const lines: AddressLine[] = [];
    const paragraphs: Paragraph[] = [];
    state.tokens.forEach((token, index) => {
      if (token.type === "reference_definition" && token.map) lines.push({ map: token.map, after: state.tokens.slice(index + 1, index + 3), url: (address) => state.md.normalizeLink(address) });
      const inline = state.tokens[index + 1];
      if (token.type === "paragraph_open" && token.map && inline) paragraphs.push({ map: token.map, content: inline.content });
    });
    linesOf.set(state.env, { lines, paragraphs });
  });
}

/** The address line when its address ends at a `\` at the end of a line; `lines` are the text's, `firstLine` the file line it starts on. */
function broken({ map, after, url }: AddressLine, lines: readonly string[], firstLine: number): BrokenAddressLine | undefined {
  const text = lines.slice(map[0], map[1]).join("\n");
  const typed = BROKEN.exec(text);
  if (typed === null) return undefined;
  // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallbacks never run
  const [written, label = "", address = ""] = typed;
  const before = text.slice(0, typed.index);
  const [open, inline] = after;
  // A paragraph right under the line, not one after a blank line, a heading or a list's next item; a closing block has no lines.
  const under = open?.map?.[0] === map[1] && open.type === "paragraph_open";
  // Stryker disable next-line OptionalChaining: a paragraph's opening is always followed by its text
  const words = under ? inline?.content.split("\n")[0] : undefined;
  const next = words === undefined ? undefined : { text: words, line: firstLine + map[1] };
  return { line: firstLine + map[0], written, before, label, address, url: url(`${address}\\`), ...(next ? { next } : {}) };
}

/**
 * The paragraph's first line when it is an address line whose address, after a `<`, ends at a `\`
 * at the end of a line: the page shows the paragraph as text; `next` is its line under the `\`,
 * without the `>` that closes the address.
 */
function shownBroken({ map, content }: Paragraph, lines: readonly string[], firstLine: number): BrokenAddressLine | undefined {
  // The address line and the line under its `]:`, where its address may start.
  const text = lines.slice(map[0], Math.min(map[1], map[0] + 2)).join("\n");
  const typed = BROKEN_BETWEEN.exec(text);
  // Only a paragraph's first line may be an address line: one under a line of text is text whatever its address.
  if (typed === null || typed.index > 0) return undefined;
  // Stryker disable next-line StringLiteral: the three groups take part in every match, so the fallbacks never run
  const [line, before = "", label = "", address = ""] = typed;
  const written = line.slice(before.length);
  const under = line.split("\n").length;
  const words = content.split("\n")[under]?.replace(/>\s*$/, "");
  const next = words === undefined ? undefined : { text: words, line: firstLine + map[0] + under };
  return { line: firstLine + map[0], written, before, label, address, shown: true, ...(next ? { next } : {}) };
}

/** The address lines broken at a `\` in `markdown`, parsed with `env` by a parser given `keepAddressLines`. */
export function brokenAddressLines(env: Env, markdown: string, firstLine: number): BrokenAddressLine[] {
  const lines = markdown.split("\n");
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: every text is parsed by references.ts's parser, which keeps its lines, so the fallback is never taken
  const kept = linesOf.get(env) ?? { lines: [], paragraphs: [] };
  return [...kept.lines.flatMap((line) => broken(line, lines, firstLine) ?? []), ...kept.paragraphs.flatMap((paragraph) => shownBroken(paragraph, lines, firstLine) ?? [])];
}
