/*
 * What XML 1.0 cannot carry (its `Char` production): C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. Also left out, though XML 1.0 allows them:
 * DEL and the C1 controls (U+007F–U+009F) and the noncharacters U+FDD0–U+FDEF, which the
 * specification discourages (§2.2), XML 1.1 allows only as character references, and no prose
 * contains: a feed reader that chokes on one would lose every entry for one stray byte.
 */
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters no XML document (feed, sitemap) may hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_TEXT, "");
}
