import path from "node:path";
import { loadCollection } from "../../lib/content/load";

/** The site's own content, loaded the way the build loads it, so tests follow the articles. */
export async function publishedContent() {
  const collection = await loadCollection({
    contentDir: path.resolve(process.env.CONTENT_DIR ?? "content"),
    publicDir: path.resolve(process.env.PUBLIC_DIR ?? "public"),
    now: new Date(),
    includeUnpublished: false,
  });
  if (collection.issues.length > 0) throw new Error(`content has problems: ${collection.issues.map((i) => i.message).join("; ")}`);
  return collection;
}
