import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own ESLint config, as `npm run lint` reads it, on a line of source a file would hold.
const eslint = new ESLint({ cwd: process.cwd() });

/** What `npm run lint` says about an import written at the top of `file`, by line. */
async function importTold(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${m.line}: ${m.message}`);
}

const contentImportsChecks =
  "The content pipeline never imports lib/checks/ (the checks read the pipeline, not the reverse): move what both need into lib/content/.";
const libImportsPages = "lib/ is what pages are built from, so it never imports app/ or components/: move what both need into lib/.";

describe("the project's lint config and the layers of docs/architecture.md", () => {
  it("tells the content pipeline it may not import lib/checks/, however the path is written", { timeout: 300_000 }, async () => {
    expect(await importTold("lib/content/slug.ts", 'import { renderers } from "../checks/renderers";')).toEqual([
      `1: '../checks/renderers' import is restricted from being used by a pattern. ${contentImportsChecks}`,
    ]);
    expect(await importTold("lib/content/slug.ts", 'import type { CheckOptions } from "@/lib/checks/check-collection";')).toEqual([
      `1: '@/lib/checks/check-collection' import is restricted from being used by a pattern. ${contentImportsChecks}`,
    ]);
  });

  it("lets the rest of lib/ import lib/checks/", async () => {
    expect(await importTold("lib/build/content-check.ts", 'import { renderers } from "../checks/renderers";')).toEqual([]);
  });

  it("tells lib/ it may not import app/ or components/, which pages may", async () => {
    expect(await importTold("lib/seo/json-ld.ts", 'import { SiteHeader } from "../../components/site-header";')).toEqual([
      `1: '../../components/site-header' import is restricted from being used by a pattern. ${libImportsPages}`,
    ]);
    expect(await importTold("lib/content/slug.ts", 'import Page from "@/app/about/page";')).toEqual([
      `1: '@/app/about/page' import is restricted from being used by a pattern. ${libImportsPages}`,
    ]);
    expect(await importTold("app/about/page.tsx", 'import { SiteHeader } from "@/components/site-header";')).toEqual([]);
  });

  it("still forbids next/link in lib/content/, where the layers' setting replaces the site-wide one", async () => {
    expect(await importTold("lib/content/slug.ts", 'import Link from "next/link";')).toEqual([
      "1: 'next/link' import is restricted from being used. Link with a plain <a>: next/link is client JavaScript, which pages outside lib/client-routes.mjs do not ship.",
    ]);
  });
});
