/*
 * `next/font/google` offline: NEXT_FONT_GOOGLE_MOCKED_RESPONSES names a CommonJS module mapping
 * each Google Fonts CSS URL to the CSS Google would answer. Next.js then downloads every font URL
 * in that CSS, so the URLs point at a loopback server (font-server.ts) serving the same typeface
 * from a `@fontsource-variable` package.
 */

/** The blog starter's one request: `Inter({ subsets: ["latin"] })` in its src/app/layout.tsx. */
export const STARTER_FONT = { url: "https://fonts.googleapis.com/css2?family=Inter:wght@100..900&display=swap", family: "Inter", css: "@fontsource-variable/inter/wght.css" };

const FILE = /url\(\.\/files\/([^)]+)\) format\('woff2-variations'\)/g;

/**
 * Google's CSS for a variable font, made from fontsource's `wght.css`: each block headed by its
 * subset's name (`/* latin *\/`, which Next.js reads to choose what to preload), the family's own
 * name, and woff2 URLs under `origin`.
 */
export function googleCss(fontsourceCss: string, family: string, origin: string): string {
  const slug = family.toLowerCase().replaceAll(" ", "-");
  return fontsourceCss
    .replace(new RegExp(`/\\* ${slug}-(.+?)-wght-normal \\*/`, "g"), "/* $1 */")
    .replaceAll(`font-family: '${family} Variable';`, () => `font-family: '${family}';`)
    .replace(FILE, (_, file: string) => `url(${origin}/${file}) format('woff2')`);
}

/** The font files a fontsource stylesheet names (under its `files/` folder). */
export function fontFileNames(fontsourceCss: string): string[] {
  return [...fontsourceCss.matchAll(FILE)].map((match) => match[1] ?? "");
}

/** The module NEXT_FONT_GOOGLE_MOCKED_RESPONSES names. */
export function mockedResponsesModule(responses: Record<string, string>): string {
  return `module.exports = ${JSON.stringify(responses, null, 2)};\n`;
}
