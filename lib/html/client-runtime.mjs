// @ts-check
// Plain JavaScript, not TypeScript: the build adapter (scripts/next-adapter.mjs) imports it into
// `next build`, which loads adapters with Node.js 20's own loader.

/*
 * A prerendered App Router page ships the React + Next.js runtime (about 130 KB gzipped) and its
 * own RSC payload inlined as `self.__next_f.push(…)` scripts, so that it can hydrate. A page that
 * renders no client component of ours has nothing to hydrate: its HTML is the whole page. These
 * functions find such pages and take the runtime out of them. Next.js has no switch for this in
 * the App Router (vercel/next.js#45009), hence a post-build step.
 */

/** `<script src=…/_next/static/…>`: the runtime's chunks (framework, main-app, webpack, polyfills). */
const RUNTIME_CHUNK = /<script src="[^"]*\/_next\/static\/[^"]*"[^>]*><\/script>/g;
/**
 * The inlined RSC payload. React escapes `<` inside it, so the first `</script>` ends it.
 */
const RSC_PAYLOAD = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
/** `<link rel="preload" as="script" …/>` hints for the chunks above. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;
const ANY_SCRIPT = /<script\b[^>]*>/g;
const STRUCTURED_DATA = '<script type="application/ld+json">';

/**
 * Whether the page renders one of our client components. In the RSC payload each client
 * component is a row `I[moduleId,[chunks…],"export"]`; Next.js's own (layout router, boundaries)
 * live in the runtime's main bundle and list no chunks, ours always list the chunks that hold them.
 * In the HTML the payload is a JavaScript string, so its quotes may be escaped.
 * @param {string} html
 */
export function rendersClientComponents(html) {
  return /I\[\d+,\[\\?"/.test(html);
}

/**
 * The page without the runtime, or `undefined` when it must keep it: it renders a client
 * component, or it holds a script this function does not know (a Suspense boundary streamed
 * out of order, say), which might need the runtime to show the page at all.
 * Structured data (`application/ld+json`) stays.
 * @param {string} html
 * @returns {string | undefined}
 */
export function withoutClientRuntime(html) {
  if (rendersClientComponents(html)) return undefined;
  const stripped = html.replace(RSC_PAYLOAD, "").replace(RUNTIME_CHUNK, "").replace(SCRIPT_PRELOAD, "");
  const scriptsLeft = stripped.match(ANY_SCRIPT) ?? [];
  if (scriptsLeft.some((tag) => tag !== STRUCTURED_DATA)) return undefined;
  return stripped;
}
