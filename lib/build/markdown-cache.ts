import { z } from "zod";
import { cacheKey, readEntry, writeEntry } from "@/lib/build/cache";
import { renderArticle, type RenderedArticle } from "@/lib/content/markdown";
import { stampOf } from "@/lib/content/rehype-photos";
import { photoSchema } from "@/lib/images/variants";

/**
 * Bump when the Markdown pipeline's output changes (plugins, allowlist, heading ids), so that
 * every cached render is redone.
 */
export const RENDERER_VERSION = 14;

/** A cache entry as written below; anything else on disk (another version, a damaged file) is a miss. */
const renderedArticleSchema = z.object({
  html: z.string(),
  headings: z.array(z.object({ id: z.string(), text: z.string(), depth: z.union([z.literal(2), z.literal(3)]) })),
  images: z.array(z.object({ file: z.string(), size: z.number(), mtimeMs: z.number() })),
  photos: z.array(photoSchema),
}) satisfies z.ZodType<RenderedArticle>;

function parse(entry: Buffer | undefined): RenderedArticle | undefined {
  // Stryker disable next-line ConditionalExpression: without it, reading the missing entry throws, and the catch below gives undefined too.
  if (!entry) return undefined;
  try {
    const cached = renderedArticleSchema.parse(JSON.parse(entry.toString("utf8")));
    // Image sizes are baked into the HTML: a changed image file makes the entry stale.
    const fresh = cached.images.every((image) => {
      const now = stampOf(image.file);
      return now.size === image.size && now.mtimeMs === image.mtimeMs;
    });
    return fresh ? cached : undefined;
  } catch /* Stryker disable next-line BlockStatement: an empty catch gives undefined too. */ {
    return undefined;
  }
}

/**
 * Renders an article through the build cache (lib/build/cache.ts), so a rebuild converts only
 * the articles whose Markdown changed.
 */
export async function renderArticleCached(markdown: string, options: { publicDir: string; cacheDir: string | undefined }): Promise<RenderedArticle> {
  // Stryker disable next-line ConditionalExpression: without it, cacache refuses the missing folder on reading and writing (both caught), the article is rendered all the same, and nothing is written anywhere.
  if (!options.cacheDir) return renderArticle(markdown, options);
  const key = cacheKey(String(RENDERER_VERSION), options.publicDir, markdown);
  const cached = parse(await readEntry(options.cacheDir, key));
  if (cached) return cached;
  const rendered = await renderArticle(markdown, options);
  await writeEntry(options.cacheDir, key, JSON.stringify(rendered));
  return rendered;
}
