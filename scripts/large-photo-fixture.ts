/**
 * Makes the public folder of the fixture build (the `hostile` project in playwright.config.ts):
 * a copy of public/ plus the camera-sized photos its Markdown asks for under /images/large-photos/,
 * drawn here (4000×3000 JPEGs, a few MB each) so that the repository never holds them.
 *
 *   node --import tsx scripts/large-photo-fixture.ts <content dir> <public dir to write>
 *
 * Photos already drawn are kept: their bytes, and so their variants in the build cache, stay the same.
 */
import { cp, readdir, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import { photoLike } from "./bench/large-photos";

const LARGE_PHOTO = /\]\((\/images\/large-photos\/[a-z0-9-]+\.jpg)[\s)]/g;

/** Every large photo the articles of `contentDir` show, as written (`/images/large-photos/photo-1.jpg`). */
export async function largePhotosIn(contentDir: string): Promise<string[]> {
  const folder = path.join(contentDir, "articles");
  const texts = await Promise.all((await readdir(folder)).filter((name) => name.endsWith(".md")).map((name) => readFile(path.join(folder, name), "utf8")));
  return [...new Set(texts.flatMap((text) => [...text.matchAll(LARGE_PHOTO)].map((match) => match[1] ?? "")))].sort();
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

export async function writeLargePhotoPublicDir(contentDir: string, publicDir: string): Promise<string[]> {
  // Timestamps kept, so the build's Markdown cache sees the same files as last time.
  await cp("public", publicDir, { recursive: true, preserveTimestamps: true });
  const photos = await largePhotosIn(contentDir);
  for (const [index, src] of photos.entries()) {
    const file = path.join(publicDir, ...src.split("/"));
    if (await exists(file)) continue;
    // Drawn beside its place and renamed into it: an interrupted run leaves no half-written photo.
    await photoLike(`${file}.partial.jpg`, index + 1);
    await rename(`${file}.partial.jpg`, file);
  }
  return photos;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [contentDir, publicDir] = process.argv.slice(2);
  if (!contentDir || !publicDir) throw new Error("usage: large-photo-fixture.ts <content dir> <public dir to write>");
  const photos = await writeLargePhotoPublicDir(contentDir, publicDir);
  console.log(`${publicDir}: public/ and ${photos.length} large photos`);
}
