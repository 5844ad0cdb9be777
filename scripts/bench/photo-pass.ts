/**
 * One build's picture work, in a fresh process (as a build worker has no memory of the last
 * build): describe each picture and encode each of its variants, through the build cache under
 * NEXT_DIST_DIR. Prints the seconds it took. Used by scripts/bench/photo-work.ts.
 */
import { describePhoto, sourceFile } from "@/lib/images/describe-photo";
import { encodeVariant } from "@/lib/images/encode-variant";
import { widthsFor } from "@/lib/images/variants";

const [publicDir, ...sources] = process.argv.slice(2);
if (!publicDir) throw new Error("usage: photo-pass.ts <public dir> </images/a.jpg …>");
const started = performance.now();
for (const src of sources) {
  const photo = await describePhoto(publicDir, src);
  const file = sourceFile(publicDir, src);
  if (!photo || !file) throw new Error(`cannot read ${src}`);
  for (const width of widthsFor(photo, "text")) await encodeVariant(file, photo.hash, width);
}
console.log(((performance.now() - started) / 1000).toFixed(3));
