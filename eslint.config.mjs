// @ts-check
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-hostile/**", ".next-test/**", ".next-preview/**", ".next-bench-*/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      // Pages link with plain <a> on purpose: next/link's router code and the RSC prefetches it
      // fires would cost every reader more than a full load of a small prerendered page
      // (docs/architecture.md, "Performance").
      "@next/next/no-html-link-for-pages": "off",
      // The build writes no per-segment prefetch files for a client router to fetch
      // (scripts/webpack/skip-segment-data.ts).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Link with a plain <a>: the build writes no prefetch data for next/link (scripts/webpack/skip-segment-data.ts)." },
            { name: "next/navigation", importNames: ["useRouter"], message: "Navigate with a plain <a> or a form: the build writes no prefetch data for the client router (scripts/webpack/skip-segment-data.ts)." },
          ],
        },
      ],
      // A replacement string is a pattern (`$&`, `$'`, `` $` ``): a title passed as one rewrites
      // the text (docs/security.md). Replace with a literal or a function.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.type!=/^(Literal|ArrowFunctionExpression|FunctionExpression)$/]",
          message: "Pass a string literal or a function as the replacement: any other string is read as a pattern ($&, $', $`).",
        },
      ],
    },
  },
];

export default config;
