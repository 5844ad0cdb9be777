import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter, RuleTester } from "eslint";
import { describe, expect, it, vi } from "vitest";
import plugin from "@/lib/build/client-components-rule.mjs";

// The rule alone, as ESLint's RuleTester runs it: no project config, no type information. The
// routes are declared here as a studio that added a second, nested one would declare them.
vi.mock("@/lib/client-routes.mjs", () => ({ clientRoutes: ["/search", "/studio/map"] }));

RuleTester.describe = describe;
RuleTester.it = it;

const root = process.cwd();
const at = (file: string) => path.join(root, file);
// Client and server components on disk for the rule to read; tests/fixtures/client-components/.
const fixtures = "@/tests/fixtures/client-components";
const routes = "/search, /studio/map";
const likeButton = "tests/fixtures/client-components/like-button.tsx";
const importsLikeButton = `import { LikeButton } from "${fixtures}/like-button";\n`;

const ruleTester = new RuleTester();
const typescript = { parser: tsParser };
const rule = plugin.rules["client-components"];

ruleTester.run("journal/client-components", rule, {
  valid: [
    { name: "a declared route's page imports a client component", filename: at("app/search/page.tsx"), code: importsLikeButton },
    { name: "a nested declared route's page imports one", filename: at("app/studio/map/page.tsx"), code: importsLikeButton },
    { name: "a declared route's folder has a client component of its own", filename: at("app/search/error.tsx"), code: '"use client";\n\nexport default function SearchError() {}\n' },
    { name: "a client component in components/ is not a page", filename: at("components/like-button.tsx"), code: '"use client";\n\nexport function LikeButton() {}\n' },
    {
      name: "server components and packages are left alone",
      filename: at("app/about/page.tsx"),
      code: `import { PriceTag } from "${fixtures}/price-tag";\nimport { directiveHint } from "${fixtures}/directive-hint";\nimport { notFound } from "next/navigation";\nimport { ImageResponse } from "@vercel/og";\n`,
    },
    {
      name: "a package named like a file beside the importer is still a package",
      filename: at("tests/fixtures/client-components/price-list.tsx"),
      code: 'import { LikeButton } from "like-button";\n',
    },
    { name: "an import of a file that does not exist is left to TypeScript", filename: at("app/about/page.tsx"), code: 'import { StudioMap } from "./studio-map";\n' },
    { name: "exports without a source", filename: at("components/site-header.tsx"), code: 'const year = 2026;\nexport { year };\nexport const studio = "Atelier";\n' },
    {
      name: "dynamic imports of names known only at run time",
      filename: at("components/site-header.tsx"),
      code: `export function load(name) {\n  return [import(name), import(\`${fixtures}/\${name}\`)];\n}\n`,
    },
    { name: "a server action file in an undeclared route", filename: at("app/about/actions.ts"), code: '"use server";\n\nexport async function subscribe() {}\n' },
    { name: "an empty file in an undeclared route", filename: at("app/about/page.tsx"), code: "" },
    {
      name: "type-only imports and exports, which TypeScript erases",
      filename: at("app/about/page.tsx"),
      code: `import type { LikeButtonProps } from "${fixtures}/like-button";\nimport { type LikeButtonProps as Props, type LikeCount } from "${fixtures}/like-button";\nexport type { LikeButtonProps } from "${fixtures}/like-button";\nexport { type LikeCount } from "${fixtures}/like-button";\nexport type * from "${fixtures}/like-button";\n`,
      languageOptions: typescript,
    },
  ],
  invalid: [
    {
      name: "a page of an undeclared route imports a client component",
      filename: at("app/about/page.tsx"),
      code: `${importsLikeButton}\nexport default function AboutPage(): React.ReactNode {\n  return <LikeButton />;\n}\n`,
      languageOptions: typescript,
      errors: [
        {
          message:
            "tests/fixtures/client-components/like-button.tsx is a client component: only the routes declared in lib/client-routes.mjs (/search, /studio/map) may import one, so that every other page ships no JavaScript. Make it a server component, or declare the route.",
          type: "ImportDeclaration",
          line: 1,
        },
      ],
    },
    {
      name: "a relative import",
      filename: at("app/about/page.tsx"),
      code: 'import { LikeButton } from "../../tests/fixtures/client-components/like-button";\n',
      errors: [{ messageId: "importOutside", data: { name: likeButton, routes } }],
    },
    { name: "the parent of a declared route", filename: at("app/studio/page.tsx"), code: importsLikeButton, errors: [{ messageId: "importOutside", data: { name: likeButton, routes } }] },
    { name: "a route whose name starts with a declared one", filename: at("app/search-tips/page.tsx"), code: importsLikeButton, errors: [{ messageId: "importOutside", data: { name: likeButton, routes } }] },
    {
      name: "a server component re-exports one, which would carry it onto other pages",
      filename: at("components/site-header.tsx"),
      code: `export { LikeButton } from "${fixtures}/like-button";\nexport * from "${fixtures}/like-button";\n`,
      errors: [
        { messageId: "importOutside", data: { name: likeButton, routes }, type: "ExportNamedDeclaration" },
        { messageId: "importOutside", data: { name: likeButton, routes }, type: "ExportAllDeclaration" },
      ],
    },
    {
      name: "a server component imports one dynamically",
      filename: at("components/site-header.tsx"),
      code: `export function load() {\n  return import("${fixtures}/like-button");\n}\n`,
      errors: [{ messageId: "importOutside", data: { name: likeButton, routes }, type: "ImportExpression", line: 2 }],
    },
    {
      name: "imports resolved with the usual extensions, folders' index files, and comments or blank lines before the directive",
      filename: at("app/about/page.tsx"),
      code: ["zoom", "cart", "gallery", "ring-sizer", "clock", "counter", "like-button.tsx"].map((name) => `import "${fixtures}/${name}";\n`).join(""),
      errors: ["zoom.ts", "cart/index.ts", "gallery/index.tsx", "ring-sizer.jsx", "clock.js", "counter.mjs", "like-button.tsx"].map((name) => ({
        messageId: "importOutside",
        data: { name: `tests/fixtures/client-components/${name}`, routes },
      })),
    },
    {
      name: "an import that holds a component beside a type, and one that holds no name at all",
      filename: at("app/about/page.tsx"),
      code: `import { type LikeButtonProps, LikeButton } from "${fixtures}/like-button";\nimport {} from "${fixtures}/like-button";\n`,
      languageOptions: typescript,
      errors: [
        { messageId: "importOutside", data: { name: likeButton, routes }, line: 1 },
        { messageId: "importOutside", data: { name: likeButton, routes }, line: 2 },
      ],
    },
    {
      name: "a client component written in the folder of an undeclared route",
      filename: at("app/tags/error.tsx"),
      code: '"use client";\n\nexport default function TagsError() {}\n',
      errors: [
        {
          message:
            "This is a client component outside the routes declared in lib/client-routes.mjs (/search, /studio/map): pages there ship no JavaScript. Make it a server component, or declare the route.",
          type: "ExpressionStatement",
          line: 1,
        },
      ],
    },
  ],
});

describe("a component edited while ESLint stays loaded, as in an editor", () => {
  it("is read again at the next lint", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "client-component-"));
    const component = path.join(dir, "ring-viewer.tsx");
    const page = at("app/about/page.tsx");
    const code = `import { RingViewer } from "${path.relative(path.dirname(page), component)}";\n`;
    const linter = new Linter();
    const config = [{ files: ["**"], plugins: { journal: plugin }, rules: { "journal/client-components": "error" as const } }];
    const lint = () => linter.verify(code, config, page).map((problem) => problem.message);
    try {
      await writeFile(component, "export function RingViewer() {}\n");
      expect(lint()).toEqual([]);
      await writeFile(component, '"use client";\n\nexport function RingViewer() {}\n');
      expect(lint()).toEqual([expect.stringContaining("ring-viewer.tsx is a client component")]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
