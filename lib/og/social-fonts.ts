import { readFile } from "node:fs/promises";
import path from "node:path";

/*
 * The site's own typefaces for social images, read from the installed @fontsource files at
 * build time (nothing is fetched). Satori, behind `next/og`, reads WOFF but not WOFF2.
 */
const files = {
  display: "node_modules/@fontsource/cormorant-garamond/files/cormorant-garamond-latin-600-normal.woff",
  text: "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff",
};

export const socialFontFamilies = { display: "Cormorant Garamond", text: "Source Serif 4" } as const;

const read = (file: string) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), file));

let fonts: ReturnType<typeof loadFonts> | undefined;

async function loadFonts() {
  const [display, text] = await Promise.all([read(files.display), read(files.text)]);
  return [
    { name: socialFontFamilies.display, data: display, weight: 600 as const, style: "normal" as const },
    { name: socialFontFamilies.text, data: text, weight: 400 as const, style: "normal" as const },
  ];
}

/** Loaded once per process: every article's image uses the same two files. */
export function socialFonts() {
  fonts ??= loadFonts();
  return fonts;
}
