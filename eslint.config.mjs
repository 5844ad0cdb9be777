// @ts-check
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import clientComponents from "./lib/build/client-components-rule.mjs";

// next/link and the client router are client code: pages outside lib/client-routes.mjs ship none.
const clientRouter = [
  { name: "next/link", message: "Link with a plain <a>: next/link is client JavaScript, which pages outside lib/client-routes.mjs do not ship." },
  { name: "next/navigation", importNames: ["useRouter"], message: "Navigate with a plain <a> or a form: the client router is JavaScript, which pages outside lib/client-routes.mjs do not ship." },
];

// The layers of docs/architecture.md ("Layout"), as import specifiers: relative or through `@/`.
const libLayer = {
  regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
  message: "lib/ is what pages are built from, so it never imports app/ or components/: move what both need into lib/.",
};
const contentLayer = {
  regex: "(^|/)lib/checks(/|$)|^\\.\\./checks(/|$)",
  message: "The content pipeline never imports lib/checks/ (the checks read the pipeline, not the reverse): move what both need into lib/content/.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-hostile/**", ".next-test/**", ".next-preview/**", ".next-oracle-*/**", ".stryker-tmp/**", "reports/**", ".next-bench-*/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      // Pages link with plain <a> on purpose: next/link's router code and the RSC prefetches it
      // fires would cost every reader more than a full load of a small prerendered page
      // (docs/architecture.md, "Performance").
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": ["error", { paths: clientRouter }],
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
  {
    // What pages are built from; tests import client components to test them.
    files: ["app/**", "components/**", "lib/**"],
    plugins: { journal: clientComponents },
    rules: { "journal/client-components": "error" },
  },
  // Each block repeats the one before's entries: a later block's setting for a rule replaces it.
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { paths: clientRouter, patterns: [libLayer] }] },
  },
  {
    files: ["lib/content/**"],
    rules: { "no-restricted-imports": ["error", { paths: clientRouter, patterns: [libLayer, contentLayer] }] },
  },
];

export default config;
