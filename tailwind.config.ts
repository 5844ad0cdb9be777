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
  plugins: [typography],
};

export default config;
