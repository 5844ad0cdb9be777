import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own ESLint config, as `npm run lint` reads it; the rule itself is tested in
// client-components-rule.test.ts. Computing a file's config parses nothing.
const eslint = new ESLint({ cwd: process.cwd() });

/** The rule's severity for a file, and the description of the rule the `journal` plugin brings. */
async function clientComponentsRule(file: string): Promise<{ severity: unknown; description: unknown }> {
  const config: Linter.Config = await eslint.calculateConfigForFile(file);
  return { severity: config.rules?.["journal/client-components"], description: config.plugins?.journal?.rules?.["client-components"]?.meta?.docs?.description };
}

describe("the project's lint config and client components", () => {
  it("checks what pages are built from: app/, components/ and lib/", { timeout: 300_000 }, async () => {
    for (const file of ["app/about/page.tsx", "components/site-header.tsx", "lib/content/markdown.ts"]) {
      expect(await clientComponentsRule(file), file).toEqual({ severity: [2], description: "Client components only on the routes declared in lib/client-routes.mjs" });
    }
  });

  it("leaves tests alone, which import client components to test them", async () => {
    expect((await clientComponentsRule("tests/component/search-box.test.tsx")).severity).toBeUndefined();
  });
});
