import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

/*
 * The typography plugin's colours, set to the journal's palette. `prose` otherwise declares a grey
 * palette and its `prose-invert` twin, with a second copy of each for browsers that read `lab()`:
 * about 3 KB in every article's inline stylesheet, overridden by the journal's colours or unused.
 * `null` leaves a colour out. The lead paragraph and `<kbd>` keep the plugin's own colours.
 */
const PROSE_COLOURS = {
  body: "var(--ink)",
  headings: "var(--ink)",
  links: "var(--accent)",
  bold: "var(--ink)",
  counters: "var(--muted)",
  bullets: "var(--accent)",
  hr: "var(--rule)",
  quotes: "var(--ink)",
  "quote-borders": "var(--accent)",
  captions: "var(--muted)",
  code: "var(--ink)",
  "pre-code": "var(--ink)",
  "pre-bg": "var(--paper-raised)",
  "th-borders": "var(--rule)",
  "td-borders": "var(--rule)",
};
const INVERTED = [...Object.keys(PROSE_COLOURS), "lead", "kbd", "kbd-shadows"];

/*
 * Colours are CSS variables (set in app/globals.css for light and dark), so one set of
 * utility classes serves both themes and the theme follows the system without JavaScript.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        paper: "var(--paper)",
        "paper-raised": "var(--paper-raised)",
        ink: "var(--ink)",
        muted: "var(--muted)",
        rule: "var(--rule)",
        accent: "var(--accent)",
      },
      fontFamily: {
        display: "var(--font-display)",
        body: "var(--font-body)",
      },
      maxWidth: {
        measure: "68ch",
      },
      typography: {
        DEFAULT: {
          css: {
            ...Object.fromEntries(Object.entries(PROSE_COLOURS).map(([name, value]) => [`--tw-prose-${name}`, value])),
            ...Object.fromEntries(INVERTED.map((name) => [`--tw-prose-invert-${name}`, null])),
          },
        },
      },
    },
  },
  /*
   * `legacy` writes the typography rules as plain descendant selectors (`.prose p`) instead of
   * wrapping each in `:where(…):not(:where([class~="not-prose"] …))`: a fifth smaller, and readable
   * by the build's per-page cut of the stylesheet (lib/build/critical-css.mjs), which keeps a rule
   * only where the page holds its element. The higher specificity changes nothing we draw: the
   * journal's own `.prose-journal` rules are unlayered and win either way, and the article HTML
   * inside `.prose` carries no utility classes (docs/design.md, "Typography").
   */
  plugins: [typography({ target: "legacy" })],
};

export default config;
