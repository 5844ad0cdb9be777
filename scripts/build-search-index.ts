/**
 * The search index, as a step of `next build`: the build adapter (lib/build/next-adapter.mjs)
 * runs this once every page is written, with the build's environment (CONTENT_DIR,
 * NEXT_DIST_DIR), so the Markdown comes from the build cache the prerendering filled.
 *
 *   node --import tsx scripts/build-search-index.ts <folder>
 */
import path from "node:path";
import { writeSearchIndex } from "@/lib/build/search-index";

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("Usage: node --import tsx scripts/build-search-index.ts <folder>");
  process.exit(2);
}
const index = await writeSearchIndex(path.resolve(outDir));
console.log(`Search index: ${index.files.length} files in ${index.shards.length + 1} bundle(s), in ${path.relative(process.cwd(), outDir) || "."}/.`);
