import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectPrefetchHints, collectSegmentData } from "@/scripts/webpack/no-segment-data.mjs";
import { SEGMENT_DATA_MODULE, skipSegmentData } from "@/scripts/webpack/skip-segment-data";

const require = createRequire(import.meta.url);
// The webpack Next.js builds with, as its `webpack` hook receives it.
const { webpack } = require("next/dist/compiled/webpack/webpack") as { webpack: { NormalModuleReplacementPlugin: new (pattern: RegExp, replacement: string) => object } };

describe("skipping the per-segment prefetch data", () => {
  it("names the module Next.js's page bundles take it from, in both of Next.js's builds", () => {
    for (const build of ["next/dist/server/app-render", "next/dist/esm/server/app-render"]) {
      const entryBase = require.resolve(`${build}/entry-base.js`);
      // An upgrade that moves the function elsewhere fails here, not silently in the build.
      const source = readFileSync(entryBase, "utf8");
      expect(source).toContain("collectSegmentData");
      expect(source).toMatch(/["']\.\/collect-segment-data["']/);
      const resolved = require.resolve(path.join(path.dirname(entryBase), "collect-segment-data.js"));
      expect(resolved).toMatch(SEGMENT_DATA_MODULE);
    }
    expect("/site/node_modules/next/dist/server/app-render/collect-segment-data-extra.js").not.toMatch(SEGMENT_DATA_MODULE);
    expect("/site/node_modules/next/dist/server/app-render/app-render.js").not.toMatch(SEGMENT_DATA_MODULE);
  });

  it("replaces it in the server bundles with a module that produces none", () => {
    const config: { plugins?: unknown[] } = {};
    skipSegmentData(config, webpack);
    const plugin = config.plugins?.[0] as { resourceRegExp: RegExp; newResource: string };
    expect(plugin).toBeInstanceOf(webpack.NormalModuleReplacementPlugin);
    expect(plugin.resourceRegExp).toBe(SEGMENT_DATA_MODULE);
    expect(plugin.newResource).toBe(path.resolve("scripts/webpack/no-segment-data.mjs"));
  });

  it("gives Next.js no segments (so it writes none), and refuses prefetch hints loudly", async () => {
    await expect(collectSegmentData()).resolves.toBeUndefined();
    await expect(collectPrefetchHints()).rejects.toThrow(/skip-segment-data/);
  });
});
