import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locateImage, publicFolder, type PublicFolder } from "@/lib/content/image-path";

/*
 * Where a picture's path leads under public/, and what an author is told when it leads nowhere:
 * the example picture offered for a folder, the path offered for a relative one, the capitals on
 * disk, web addresses, and paths that would leave public/.
 */

let root: string;
let folder: PublicFolder;
const at = (src: string) => locateImage(src, "/", folder);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "journal-public-"));
  const files = ["images/covers/b.jpg", "images/covers/a.jpg", "images/covers/.hidden.jpg", "images/covers/old/z.jpg", "images/empty/.keep", "images/empty/drafts/x.jpg", "images/case/Ring.jpg", "images/case/ring.jpg", "images/public/x.jpg", "images/ring:1.jpg"];
  for (const file of files) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), "not really a picture");
  }
  folder = publicFolder(root);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("a path to a folder", () => {
  it("offers the folder's first picture by name, passing over hidden files and folders", async () => {
    expect(await at("/images/covers")).toEqual({
      kind: "problem",
      message: "the image path `/images/covers` is a folder, not a picture; write the path of a picture inside it, like `/images/covers/a.jpg`",
    });
  });

  it("offers the first picture by name whatever order the disk lists them in", async () => {
    const listed: Record<string, { name: string; folder: boolean }[]> = {
      "/site": [{ name: "images", folder: true }],
      [path.join("/site", "images")]: [{ name: "z.jpg", folder: false }, { name: "m.jpg", folder: false }, { name: "c.jpg", folder: false }],
    };
    const unsorted: PublicFolder = { root: "/site", entries: async (dir) => listed[dir] };
    expect(await locateImage("/images", "/", unsorted)).toEqual({
      kind: "problem",
      message: "the image path `/images` is a folder, not a picture; write the path of a picture inside it, like `/images/c.jpg`",
    });
  });

  it("offers ring.jpg inside it when it holds no picture of its own", async () => {
    expect(await at("/images/empty")).toEqual({
      kind: "problem",
      message: "the image path `/images/empty` is a folder, not a picture; write the path of a picture inside it, like `/images/empty/ring.jpg`",
    });
  });
});

describe("paths that are found", () => {
  it("finds each of two pictures whose names differ only in capitals", async () => {
    expect(await at("/images/case/ring.jpg")).toEqual({ kind: "found", file: path.join(root, "images/case/ring.jpg"), pathname: "/images/case/ring.jpg" });
    expect(await at("/images/case/Ring.jpg")).toEqual({ kind: "found", file: path.join(root, "images/case/Ring.jpg"), pathname: "/images/case/Ring.jpg" });
  });

  it("finds a folder named public inside images/, and a colon inside a file name", async () => {
    expect(await at("/images/public/x.jpg")).toMatchObject({ kind: "found", pathname: "/images/public/x.jpg" });
    expect(await at("/images/ring:1.jpg")).toMatchObject({ kind: "found", pathname: "/images/ring:1.jpg" });
  });
});

