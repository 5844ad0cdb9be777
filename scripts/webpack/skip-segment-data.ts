/**
 * Stops production builds from writing per-segment prefetch files (next.config.ts `webpack`).
 *
 * For every prerendered page Next.js decodes its whole RSC payload and encodes it again, one
 * file per layout segment, for the client router to prefetch a link's segments. These pages have
 * no client router: links are plain `<a>` (eslint.config.mjs forbids `next/link` and
 * `useRouter`), and the build adapter removes the runtime from every page but `/search`
 * (docs/architecture.md). That work was 40–45% of
 * prerendering: 1,618 pages took 22.8–26.3 s with it and 12.5–13.9 s without.
 *
 * Next.js has no setting for it, so the module that produces the data is replaced, in the server
 * bundles only, by `no-segment-data.mjs`, which produces none.
 */
import path from "node:path";

/** Next.js's module, in its CommonJS and ES module builds. */
export const SEGMENT_DATA_MODULE = /[\\/]next[\\/]dist[\\/](esm[\\/])?server[\\/]app-render[\\/]collect-segment-data(\.js)?$/;

// Builds run in the project folder (as for `adapterPath` in next.config.ts).
const replacement = path.join(process.cwd(), "scripts", "webpack", "no-segment-data.mjs");

type Webpack = { NormalModuleReplacementPlugin: new (pattern: RegExp, replacement: string) => unknown };

export function skipSegmentData(config: { plugins?: unknown[] }, webpack: Webpack): void {
  (config.plugins ??= []).push(new webpack.NormalModuleReplacementPlugin(SEGMENT_DATA_MODULE, replacement));
}
