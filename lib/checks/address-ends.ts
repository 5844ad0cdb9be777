import type { MarkdownIt } from "markdown-it";

/** A line break, a tab or another control character, which ends an address not written between `<` and `>`. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Where an address read from `start` ends at the latest, after a `\` before a control character; `max` when none comes first. */
function escapedControlEnd(text: string, start: number, max: number): number {
  // Stryker disable next-line EqualityOperator: `<=` also reads the character at `max`, never a `\`: a line break, the end of the text, or the `]` closing the words of a link the address is read inside.
  for (let at = start; at < max; at += 1) {
    if (text[at] !== "\\") continue;
    if (CONTROL.test(text.charAt(at + 1))) return at + 1;
    // Each `\` takes the character after it: `\\` is one escaped `\`, whatever follows it.
    at += 1;
  }
  return max;
}

/**
 * Makes `parser` end a link's or a picture's address where CommonMark and the page's parser (remark)
 * do. markdown-it lets a `\` escape any character, so it reads `[the ring](/articles/gold\⏎karats)`
 * as a link to `/articles/gold%5C%0Akarats`, and `[the ring](/articles/gold\<tab>karats)` too,
 * where the page, whose `\` escapes punctuation only, ends the address at the line break or the
 * tab and shows the text as typed.
 */
export function endAddressesWhereThePageDoes(parser: MarkdownIt): void {
  const readAddress = parser.helpers.parseLinkDestination;
  parser.helpers.parseLinkDestination = (text, start, max) => {
    const lineEnd = text.indexOf("\n", start);
    const end = lineEnd === -1 ? max : Math.min(max, lineEnd);
    // Between `<` and `>` a tab is part of the address; a line break is not, escaped or not.
    return readAddress(text, start, text[start] === "<" ? end : escapedControlEnd(text, start, end));
  };
}