describe("paths that are not pictures in public/", () => {
  it("says a path that goes on past a picture's file name does not exist", async () => {
    expect(await at("/images/covers/a.jpg/y.jpg")).toEqual({
      kind: "problem",
      message: "the image `/images/covers/a.jpg/y.jpg` does not exist; put the picture at `public/images/covers/a.jpg/y.jpg`, or correct the path",
    });
  });

  it("offers a picture of that name in another folder, or of a near name in the same folder", async () => {
    expect(await at("/images/covers/a.jpg/x.jpg")).toEqual({ kind: "problem", write: "/images/public/x.jpg", message: "the image `/images/covers/a.jpg/x.jpg` does not exist; did you mean `/images/public/x.jpg`?" });
    expect(await at("/images/covers/a.jpeg")).toEqual({ kind: "problem", write: "/images/covers/a.jpg", message: "the image `/images/covers/a.jpeg` does not exist; did you mean `/images/covers/a.jpg`? (the file's name ends in `.jpg`)" });
    expect(await at("/images/empty/drafts/xx.jpg")).toEqual({ kind: "problem", write: "/images/empty/drafts/x.jpg", message: "the image `/images/empty/drafts/xx.jpg` does not exist; did you mean `/images/empty/drafts/x.jpg`?" });
  });

  it("leaves web addresses to the external-image rules, with or without a scheme, in any capitals", async () => {
    for (const src of ["https://cdn.example/x.jpg", "http://cdn.example/x.jpg", "HTTPS://cdn.example/x.jpg", "//cdn.example/x.jpg"]) {
      expect(await at(src), src).toEqual({ kind: "external" });
    }
  });

  it("writes a relative path from the folder under public/, dropping every leading ./", async () => {
    expect(await at("./././images/covers/a.jpg")).toEqual({
      kind: "problem",
      message: "the image path `./././images/covers/a.jpg` must start with `/` and the folder under public/: write `/images/covers/a.jpg`",
      write: "/images/covers/a.jpg",
    });
  });

  it("refuses a path that a browser reads as another website, or that climbs out through an encoded slash", async () => {
    const outside = (src: string) => ({
      kind: "problem",
      message: `the image path \`${src}\` leads outside the public/ folder; pictures go in public/images/, written like \`/images/articles/ring.jpg\``,
    });
    expect(await at("/\\evil.example/x.jpg")).toEqual(outside("/\\evil.example/x.jpg"));
    expect(await at("/images/..%2f..%2fsecret.jpg")).toEqual(outside("/images/..%2f..%2fsecret.jpg"));
  });
});

/** A public/ folder of its own holding `files`, removed after the tests. */
const madeRoots: string[] = [];
async function publicWith(files: string[]): Promise<PublicFolder> {
  const made = await mkdtemp(path.join(tmpdir(), "journal-public-"));
  madeRoots.push(made);
  for (const file of files) {
    await mkdir(path.join(made, path.dirname(file)), { recursive: true });
    await writeFile(path.join(made, file), "not really a picture");
  }
  return publicFolder(made);
}
afterAll(() => Promise.all(madeRoots.map((made) => rm(made, { recursive: true, force: true }))));

const relative = (src: string, write: string) => ({ kind: "problem", write, message: `the image path \`${src}\` must start with \`/\` and the folder under public/: write \`${write}\`` });
/** A name alone that no file under public/ has: where to put the picture, and the path to write then. */
const nowhere = (src: string, name = src) => ({
  kind: "problem",
  write: `/images/articles/${name}`,
  message: `the image path \`${src}\` names no picture in public/, where the site looks for pictures (one saved beside the article is not read); put the picture in public/images/articles/ as \`${name}\` and write \`/images/articles/${name}\``,
});

describe("a relative path", () => {
  it("is written from public/ with the capitals on disk, a folder named public kept, a `..` further in kept", async () => {
    expect(await at("images/COVERS/A.jpg")).toEqual(relative("images/COVERS/A.jpg", "/images/covers/a.jpg"));
    expect(await at("images/public/x.jpg")).toEqual(relative("images/public/x.jpg", "/images/public/x.jpg"));
    // Leads to the same picture, /images/covers/a.jpg; /images/covers/old/a.jpg does not exist.
    expect(await at("images/covers/old/../a.jpg")).toEqual(relative("images/covers/old/../a.jpg", "/images/covers/old/../a.jpg"));
  });

  it("of a name alone is the shallowest picture of that name, folders taken by name as people read them, hidden ones passed over", async () => {
    const named = await publicWith([".drafts/ring.jpg", "images/Zircon/ring.jpg", "images/amber/ring.jpg", "logo.png"]);
    expect(await locateImage("ring.jpg", "/", named)).toEqual(relative("ring.jpg", "/images/amber/ring.jpg"));
  });

  it("of a name alone is looked for six folders deep, not seven", async () => {
    const deep = await publicWith(["a/b/c/d/e/deep.jpg", "a/b/c/d/e/f/deeper.jpg"]);
    expect(await locateImage("deep.jpg", "/", deep)).toEqual(relative("deep.jpg", "/a/b/c/d/e/deep.jpg"));
    expect(await locateImage("deeper.jpg", "/", deep)).toEqual(nowhere("deeper.jpg"));
  });

  it("of a name found nowhere is told to put the picture in public/images/articles/, with the path to write (fifth jeweler's trial)", async () => {
    expect(await at("nowhere.jpg")).toEqual(nowhere("nowhere.jpg"));
    expect(await at("./nowhere.jpg")).toEqual(nowhere("./nowhere.jpg", "nowhere.jpg"));
    expect(await at("Signet%20Wax.JPG")).toEqual(nowhere("Signet Wax.JPG", "signet-wax.jpg"));
  });
});

