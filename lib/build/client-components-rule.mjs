// @ts-check
/*
 * An ESLint rule for the zero-JavaScript rule (lib/client-routes.mjs): a client component (a
 * module that starts with "use client") may be imported only by files in the folder of a declared
 * route under app/, and a file outside those folders may not be a client component of its own
 * in app/. Imports are resolved on disk (the `@/` alias, relative paths, the usual extensions).
 * Type-only imports and exports are left alone: TypeScript erases them, so they ship nothing.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { clientRoutes } from "../client-routes.mjs";

const EXTENSIONS = ["", ".tsx", ".ts", ".jsx", ".js", ".mjs", "/index.tsx", "/index.ts"];

/**
 * Whether the module's first statement is the "use client" directive. Read at each lint, not
 * remembered: an editor's ESLint stays loaded while components change.
 * @param {string} file
 */
function isClientModule(file) {
  // Comments may come first: without them, the directive is the first thing in the file.
  const code = readFileSync(file, "utf8").replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").trimStart();
  return /^["']use client["']/.test(code);
}

/**
 * The file an import names, or undefined for packages and files that do not exist.
 * @param {string} specifier
 * @param {string} importer
 * @param {string} root
 */
function resolveImport(specifier, importer, root) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(importer), specifier);
  else return undefined;
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * The app/ folders of the declared routes (`/search` → `app/search/`).
 * @param {string} root
 */
function routeFolders(root) {
  return clientRoutes.map((route) => path.join(root, "app", route) + path.sep);
}

/**
 * Whether TypeScript erases the statement: `import type`, `export type`, or braces that hold only
 * `type` names (TypeScript ESTree's `importKind`/`exportKind`; absent when parsed as JavaScript).
 * @param {object} node
 */
function isTypeOnly(node) {
  if (isTypeMarked(node)) return true;
  const specifiers = "specifiers" in node && Array.isArray(node.specifiers) ? node.specifiers : [];
  return specifiers.length > 0 && specifiers.every(isTypeMarked);
}

/** @param {object} node */
function isTypeMarked(node) {
  return ("importKind" in node && node.importKind === "type") || ("exportKind" in node && node.exportKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Client components only on the routes declared in lib/client-routes.mjs" },
    schema: [],
    messages: {
      importOutside:
        "{{name}} is a client component: only the routes declared in lib/client-routes.mjs ({{routes}}) may import one, so that every other page ships no JavaScript. Make it a server component, or declare the route.",
      clientOutside:
        "This is a client component outside the routes declared in lib/client-routes.mjs ({{routes}}): pages there ship no JavaScript. Make it a server component, or declare the route.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const allowed = routeFolders(root).some((folder) => file.startsWith(folder));
    if (allowed) return {};
    const routes = clientRoutes.join(", ");
    /** @param {import("estree").Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== "string" || isTypeOnly(node)) return;
      const target = resolveImport(source, file, root);
      if (target && isClientModule(target)) context.report({ node, messageId: "importOutside", data: { name: path.relative(root, target), routes } });
    };
    return {
      Program(node) {
        const inApp = file.startsWith(path.join(root, "app") + path.sep);
        const first = node.body[0];
        if (inApp && first?.type === "ExpressionStatement" && "directive" in first && first.directive === "use client") context.report({ node: first, messageId: "clientOutside", data: { routes } });
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      // Stryker disable next-line ConditionalExpression: a source other than a literal has no `value`, and check() skips undefined.
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source.value : undefined),
    };
  },
};

const plugin = { rules: { "client-components": rule } };

export default plugin;
