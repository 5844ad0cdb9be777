import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-hostile/**", ".next-test/**", ".next-bench-*/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      // Pages link with plain <a> on purpose: next/link's router code and the RSC prefetches it
      // fires would cost every reader more than a full load of a small prerendered page
      // (docs/architecture.md, "Performance").
      "@next/next/no-html-link-for-pages": "off",
    },
  },
];

export default config;
