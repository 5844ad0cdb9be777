import { readdir } from "node:fs/promises";
import path from "node:path";
import { asWritten, quote } from "./printable";
import { decoded, sitePath } from "./site-path";
import { toSlug } from "./slug";
import { closest } from "./suggest";

export type ImageLocation =
  | { kind: "external" }
  | { kind: "found"; file: string; pathname: string }
  /** `write`: the path to write instead, when the check can tell. */
  | { kind: "problem"; message: string; write?: string };

type Entry = { name: string; folder: boolean };

/** Reads each folder of public/ once, for every image of every file. */
export type PublicFolder = { root: string; entries(dir: string): Promise<Entry[] | undefined> };

export function publicFolder(root: string): PublicFolder {
  const listed = new Map<string, Promise<Entry[] | undefined>>();
  return {
    root,
    entries(dir) {
      let entries = listed.get(dir);
      // Stryker disable next-line ConditionalExpression: only the cache: the folder is listed again, with the same entries
      if (!entries) {
        entries = readdir(dir, { withFileTypes: true }).then(
          (found) => found.map((entry) => ({ name: entry.name, folder: entry.isDirectory() })),
          () => undefined,
        );
        listed.set(dir, entries);
      }
      return entries;
    },
  };
}

export type Found = { exact: boolean; pathname: string; folder: boolean; dir: string };

/**
 * The file at `pathname` under public/, matching names exactly as the web server will (capitals
 * count, even on a Mac whose disk ignores them), or the path with the capitals as on disk.
 */
export async function findInPublic(pathname: string, folder: PublicFolder): Promise<Found | undefined> {
  let dir = folder.root;
  let exact = true;
  // Stryker disable next-line BooleanLiteral: never read as it starts: a path without a segment returns undefined, and each segment sets it
  let isFolder = true;
  const found: string[] = [];
  for (const segment of pathname.split("/").filter(Boolean)) {
    const entries = await folder.entries(dir);
    const entry = entries?.find((candidate) => candidate.name === segment) ?? entries?.find((candidate) => candidate.name.toLowerCase() === segment.toLowerCase());
    if (entry === undefined) return undefined;
    exact &&= entry.name === segment;
    isFolder = entry.folder;
    found.push(entry.name);
    dir = path.join(dir, entry.name);
  }
  // Stryker disable next-line ConditionalExpression: public/ itself as a folder, for a path without a segment, is what its callers do with undefined: `/` (and `/.`, `/%2F`) leads outside public/ in locateImage, a bare `./` is written `/` either way, a link to `/` is the home page
  return found.length === 0 ? undefined : { exact, pathname: `/${found.join("/")}`, folder: isFolder, dir };
}

/** A picture inside the folder `found`, to show as an example of the path to write. */
async function pictureIn(found: Found, folder: PublicFolder): Promise<string | undefined> {
  // Stryker disable next-line OptionalChaining: `find` has just listed this folder, so its listing is never undefined
  const inside = (await folder.entries(found.dir))?.filter((entry) => !entry.folder && !entry.name.startsWith(".")).map((entry) => entry.name).sort();
  // Stryker disable next-line OptionalChaining: `find` has just listed this folder, so its listing is never undefined
  return inside?.[0] === undefined ? undefined : `${found.pathname}/${inside[0]}`;
}

const EXAMPLE = "/images/articles/ring.jpg";

/** A path on the author's own computer: `C:\\Users\\…`, `file:///…`, or a Mac's `/Users/…` (dragged into the editor). */
export const ON_COMPUTER = /^([a-z]:[\\/]|file:|\/(Users|home)\/)/i;

const DEEPEST = 6;

/** The path under public/ of the first file named `name` (capitals aside), folders by name, shallowest first. */
async function findByName(name: string, folder: PublicFolder): Promise<string | undefined> {
  let level = [{ dir: folder.root, pathname: "" }];
  for (let depth = 0; depth < DEEPEST; depth += 1) {
    // Stryker disable next-line ArrayDeclaration: a text in the list of folders lists as nothing (`readdir` refuses it), so nothing is found through it
    const next: typeof level = [];
    for (const { dir, pathname } of level) {
      const entries = ((await folder.entries(dir)) ?? []).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
      const file = entries.find((entry) => !entry.folder && entry.name.toLowerCase() === name.toLowerCase());
      if (file) return `${pathname}/${file.name}`;
      // Stryker disable next-line MethodExpression: a file visited as a folder lists as nothing (`readdir` refuses it)
      next.push(...entries.filter((entry) => entry.folder).map((entry) => ({ dir: path.join(dir, entry.name), pathname: `${pathname}/${entry.name}` })));
    }
    level = next;
  }
  return undefined;
}

