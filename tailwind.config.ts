import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

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
