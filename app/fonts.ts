import localFont from "next/font/local";

/*
 * Self-hosted Latin subsets from @fontsource (no network at build or run time). Only two files
 * are preloaded — the display face and the regular text face — because they paint the first
 * screen; italic and semibold are separate families that load when a page uses them.
 *
 * `optional`: a face that is not there by the first paint is not swapped in later, so nothing on
 * the page ever moves (CLS 0); it is cached for the next page. A metric-matched fallback alone
 * cannot promise that: its `local()` face is Times New Roman or Arial, which many phones and this
 * machine's Chromium do not have (docs/design.md, "Type"). Where Times New Roman is installed, the
 * fallback a slow first visit shows is scaled to the serif faces' metrics. next/font takes only
 * literal options, so each call spells them out.
 */
export const displayFont = localFont({
  src: "../node_modules/@fontsource/cormorant-garamond/files/cormorant-garamond-latin-600-normal.woff2",
  weight: "600",
  style: "normal",
  variable: "--font-display-face",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
});

export const textFont = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  variable: "--font-text-face",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
});

export const textItalicFont = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2",
  weight: "400",
  style: "italic",
  variable: "--font-text-italic-face",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
  preload: false,
});

export const textStrongFont = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2",
  weight: "600",
  style: "normal",
  variable: "--font-text-strong-face",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "serif"],
  preload: false,
});

export const fontVariables = [displayFont, textFont, textItalicFont, textStrongFont].map((font) => font.variable).join(" ");