/** The paths under public/ of every file named `name` (capitals aside), shallowest first, then by folder name. */
export async function picturesNamed(name: string, folder: PublicFolder): Promise<string[]> {
  const found: string[] = [];
  let level = [{ dir: folder.root, pathname: "" }];
  for (let depth = 0; depth < DEEPEST; depth += 1) {
    const next: typeof level = [];
    for (const { dir, pathname } of level) {
      const entries = ((await folder.entries(dir)) ?? []).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
      found.push(...entries.filter((entry) => !entry.folder && entry.name.toLowerCase() === name.toLowerCase()).map((entry) => `${pathname}/${entry.name}`));
      next.push(...entries.filter((entry) => entry.folder).map((entry) => ({ dir: path.join(dir, entry.name), pathname: `${pathname}/${entry.name}` })));
    }
    level = next;
  }
  return found;
}

const stem = (name: string) => name.replace(/\.[^.]*$/, "").toLowerCase();

/**
 * A picture the author may have meant by the missing `pathname`: in the same folder, one of that
 * name with another ending (`ring.jpeg` for `ring.jpg`) or the nearest name; else one of that name
 * in another folder. `sameName` says whether only the ending differs.
 */
export async function nearbyInPublic(pathname: string, folder: PublicFolder): Promise<{ pathname: string; sameName: boolean } | undefined> {
  const slash = pathname.lastIndexOf("/");
  const name = pathname.slice(slash + 1);
  const parent = slash > 0 ? await findInPublic(pathname.slice(0, slash), folder) : { pathname: "", dir: folder.root, folder: true };
  if (parent?.folder) {
    const files = ((await folder.entries(parent.dir)) ?? []).filter((entry) => !entry.folder && !entry.name.startsWith(".")).map((entry) => entry.name);
    const sameName = files.find((file) => stem(file) === stem(name));
    const near = sameName ?? closest(name, files);
    if (near !== undefined) return { pathname: `${parent.pathname}/${near}`, sameName: sameName !== undefined };
  }
  const elsewhere = await findByName(name, folder);
  return elsewhere === undefined ? undefined : { pathname: elsewhere, sameName: false };
}

/**
 * The path to write for a relative one: `../public/images/x.jpg` and `./images/x.jpg` are
 * `/images/x.jpg`, and a bare `ring.jpg` is wherever a picture of that name is under public/.
 */
