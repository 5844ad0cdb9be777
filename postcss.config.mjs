// @ts-check
import path from "node:path";

const config = {
  plugins: {
    // Tailwind resolves `@config "../tailwind.config.ts"` from the stylesheet's folder, but falls
    // back to `base` when the bundler omits the file name (Turbopack sometimes does): pin it to
    // app/, where globals.css lives. Class scanning still follows the config's `content` globs.
    "@tailwindcss/postcss": { base: path.resolve("app") },
  },
};

export default config;
