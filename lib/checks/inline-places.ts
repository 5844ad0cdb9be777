import markdownIt, { type MarkdownIt, type Token } from "markdown-it";

/*
 * markdown-it gives lines to blocks only. Counting a paragraph's line breaks among its tokens
 * misses those a token swallows: a code span (`` `a⏎b` ``) or an HTML tag (`<span⏎class="x">`)
 * broken over two lines, a link's caption on the line under its address. So each token is noted
 * with the place in the paragraph's text where markdown-it made it.
 */

const places = new WeakMap<Token, number>();

/**
 * markdown-it's inline state, noting `pos` as each token is pushed: where the token starts, or,
 * for a run of plain text (pushed when the next token is), where it ends, on the same line since
 * a line break is a token of its own.
 */
class PlacedState extends markdownIt.StateInline {
  override pushPending(): Token {
    const token = super.pushPending();
    places.set(token, this.pos);
    return token;
  }

  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    const token = super.push(type, tag, nesting);
    places.set(token, this.pos);
    return token;
  }
}

/** Makes `parser` note where each inline token is in its paragraph's text, for `offsetOf`. */
export function placeInlineTokens(parser: MarkdownIt): void {
  parser.inline.State = PlacedState;
}

/** The offset in its paragraph's text (the inline block's `content`) of a token a parser given `placeInlineTokens` made. */
export function offsetOf(token: Token): number {
  const place = places.get(token);
  // Stryker disable next-line ConditionalExpression,StringLiteral: the one parser that asks (references.ts) is given placeInlineTokens, so every token has its place; the throw guards a future caller.
  if (place === undefined) throw new Error(`the ${token.type} token was made by a parser that does not note places (placeInlineTokens)`);
  return place;
}

/** The line of `text` (from 0) each offset is on, for offsets asked in order, so a paragraph is read once. */
export function linesOf(text: string): (offset: number) => number {
  let at = 0;
  let line = 0;
  return (offset) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration: references.ts asks in the tokens' order, whose places never go back, so the reset never runs, and running it always only counts again from 0.
    if (offset < at) [at, line] = [0, 0];
    for (; at < offset; at += 1) if (text.charCodeAt(at) === 10) line += 1;
    return line;
  };
}

/**
 * A code span as typed in its paragraph's `text`, backticks and spaces kept (markdown-it's
 * `content` drops a space at each end and turns line breaks into spaces): from its opening
 * backticks to the first run of as many, which is where markdown-it ends it.
 */
export function codeAsWritten(text: string, code: Token): string {
  const start = offsetOf(code);
  const closing = new RegExp(`(?<!\`)${code.markup}(?!\`)`, "g");
  closing.lastIndex = start + code.markup.length;
  // Stryker disable next-line OptionalChaining: markdown-it made the token only because the closing run is there; the `?.` is for the type checker
  return text.slice(start, (closing.exec(text)?.index ?? text.length) + code.markup.length);
}
