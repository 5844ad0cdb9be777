import path from "node:path";
import { loadCollection } from "../../lib/content/load";

/** The attack corpus the `hostile` project's server is built from (see playwright.config.ts). */
export const HOSTILE_CONTENT_DIR = "tests/fixtures/hostile";

/** The site's own content, loaded the way the build loads it, so tests follow the articles. */
export async function publishedContent(contentDir = process.env.CONTENT_DIR ?? "content") {
  const collection = await loadCollection({
    contentDir: path.resolve(contentDir),
    publicDir: path.resolve(process.env.PUBLIC_DIR ?? "public"),
    now: new Date(),
    includeUnpublished: false,
  });
  if (collection.issues.length > 0) throw new Error(`content has problems: ${collection.issues.map((i) => i.message).join("; ")}`);
  return collection;
}
