// @ts-check
// Plain JavaScript, not TypeScript: the build adapter (lib/build/next-adapter.mjs) imports it into
// `next build`, which loads adapters with Node.js 20's own loader.

/*
 * A prerendered App Router page ships the React + Next.js runtime (about 130 KB gzipped) and its
 * own RSC payload inlined as `self.__next_f.push(…)` scripts, so that it can hydrate. A page that
 * renders no client component of ours has nothing to hydrate: its HTML is the whole page. These
 * functions find such pages and take the runtime out of them. Next.js has no switch for this in
 * the App Router (vercel/next.js#45009), hence a post-build step.
 */

/** `<script src=…/_next/static/…>`: the runtime's chunks (framework, main-app, polyfills…). */
const RUNTIME_CHUNK = /<script src="[^"]*\/_next\/static\/[^"]*"[^>]*><\/script>/g;
/**
 * The inlined RSC payload, and Turbopack's list of the chunks to load. React escapes `<` inside
 * them, so the first `</script>` ends each.
 */
const INLINE_RUNTIME = /<script>\(?self\.__next_f[\s\S]*?<\/script>|<script id="_R_">\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g;
/** `<link rel="preload" as="script" …/>` hints for the chunks above. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;
const ANY_SCRIPT = /<script\b[^>]*>/g;
const STRUCTURED_DATA = '<script type="application/ld+json">';
/**
 * A client component in the RSC payload: a row `I[moduleId,[chunks…],"export"]`. In the HTML the
 * payload is a JavaScript string, so quotes around a module id may be escaped.
 */
const CLIENT_REFERENCE = /I\[(\d+|\\?"[^"\\]*\\?"),\[/g;

/**
 * The module ids of our own client components, from a build's client reference manifests
 * (`clientModules`, keyed by source path): Next.js's own, under node_modules, are left out.
 * @param {Iterable<{ clientModules?: Record<string, { id: string | number }> }>} manifests
 * @returns {Set<string>}
 */
export function ownClientModuleIds(manifests) {
  const ids = new Set();
  for (const { clientModules = {} } of manifests) {
    for (const [source, { id }] of Object.entries(clientModules)) {
      if (!source.includes("/node_modules/") && !/\.css($|#)/.test(source)) ids.add(String(id));
    }
  }
  return ids;
}

/**
 * Whether the page renders one of our client components (module ids from `ownClientModuleIds`).
 * @param {string} html
 * @param {ReadonlySet<string>} ownIds
 */
export function rendersClientComponents(html, ownIds) {
  for (const [, id = ""] of html.matchAll(CLIENT_REFERENCE)) {
    if (ownIds.has(id.replace(/^\\?"|\\?"$/g, ""))) return true;
  }
  return false;
}

/**
 * The page without the runtime, or `undefined` when it must keep it: it renders one of our client
 * components, or it holds a script this function does not know (a Suspense boundary streamed
 * out of order, say), which might need the runtime to show the page at all.
 * Structured data (`application/ld+json`) stays.
 * @param {string} html
 * @param {ReadonlySet<string>} ownIds
 * @returns {string | undefined}
 */
export function withoutClientRuntime(html, ownIds) {
  if (rendersClientComponents(html, ownIds)) return undefined;
  const stripped = html.replace(INLINE_RUNTIME, "").replace(RUNTIME_CHUNK, "").replace(SCRIPT_PRELOAD, "");
  const scriptsLeft = stripped.match(ANY_SCRIPT) ?? [];
  if (scriptsLeft.some((tag) => tag !== STRUCTURED_DATA)) return undefined;
  return stripped;
}
