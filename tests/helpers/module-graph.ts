import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { projectRoot } from "./run-script";

/** What a bundler follows from a set of entry files: the project's own files and the packages they name. */
export type ModuleGraph = { files: Set<string>; packages: Set<string> };

const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The project file `specifier` names from `from`, or undefined for a package or a Node.js module. */
function resolveFile(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(projectRoot, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  for (const extension of EXTENSIONS) {
    const file = `${base}${extension}`;
    if (existsSync(file) && !file.endsWith("/")) return file;
  }
  throw new Error(`${path.relative(projectRoot, from)} imports ${specifier}, which is not a file`);
}

/** `@scope/name` or `name`, without the path inside the package. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Whether an import brings in no value: `import type …`, or only `type` names. */
function typeOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** The modules a file imports for their values, static imports, re-exports and `import()` alike. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !typeOnly(node.importClause)) found.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every project file and package reachable from `entries` (paths from the project root), as
 * Turbopack follows them: `import()` included, since it compiles those chunks with the page.
 */
export function moduleGraph(entries: readonly string[]): ModuleGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => path.join(projectRoot, entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const relative = path.relative(projectRoot, file);
    if (files.has(relative)) continue;
    files.add(relative);
    // A stylesheet or a font is a file the page uses, not code with imports of its own.
    if (!/\.(tsx?|mjs|js)$/.test(file)) continue;
    for (const specifier of importsOf(file)) {
      const resolved = resolveFile(specifier, file);
      if (resolved) queue.push(resolved);
      else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  }
  return { files, packages };
}