export async function absolutePath(src: string, folder: PublicFolder): Promise<string> {
  const rest = src.replace(/^(\.{1,2}\/)+/, "").replace(/^public\//i, "");
  const found = await findInPublic(`/${rest}`, folder);
  if (found && !found.folder) return found.pathname;
  // Stryker disable next-line ConditionalExpression: no file's name holds a `/`, so `findByName` finds nothing for such a path and the same path is written
  if (!rest.includes("/")) return (await findByName(rest, folder)) ?? `/${rest}`;
  return `/${rest}`;
}

/** `Opal Ring Front.jpg` → `opal-ring-front.jpg`: a file name a web address can hold as it is. */
export function webName(name: string): string {
  const composed = name.normalize("NFC");
  const ending = /\.[^.]*$/.exec(composed)?.[0] ?? "";
  return `${toSlug(composed.slice(0, composed.length - ending.length)) || "photo"}${ending.toLowerCase()}`;
}

/**
 * The picture the author meant by `pathname`, `found`, when its file's name is one a web address
 * cannot reach as typed: spaces (which the next run refuses), or an accent stored as a letter and a
 * mark, as a Mac can store it, where the text has one character (the names look the same but never
 * match on the server). The fix is to rename the file.
 */
function unfitName(pathname: string, found: string): { message: string; write: string } | undefined {
  const slash = found.lastIndexOf("/");
  const name = found.slice(slash + 1);
  const accents = name !== name.normalize("NFC");
  const mark = /[#?]/.exec(name)?.[0];
  if (!accents && mark === undefined && !/\s/.test(name)) return undefined;
  const renamed = webName(name);
  const write = `${found.slice(0, slash)}/${renamed}`;
  if (accents && found.normalize("NFC") === pathname.normalize("NFC")) {
    return { write, message: `the image ${quote(pathname)} is not found: the file ${quote(name)} writes its accent another way than your text (as a letter followed by a separate accent mark, which a Mac can do), so the names look the same but do not match on the web; rename the file to ${quote(renamed)} (without accents) and write ${quote(write)}` };
  }
  const why = accents
    ? "an accent saved as a letter followed by a separate mark (which a Mac can do), which a web address does not match"
    : mark === undefined
      ? "spaces, which a web address cannot hold"
      : `${quote(mark)}, where a web address stops a file's name`;
  const then = write === pathname ? ", the name you wrote" : `, and write ${quote(write)}`;
  return { write, message: `the image ${quote(pathname)} does not exist: the picture meant is probably ${quote(found)}, whose name holds ${why}; rename the file to ${quote(renamed)}${then}` };
}

/**
 * `/images/articles/signet#2.jpg` naming the file `signet#2.jpg` (or `signet?2.jpg`): the page
 * reads the file, but as a web address the path stops at `#` (a place in a page) or `?` (a question
 * to the server), so the file's own address is another; the fix is to rename the file.
 */
export async function fileNamedWithMark(src: string, folder: PublicFolder): Promise<{ message: string; write: string } | undefined> {
  const at = src.search(/[#?]/);
  if (at === -1) return undefined;
  const found = await findInPublic(decoded(src), folder);
  if (found === undefined || found.folder) return undefined;
  const slash = found.pathname.lastIndexOf("/");
  const name = found.pathname.slice(slash + 1);
  const renamed = webName(name);
  const write = `${found.pathname.slice(0, slash)}/${renamed}`;
  return { write, message: `the image ${quote(src)}: a web address stops a file's name at ${quote(src.charAt(at))}, so this path names ${quote(src.slice(0, at))}, not the file ${quote(name)}; rename the file to ${quote(renamed)} and write ${quote(write)}` };
}

/**
 * Where the picture at `src` (a cover's `src`, or a Markdown image on the page at `fromPath`) is
 * under public/, or what is wrong with the path, with the path to write instead when one exists.
 */
export async function locateImage(src: string, fromPath: string, folder: PublicFolder): Promise<ImageLocation> {
  // `//images/x.jpg` names a website called `images`: a slash too many, not another website.
  const doubled = /^\/\/([^/.:]+)\//.exec(src);
  if (doubled) {
    const write = src.slice(1);
    return { kind: "problem", write, message: `the image path ${quote(src)} starts with two slashes, so browsers read ${quote(doubled[1])} as the name of another website; write ${quote(write)}` };
  }
  if (/^(https?:)?\/\//i.test(src)) return { kind: "external" };
  const withoutPublic = /^\/?public\//i.exec(src);
  if (withoutPublic) {
    const corrected = `/${src.slice(withoutPublic[0].length)}`;
    return { kind: "problem", write: corrected, message: `the image path ${quote(src)} starts with \`public/\`; leave out \`public/\`: write ${quote(corrected)}` };
  }
  const onComputer = asWritten(src);
  if (ON_COMPUTER.test(onComputer)) {
    // The file's name: what follows the last `/`, or `\` on Windows.
    const name = onComputer.slice(Math.max(onComputer.lastIndexOf("/"), onComputer.lastIndexOf("\\")) + 1);
    const write = `/images/articles/${name}`;
    return { kind: "problem", write, message: `the image path ${quote(onComputer)} is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ and write ${quote(write)}` };
  }
  // `https:host/x.png` has a scheme but no `//`: a browser reads it as a path on this site or as another website, depending on the page.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return { kind: "problem", message: `the image path ${quote(src)} is neither a picture in public/ nor a web address (those start with \`https://\`); write a path like ${quote(EXAMPLE)}` };
  }
  if (!src.startsWith("/")) {
    const write = await absolutePath(src, folder);
    // A name alone found nowhere under public/: the picture is still beside the article, or on the computer.
    if (write.lastIndexOf("/") === 0 && !(await findInPublic(write, folder))) {
      const named = `/images/articles/${webName(asWritten(write.slice(1)))}`;
      return { kind: "problem", write: named, message: `the image path ${quote(asWritten(src))} names no picture in public/, where the site looks for pictures (one saved beside the article is not read); put the picture in public/images/articles/ as ${quote(named.slice("/images/articles/".length))} and write ${quote(named)}` };
    }
    return { kind: "problem", write, message: `the image path ${quote(src)} must start with \`/\` and the folder under public/: write ${quote(write)}` };
  }
  const cut = await fileNamedWithMark(src, folder);
  if (cut) return { kind: "problem", ...cut };
  const outside: ImageLocation = { kind: "problem", message: `the image path ${quote(src)} leads outside the public/ folder; pictures go in public/images/, written like ${quote(EXAMPLE)}` };
  const pathname = sitePath(src, fromPath);
  if (pathname === undefined) return outside;
  const file = path.join(folder.root, ...pathname.split("/"));
  // An encoded slash (%2F) can still spell `..` once decoded: such a path never leaves public/.
  if (!file.startsWith(path.join(folder.root, path.sep))) return outside;
  const match = await findInPublic(pathname, folder);
  if (match?.folder) {
    const example = (await pictureIn(match, folder)) ?? `${match.pathname}/ring.jpg`;
    return { kind: "problem", message: `the image path ${quote(src)} is a folder, not a picture; write the path of a picture inside it, like ${quote(example)}` };
  }
  if (match?.exact) return { kind: "found", file, pathname };
  if (match) {
    return { kind: "problem", write: match.pathname, message: `the image ${quote(src)} does not exist; did you mean ${quote(match.pathname)}? (capitals count on the web)` };
  }
  const near = await nearbyInPublic(pathname, folder);
  const unfit = near === undefined ? undefined : unfitName(pathname, near.pathname);
  if (unfit) return { kind: "problem", write: unfit.write, message: unfit.message };
  if (near) {
    const ending = /\.\w+$/.exec(near.pathname)?.[0];
    const also = near.sameName && ending !== undefined ? ` (the file's name ends in ${quote(ending)})` : "";
    return { kind: "problem", write: near.pathname, message: `the image ${quote(src)} does not exist; did you mean ${quote(near.pathname)}?${also}` };
  }
  return { kind: "problem", message: `the image ${quote(src)} does not exist; put the picture at ${quote(`public${pathname}`)}, or correct the path` };
}