describe("a journal without a public/ folder", () => {
  it("is told where to put the picture, for a path and for a name alone", async () => {
    const none = publicFolder(path.join(root, "no-such-folder"));
    expect(await locateImage("/ring.jpg", "/", none)).toEqual({ kind: "problem", message: "the image `/ring.jpg` does not exist; put the picture at `public/ring.jpg`, or correct the path" });
    expect(await locateImage("ring.jpg", "/", none)).toEqual(nowhere("ring.jpg"));
  });
});

describe("a picture that does not exist", () => {
  it("at the top of public/ gets the one of that name with another ending", async () => {
    const top = await publicWith(["logo.png"]);
    expect(await locateImage("/logo.jpg", "/", top)).toEqual({
      kind: "problem",
      write: "/logo.png",
      message: "the image `/logo.jpg` does not exist; did you mean `/logo.png`? (the file's name ends in `.png`)",
    });
  });

  it("is never offered a folder or a hidden file of the same folder", async () => {
    expect(await at("/images/covers/old.jpg")).toEqual({ kind: "problem", message: "the image `/images/covers/old.jpg` does not exist; put the picture at `public/images/covers/old.jpg`, or correct the path" });
    expect(await at("/images/covers/hidden.jpg")).toEqual({ kind: "problem", message: "the image `/images/covers/hidden.jpg` does not exist; put the picture at `public/images/covers/hidden.jpg`, or correct the path" });
  });

  it("gets the file whose name differs only in its ending: the last ending, or none", async () => {
    const stems = await publicWith(["images/ring.v2.jpg", "images/band.jpg", "images/sketch"]);
    const offered = (src: string, write: string, also = "") => ({ kind: "problem", write, message: `the image \`${src}\` does not exist; did you mean \`${write}\`?${also}` });
    expect(await locateImage("/images/ring.v2.jpeg", "/", stems)).toEqual(offered("/images/ring.v2.jpeg", "/images/ring.v2.jpg", " (the file's name ends in `.jpg`)"));
    expect(await locateImage("/images/band", "/", stems)).toEqual(offered("/images/band", "/images/band.jpg", " (the file's name ends in `.jpg`)"));
    expect(await locateImage("/images/sketch.png", "/", stems)).toEqual(offered("/images/sketch.png", "/images/sketch"));
  });

  it("is not told the ending differs when the name differs too, even by a letter whose capital is two letters", async () => {
    // `STRASSE` is the capital of both `strasse` and `straße`: the names compare in small letters.
    const german = await publicWith(["images/straße.jpg"]);
    expect(await locateImage("/images/strasse.jpg", "/", german)).toEqual({
      kind: "problem",
      write: "/images/straße.jpg",
      message: "the image `/images/strasse.jpg` does not exist; did you mean `/images/straße.jpg`?",
    });
  });
});

describe("paths that are not pictures on this site", () => {
  it("name the file on the author's computer in the path to write", async () => {
    expect(await at("C:/Users/isla/Pictures/bezel.jpg")).toEqual({
      kind: "problem",
      write: "/images/articles/bezel.jpg",
      message: "the image path `C:/Users/isla/Pictures/bezel.jpg` is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ and write `/images/articles/bezel.jpg`",
    });
  });

  it("read a doubled slash further in as part of the path, not as another website", async () => {
    expect(await at("/images//covers/a.jpg")).toMatchObject({ kind: "found", file: path.join(root, "images/covers/a.jpg") });
  });
});
