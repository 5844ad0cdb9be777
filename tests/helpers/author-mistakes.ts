import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { MISTAKES } from "../fixtures/author-mistakes/table";

export const MISTAKES_DIR = path.resolve(import.meta.dirname, "../fixtures/author-mistakes");

/** A real 3600×2400 JPEG of exactly 12,000,000 bytes: the camera's photo, without committing one. */
async function twelveMegabytePhoto(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 3600, height: 2400, channels: 3, background: "#b09060" } }).jpeg().toBuffer();
  // Bytes after the end-of-image marker are ignored by every decoder.
  return Buffer.concat([jpeg, Buffer.alloc(12_000_000 - jpeg.length)]);
}

export type Journal = { root: string; contentDir: string; publicDir: string; remove(): Promise<void> };

/**
 * A copy of the journal of mistakes in a temporary folder: all of it, or the files of no row but
 * those named (`only`), so each row can be checked alone.
 */
export async function mistakesJournal(only?: readonly string[]): Promise<Journal> {
  const root = await mkdtemp(path.join(tmpdir(), "journal-mistakes-"));
  const left = new Set(MISTAKES.flatMap((row) => row.files).filter((file) => only !== undefined && !only.includes(file)));
  await cp(MISTAKES_DIR, root, { recursive: true, filter: (source) => !source.endsWith(".ts") && !left.has(path.relative(MISTAKES_DIR, source)) });
  if (!left.has("public/images/articles/heavy.jpg")) await writeFile(path.join(root, "public/images/articles/heavy.jpg"), await twelveMegabytePhoto());
  return { root, contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), remove: () => rm(root, { recursive: true, force: true }) };
}
