import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderArticle, type RenderedArticle } from "./markdown";
import { stampOf } from "./rehype-image-size";

/**
 * Bump when the Markdown pipeline's output changes (plugins, allowlist, heading ids), so that
 * every cached render is redone.
 */
export const RENDERER_VERSION = 1;

function keyOf(markdown: string, publicDir: string): string {
  return createHash("sha256").update(`${RENDERER_VERSION}\0${publicDir}\0${markdown}`).digest("hex");
}

function read(file: string): RenderedArticle | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as RenderedArticle;
    // Image sizes are baked into the HTML: a changed image file makes the entry stale.
    const fresh = cached.images.every((image) => {
      const now = stampOf(image.file);
      return now.size === image.size && now.mtimeMs === image.mtimeMs;
    });
    return fresh ? cached : undefined;
  } catch {
    return undefined;
  }
}

function write(file: string, rendered: RenderedArticle) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(rendered));
    // Rename is atomic: a parallel build worker never reads half an entry.
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next build some time.
  }
}

/**
 * Renders an article through a content-hash cache on disk (under `.next/cache`), so a rebuild
 * converts only the articles whose Markdown changed.
 */
export async function renderArticleCached(markdown: string, options: { publicDir: string; cacheDir: string | undefined }): Promise<RenderedArticle> {
  if (!options.cacheDir) return renderArticle(markdown, options);
  const key = keyOf(markdown, options.publicDir);
  const file = path.join(options.cacheDir, key.slice(0, 2), `${key}.json`);
  const cached = read(file);
  if (cached) return cached;
  const rendered = await renderArticle(markdown, options);
  write(file, rendered);
  return rendered;
}
