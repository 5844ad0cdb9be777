import { createHash } from "node:crypto";
import { statSync, readdirSync } from "node:fs";
import path from "node:path";
import { contentDir, publicDir } from "./folders";
import { MARKDOWN_LOOKALIKE } from "./content-files";
import { ContentError } from "./issues";
import { loadCollection } from "./load";
import { READ_FOLDERS } from "./stray-files";
import type { Collection } from "./types";

export { contentDir, publicDir } from "./folders";

const isDev = process.env.NODE_ENV === "development";

/** The names in `folder`, or none when it cannot be read (a journal without pages). */
function namesIn(folder: string): string[] {
  try {
    return readdirSync(/*turbopackIgnore: true*/ folder);
  } catch {
    return [];
  }
}

/**
 * A digest of the names, sizes and times of every content file: changes whenever an author saves.
 * Markdown files anywhere in content/ are listed, not only in the three folders the journal
 * reads: an article saved elsewhere gets stray-files.ts's warning in the preview at once.
 * A digest, not the list: the build hands it to its workers in an environment variable, and Linux
 * refuses to start a process with one longer than 128 KB (5,000 articles' list is 400 KB).
 */
export function contentSignature(dir: string): string {
  // Stryker disable next-line ArrayDeclaration: the digest is only ever compared with another made here, so a part every digest starts with changes no comparison
  const parts: string[] = [];
  const stamp = (name: string) => {
    const stat = statSync(path.join(/*turbopackIgnore: true*/ dir, name), { throwIfNoEntry: false });
    if (stat) parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
  };
  // Outside the three folders the journal reads, only Markdown files are content, as stray-files.ts
  // says: a `notes.txt`, or `.DS_Store` which Finder rewrites, does not reload the preview.
  for (const top of namesIn(dir).filter((name) => !name.startsWith("."))) {
    const folder = path.join(/*turbopackIgnore: true*/ dir, top);
    if (statSync(/*turbopackIgnore: true*/ folder, { throwIfNoEntry: false })?.isDirectory()) {
      for (const name of namesIn(folder)) if (READ_FOLDERS.has(top) || MARKDOWN_LOOKALIKE.test(name)) stamp(`${top}/${name}`);
    } else if (MARKDOWN_LOOKALIKE.test(top)) stamp(top);
  }
  // Stryker disable next-line MethodExpression,StringLiteral: readdir lists a folder in the same order every time (libuv sorts it), and no part can be read as the end of another (each starts with a name at the top of content/)
  const listed = parts.sort().join("|");
  return createHash("sha256").update(listed).digest("hex");
}

let cached: { key: string; collection: Promise<Collection> } | undefined;

/**
 * The one collection every page asks for: read and validated once per process, so a build
 * costs O(articles). A production build has checked the content before it started
 * (lib/build/content-check.ts), so an error here means the files changed under it: it throws.
 * In `next dev` it is reloaded when a content file changes, drafts and scheduled articles are
 * included, and files with errors are left out (lib/preview.ts shows their problems) rather
 * than taking every page down.
 */
export function getCollection(): Promise<Collection> {
  const dir = contentDir();
  const key = isDev ? `${dir}#${contentSignature(dir)}` : dir;
  if (cached?.key !== key) {
    const collection = loadCollection({ contentDir: dir, publicDir: publicDir(), now: new Date(), includeUnpublished: isDev }).then((loaded) => {
      const errors = loaded.issues.filter((issue) => issue.severity === "error");
      if (errors.length > 0 && !isDev) throw new ContentError(errors);
      return loaded;
    });
    cached = { key, collection };
  }
  return cached.collection;
}
