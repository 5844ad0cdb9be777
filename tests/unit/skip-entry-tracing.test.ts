import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";
import { skipEntryTracing } from "@/scripts/webpack/skip-entry-tracing";

// Next.js's own plugin, as its webpack config builds it: the test fails when an upgrade renames
// or reshapes it, and the build would silently trace again.
const require = createRequire(import.meta.url);
const { TraceEntryPointsPlugin } = require("next/dist/build/webpack/plugins/next-trace-entrypoints-plugin") as {
  TraceEntryPointsPlugin: new (options: object) => {
    tapfinishModules: (compilation: unknown, span: unknown) => void;
    createTraceAssets: (compilation: unknown, span: unknown) => Promise<void>;
    buildTraceContext: { chunksTrace?: unknown };
  };
};

function tracePlugin() {
  return new TraceEntryPointsPlugin({ rootDir: "/site", appDir: "/site/app", appDirEnabled: true, traceIgnores: [], compilerType: "server" });
}

const span = { traceChild: () => span, traceAsyncFn: <T>(fn: () => T) => fn(), traceFn: <T>(fn: () => T) => fn() };

describe("skipEntryTracing", () => {
  it("finds Next.js's trace plugin among the others and stops it tracing the modules", () => {
    const plugin = tracePlugin();
    const config = { plugins: [{ apply() {} }, plugin] };
    expect(skipEntryTracing(config)).toBe(true);

    const tapAsync = vi.fn();
    plugin.tapfinishModules({ hooks: { finishModules: { tapAsync } } }, span);
    expect(tapAsync).not.toHaveBeenCalled();
  });

  it("still writes each route's trace file, listing its chunks, but leaves no chunks to trace after compiling", async () => {
    const plugin = tracePlugin();
    skipEntryTracing({ plugins: [plugin] });
    const emitted = new Map<string, string>();
    const chunk = { files: new Set(["chunks/42.js"]), auxiliaryFiles: new Set<string>() };
    const entrypoint = { name: "app/page", getEntrypointChunk: () => ({ getAllReferencedChunks: () => [chunk] }) };
    const compilation = {
      outputOptions: { path: "/site/.next/server" },
      entrypoints: new Map([["app/page", entrypoint]]),
      emitAsset: (name: string, source: { source: () => string }) => emitted.set(name, source.source()),
    };

    await plugin.createTraceAssets(compilation, span);

    const trace = JSON.parse(emitted.get("../app/page.js.nft.json") ?? "{}") as { files?: string[] };
    expect(trace.files).toContain("../server/chunks/42.js");
    expect(plugin.buildTraceContext.chunksTrace).toBeUndefined();
  });

  it("leaves a config without the plugin as it was", () => {
    const config = { plugins: [{ apply() {} }] };
    expect(skipEntryTracing(config)).toBe(false);
    expect(skipEntryTracing({})).toBe(false);
  });
});
