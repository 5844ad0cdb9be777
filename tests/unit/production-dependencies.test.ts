import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** What `next build` and `next start` load: a host that installs with `npm ci --omit=dev` has only `dependencies`. */
const BUILT = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts"];

function sourceFiles(entry: string): string[] {
  if (/\.(ts|tsx|mjs)$/.test(entry)) return [entry];
  return readdirSync(entry, { withFileTypes: true }).flatMap((child) => (child.isDirectory() || /\.(ts|tsx|mjs)$/.test(child.name) ? sourceFiles(path.join(entry, child.name)) : []));
}

/** The packages a file imports for their code (`import type` brings nothing at run time). */
function importedPackages(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const specifiers = source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) || (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier)
      ? [statement.moduleSpecifier]
      : [],
  );
  return specifiers
    .flatMap((specifier) => (specifier && ts.isStringLiteral(specifier) ? [specifier.text] : []))
    .filter((name) => !name.startsWith(".") && !name.startsWith("@/") && !name.startsWith("node:") && !builtinModules.includes(name))
    .map((name) => name.split("/").slice(0, name.startsWith("@") ? 2 : 1).join("/"));
}

describe("production dependencies", () => {
  it("hold every package the site's build and server import (sharp makes the photo variants at build time)", () => {
    const { dependencies } = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    const imported = new Set(BUILT.flatMap(sourceFiles).flatMap(importedPackages));
    expect(imported.has("sharp"), "lib/images imports sharp").toBe(true);
    expect([...imported].filter((name) => !(name in dependencies)).sort()).toEqual([]);
  });
});
