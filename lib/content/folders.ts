import path from "node:path";

/*
 * `CONTENT_DIR` points the site at another content folder (benchmarks, tests); `PUBLIC_DIR`
 * likewise. Content is read at build time only, so the bundler must not trace these paths.
 * A module of its own, so that the preview's file watcher (instrumentation.ts) names the folder
 * without bringing the content loader into the code `next dev` compiles before the first page.
 */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

export function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? "public");
}
