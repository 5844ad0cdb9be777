/**
 * Skips webpack's per-route file tracing in production builds (next.config.ts `webpack`).
 *
 * Next.js traces every file each route could read at run time (`@vercel/nft`), so that a
 * standalone or serverless deployment can copy just those. This site runs `next start` in the
 * project folder or ships the static copy, so the traces are never read, and on two cores they
 * were the largest part of compiling: 10–16 s of the server compilation, then 5 s more beside the
 * prerender workers to trace the emitted chunks. The plugin still writes each route's
 * `.nft.json`, listing its webpack chunks, which Next.js's adapter step reads.
 *
 * Next.js has no setting for this: `outputFileTracingExcludes` only filters the result.
 */
type TracePlugin = {
  tapfinishModules: (...args: unknown[]) => void;
  createTraceAssets: (...args: unknown[]) => Promise<void>;
  buildTraceContext: { chunksTrace?: unknown };
};

function isTracePlugin(plugin: unknown): plugin is TracePlugin {
  return (
    typeof plugin === "object" &&
    plugin !== null &&
    plugin.constructor.name === "TraceEntryPointsPlugin" &&
    "tapfinishModules" in plugin &&
    "createTraceAssets" in plugin &&
    "buildTraceContext" in plugin
  );
}

/** Returns whether the plugin was found: a Next.js upgrade that renames it makes builds slower, not wrong. */
export function skipEntryTracing(config: { plugins?: unknown[] }): boolean {
  const plugin = config.plugins?.find(isTracePlugin);
  if (!plugin) return false;
  // The modules' own trace (`finishModules`): nothing is traced, so each route lists only its chunks.
  plugin.tapfinishModules = () => {};
  const createTraceAssets = plugin.createTraceAssets.bind(plugin);
  plugin.createTraceAssets = async (...args) => {
    await createTraceAssets(...args);
    // Without chunks to trace, Next.js's main process traces nothing after compiling.
    delete plugin.buildTraceContext.chunksTrace;
  };
  return true;
}
