/*
 * The characters the cards' Latin font subsets can draw (the @fontsource "latin" unicode-range,
 * minus invisible format characters). Satori asks the network for a font for anything else,
 * and nothing may be fetched at build time, so anything else is left out of the card.
 */
const DRAWABLE = /[\u0020-\u007E\u00A0-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u2010-\u2027\u2030-\u205E\u20AC\u2122\u2191\u2193\u2212\u2215]/u;

/** `text` reduced to what the card's fonts can draw, with spaces tidied; `fallback` if nothing is left. */
export function printable(text: string, fallback: string): string {
  const kept = [...text.normalize("NFC")].map((char) => (DRAWABLE.test(char) ? char : " ")).join("");
  const tidy = kept.replace(/\s+/g, " ").trim();
  return tidy === "" ? fallback : tidy;
}
