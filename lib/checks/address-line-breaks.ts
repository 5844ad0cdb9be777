import type { MarkdownIt } from "markdown-it";

/**
 * Makes `parser` end a link's or a picture's address at a line break, as CommonMark and the page's
 * parser (remark) do: markdown-it lets a `\` escape it, and so reads `[the ring](/articles/gold\⏎karats)`
 * as a link to `/articles/gold%5C%0Akarats` where the page shows the text as typed.
 */
export function endAddressesAtLineBreaks(parser: MarkdownIt): void {
  const readAddress = parser.helpers.parseLinkDestination;
  parser.helpers.parseLinkDestination = (text, start, max) => {
    const lineEnd = text.indexOf("\n", start);
    return readAddress(text, start, lineEnd === -1 ? max : Math.min(max, lineEnd));
  };
}
