import { readdir, readFile, symlink, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { article, checkFolder } from "../helpers/content-folder";
import { heavyImage, smallImage } from "../helpers/images";
import { journalPerTest } from "../helpers/journal-per-test";
import { formatIssue } from "@/lib/content/issues";

/*
 * The edges of lib/checks/images.ts: what an author is told, with its weight, about the file
 * behind a picture. The article is content/articles/care.md; its text starts on line 9, and a
 * cover's `src` is line 8, its `alt` line 9.
 */

const journal = journalPerTest();

/** Every issue of care.md as `check:content` prints it, weight first. */
async function report(): Promise<string[]> {
  const issues = await checkFolder(journal.folder());
  return issues.filter((issue) => issue.file === "content/articles/care.md").map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

/** A real PNG header of `width`×`height`, padded to `bytes`: the check reads only the header. */
async function pngOf(width: number, height: number, bytes: number): Promise<Buffer> {
  const png = await smallImage("png", width, height);
  return Buffer.concat([png, Buffer.alloc(bytes - png.length)]);
}

/** A JPEG stored `width`×`height` whose EXIF orientation turns it (5–8 a quarter turn). */
function turnedJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#c0a060" } }).jpeg().withMetadata({ orientation }).toBuffer();
}

/** An author file whose portrait is written as `avatar`, on one line. */
const isla = (avatar: string) => `---\nname: Isla Marrow\n${avatar}\n---\nIsla makes rings.\n`;

/** Every problem of the journal, an author's file's too, as `severity file:line: message`. */
async function authorReport(): Promise<string[]> {
  return (await checkFolder(journal.folder())).map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

const withCover = (alt = "A silver ring", src = "/images/cover.jpg") => article({ title: '"Silver Care"', cover: `\n  src: ${src}\n  alt: ${alt}` }, "Some words about silver.\n");

describe("a picture in the text", () => {
  it.each([
    // Readers load only the copies the site makes, up to 2400 pixels wide: the photo docs/authoring.md asks for is fine.
    ["a 5.3 MB photo 2600 pixels wide is not large", 2600, 1733, 5_300_000, []],
    ["a file of exactly 10 MB is not large", 3600, 2400, 10_000_000, []],
    ["a larger file as wide as the full-size view is only saved smaller", 2400, 1600, 10_500_000, ["warning content/articles/care.md:9: the image `/images/ring.png` is 10.5 MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; save it as JPEG at about 80% quality"]],
    ["a larger portrait is resized to 2400 pixels high, as its full-size view (photographs trial)", 2400, 3600, 12_000_000, ["warning content/articles/care.md:9: the image `/images/ring.png` is 12.0 MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; resize it from 2400×3600 to 1600×2400 pixels (the largest the site shows it) and save it as JPEG at about 80% quality"]],
    ["a larger tall picture is resized to its largest copy, the column's (1:3: 1018 wide, more than its full-size view's 800)", 2000, 6000, 12_000_000, ["warning content/articles/care.md:9: the image `/images/ring.png` is 12.0 MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; resize it from 2000×6000 to 1018×3054 pixels (the largest the site shows it) and save it as JPEG at about 80% quality"]],
    ["a larger file wider than the full-size view is resized too", 3600, 2400, 12_000_000, ["warning content/articles/care.md:9: the image `/images/ring.png` is 12.0 MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; resize it from 3600×2400 to 2400×1600 pixels (the largest the site shows it) and save it as JPEG at about 80% quality"]],
  ])("%s", async (_, width, height, bytes, expected) => {
    await journal.folder().write("public/images/ring.png", await pngOf(width, height, bytes));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/images/ring.png)\n"));
    expect(await report()).toEqual(expected);
  });

  it.each([
    ["a file that is not a picture", Buffer.from("notes about the ring\n"), "error content/articles/care.md:9: the file `/images/ring.jpg` is not a picture (it may be damaged, or another kind of file renamed); save it again as JPEG, PNG or WebP"],
    ["a TIFF scan", "tiff", "error content/articles/care.md:9: the image `/images/ring.jpg` is a TIFF file, which web browsers cannot show; export it as JPEG, PNG or WebP"],
  ] as const)("%s is an error", async (_, contents, expected) => {
    await journal.folder().write("public/images/ring.jpg", typeof contents === "string" ? await smallImage(contents) : contents);
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/images/ring.jpg)\n"));
    expect(await report()).toEqual([expected]);
  });

  it("a print designer's CMYK JPEG, its colour profile near a megabyte before the picture's size, passes (photographs trial)", async () => {
    const cmyk = await sharp({ create: { width: 720, height: 480, channels: 3, background: "#1a7f4b" } }).withIccProfile("cmyk").jpeg().toBuffer();
    expect(cmyk.length).toBeGreaterThan(600_000);
    await journal.folder().write("public/images/ring.jpg", cmyk);
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/images/ring.jpg)\n"));
    expect(await report()).toEqual([]);
  });

  it.each([
    ["JPEG", "ring.jpg", () => heavyImage(64, 48)],
    ["PNG", "ring.png", async () => sharp(await heavyImage(64, 48)).png().toBuffer()],
  ])("a %s cut short, its size read but not its picture, is an error that says it is damaged and to export it again in its own format (photographs trial)", async (format, name, picture) => {
    const whole = await picture();
    await journal.folder().write(`public/images/${name}`, whole.subarray(0, Math.round(whole.length * 0.6)));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `![A ring with a topaz](/images/${name})\n`));
    expect(await report()).toEqual([
      `error content/articles/care.md:9: the file \`/images/${name}\` is damaged: only its start can be read (it may have been copied or downloaded only in part), so readers would see it broken; open it on your computer and, if it shows whole there, export it again as ${format}, otherwise copy it again from the camera or phone`,
    ]);
  });

  it("an animated GIF is a warning that readers see its first picture only, still (photographs trial)", async () => {
    const frames = await Promise.all(["#c9a24a", "#103070", "#1a7f4b"].map((background) => sharp({ create: { width: 720, height: 480, channels: 3, background } }).png().toBuffer()));
    await journal.folder().write("public/images/ring.gif", await sharp(frames, { join: { animated: true } }).gif().toBuffer());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring turning on a stand](/images/ring.gif)\n"));
    expect(await report()).toEqual([
      "warning content/articles/care.md:9: the image `/images/ring.gif` is an animation of 3 pictures, but the page shows only its first, still: moving copies would weigh too much on readers' phones; choose the picture readers should see and save it as JPEG, or save a few of them as JPEG and write them one to a line, with no blank line between, to show them as a gallery",
    ]);
  });

  it("a link to a folder, named like a picture, is an error that asks for a file inside it", async () => {
    const folder = journal.folder();
    await mkdir(path.join(folder.publicDir, "images", "rings"), { recursive: true });
    await symlink(path.join(folder.publicDir, "images", "rings"), path.join(folder.publicDir, "images", "ring.jpg"));
    await folder.write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/images/ring.jpg)\n"));
    expect(await report()).toEqual(["error content/articles/care.md:9: `/images/ring.jpg` is a folder, not a picture; write the path of the picture file inside it"]);
  });

  it("a link to a picture that is no longer there is an error that asks for the picture itself", async () => {
    const folder = journal.folder();
    await symlink(path.join(folder.publicDir, "images", "moved.jpg"), path.join(folder.publicDir, "ring.jpg"));
    await folder.write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/ring.jpg)\n"));
    expect(await report()).toEqual(["error content/articles/care.md:9: the file `/ring.jpg` cannot be opened (it may be a link to a picture that is no longer there); put the picture itself at that path"]);
  });

  it.each([
    ['<img src="" alt="A ring">', '`<img src="/images/articles/ring.jpg" alt="A ring">`'],
    ['<img src=" " alt="A ring">', '`<img src="/images/articles/ring.jpg" alt="A ring">`'],
    ['<img alt="A ring">', '`<img src="/images/articles/ring.jpg" alt="A ring">`'],
    ["![A ring]()", "`![A ring](/images/articles/ring.jpg)`"],
    ["![A ring](< >)", "`![A ring](/images/articles/ring.jpg)`"],
  ])("with no path, %s is an error that asks for the picture's path, not told to write `/`", async (written, line) => {
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `${written}\n`));
    expect(await report()).toEqual([
      `error content/articles/care.md:9: a picture in the text has no path, so readers would see a broken picture; write the path of its file under public/, like ${line}`,
    ]);
  });

  it("written as HTML with only spaces in its `alt` has no description", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage("jpeg"));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, '<img src="/images/ring.jpg" alt=" ">\n'));
    expect(await report()).toEqual([
      'error content/articles/care.md:9: the image `/images/ring.jpg` has no description; write what it shows in its `alt`, like `<img src="/images/ring.jpg" alt="A silver ring set with a blue topaz">`',
    ]);
  });

  it("leaves no file open once checked", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage("jpeg"));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A ring with a topaz](/images/ring.jpg)\n"));
    await report();
    const before = (await readdir("/proc/self/fd")).length;
    for (let run = 0; run < 5; run++) await report();
    expect((await readdir("/proc/self/fd")).length).toBe(before);
  });
});

describe("a description that says it is a picture, or holds no word (fifth jeweler's trial)", () => {
  it.each([
    [
      "![Picture of an opal ring on a dish](/images/ring.jpg)",
      "![An opal ring on a dish](/images/ring.jpg)",
      "warning content/articles/care.md:9: the image `/images/ring.jpg` is described as `Picture of an opal ring on a dish`; a screen reader already says it is a picture, so leave out `Picture of`: write `![An opal ring on a dish](/images/ring.jpg)`",
    ],
    [
      '<img src="/images/ring.jpg" alt="An image of the clasp">',
      '<img src="/images/ring.jpg" alt="The clasp">',
      'warning content/articles/care.md:9: the image `/images/ring.jpg` is described as `An image of the clasp`; a screen reader already says it is a picture, so leave out `An image of`: write `<img src="/images/ring.jpg" alt="The clasp">`',
    ],
  ])("%s is a warning with the line to write, which passes the next run", async (written, fixed, expected) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `${written}\n`));
    expect(await report()).toEqual([expected]);
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `${fixed}\n`));
    expect(await report()).toEqual([]);
  });

  it("passes a title that starts so, `The Picture of Dorian Gray` (false-positive trial, 2026-12-07)", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![The Picture of Dorian Gray, a first edition, open beside a locket](/images/ring.jpg)\n"));
    expect(await report()).toEqual([]);
  });

  it.each([
    ["Picture of an opal ring on a dish", "  alt: An opal ring on a dish", "warning content/articles/care.md:9: `cover.alt` is `Picture of an opal ring on a dish`; a screen reader already says it is a picture, so leave out `Picture of`: write `  alt: An opal ring on a dish`"],
    [
      '"An image of the clasp: a gold box with a tongue"',
      '  alt: "The clasp: a gold box with a tongue"',
      'warning content/articles/care.md:9: `cover.alt` is `An image of the clasp: a gold box with a tongue`; a screen reader already says it is a picture, so leave out `An image of`: write `  alt: "The clasp: a gold box with a tongue"`',
    ],
  ])("as a cover's `alt`, %s is a warning on the `alt:` line with the line to write, which passes the next run", async (alt, fixed, expected) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover(alt));
    expect(await report()).toEqual([expected]);
    await journal.folder().write("content/articles/care.md", withCover(alt).replace(`  alt: ${alt}`, () => fixed));
    expect(await report()).toEqual([]);
  });

  it("as a portrait's `alt` in a group on one line, is a warning with the group's line to write, which passes the next run", async () => {
    await journal.folder().write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Picture of Isla at her bench }"));
    expect(await authorReport()).toEqual([
      "warning content/authors/isla.md:3: `avatar.alt` is `Picture of Isla at her bench`; a screen reader already says it is a picture, so leave out `Picture of`: write `avatar: { src: /images/isla.jpg, alt: Isla at her bench }` in place of the `avatar` line",
    ]);
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla at her bench }"));
    expect(await authorReport()).toEqual([]);
  });

  it("an emoji alone, `![💍](…)`, is an error: it tells a reader who cannot see the picture nothing", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![💍](/images/ring.jpg)\n"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/ring.jpg` is described as `💍`, which tells a reader who cannot see it nothing; describe the piece: write `![A silver ring set with a blue topaz](/images/ring.jpg)`, with your own words for what it shows",
    ]);
  });

  it("a photograph said to be one, and an emoji among words, pass", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A photo of the studio's first bench, 1924](/images/ring.jpg)\n\n![A ring 💍 in its box](/images/ring.jpg)\n"));
    expect(await report()).toEqual([]);
  });
});

describe("a cover's or a portrait's `alt`: the line to write is written as the file writes it", () => {
  const fourSpaces = (alt: string) => article({ title: '"Silver Care"', cover: `\n    src: /images/cover.jpg\n    alt: ${alt}` }, "Some words about silver.\n");

  it.each([
    [
      "starting `Picture of`",
      "Picture of an opal ring on a dish",
      "warning content/articles/care.md:9: `cover.alt` is `Picture of an opal ring on a dish`; a screen reader already says it is a picture, so leave out `Picture of`: write `    alt: An opal ring on a dish`",
      "    alt: An opal ring on a dish",
    ],
    [
      "a camera's file name",
      "IMG_2041.HEIC",
      "error content/articles/care.md:9: `cover.alt` is `IMG_2041.HEIC`, which tells a reader who cannot see the picture nothing; describe the piece: write `    alt: A silver ring set with a blue topaz`, with your own words for what it shows",
      "    alt: An opal ring on a blue dish",
    ],
  ])("indented with four spaces, %s: the line has four spaces, and written in place it passes the next run", async (_, alt, expected, fixed) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", fourSpaces(alt));
    expect(await report()).toEqual([expected]);
    await journal.folder().write("content/articles/care.md", fourSpaces(alt).replace(`    alt: ${alt}`, () => fixed));
    expect(await report()).toEqual([]);
  });

  it("in a group on one line, a camera's file name is told the group's line to write", async () => {
    await journal.folder().write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: DSC0001.jpg }"));
    expect(await authorReport()).toEqual([
      "error content/authors/isla.md:3: `avatar.alt` is `DSC0001.jpg`, which tells a reader who cannot see the picture nothing; describe the person: write `avatar: { src: /images/isla.jpg, alt: The jeweler at the bench holding a ring up to the light }` in place of the `avatar` line, with your own words for what it shows",
    ]);
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla at her bench }"));
    expect(await authorReport()).toEqual([]);
  });
});

describe("a picture whose file's name a web address cannot reach as typed (fifth jeweler's trial)", () => {
  const text = (src: string) => article({ title: '"Silver Care"' }, `![A gold ring with a leaf pattern](${src})\n`);

  it("with its accent saved as a letter and a mark (as a Mac can) is told to rename the file without accents, which passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/articles/bague-dore\u0301e.jpg", await smallImage());
    await folder.write("content/articles/care.md", text("/images/articles/bague-dor\u00e9e.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/bague-dor\u00e9e.jpg` is not found: the file `bague-dore\u0301e.jpg` writes its accent another way than your text (as a letter followed by a separate accent mark, which a Mac can do), so the names look the same but do not match on the web; rename the file to `bague-doree.jpg` (without accents) and write `/images/articles/bague-doree.jpg`",
    ]);
    await folder.write("public/images/articles/bague-doree.jpg", await smallImage());
    await rm(path.join(folder.publicDir, "images/articles/bague-dore\u0301e.jpg"));
    await folder.write("content/articles/care.md", text("/images/articles/bague-doree.jpg"));
    expect(await report()).toEqual([]);
  });

  it("with its accent saved as a letter and a mark, for the name written without the accent, is told to rename the file to it", async () => {
    await journal.folder().write("public/images/articles/bague-dore\u0301e.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", text("/images/articles/bague-doree.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/bague-doree.jpg` does not exist: the picture meant is probably `/images/articles/bague-dore\u0301e.jpg`, whose name holds an accent saved as a letter followed by a separate mark (which a Mac can do), which a web address does not match; rename the file to `bague-doree.jpg`, the name you wrote",
    ]);
  });

  it("with spaces, for a path written as it would be without them, is told to rename the file to the name written, which passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("public/images/articles/Opal Ring Front.jpg", await smallImage());
    await folder.write("content/articles/care.md", text("/images/articles/opal-ring-front.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/opal-ring-front.jpg` does not exist: the picture meant is probably `/images/articles/Opal Ring Front.jpg`, whose name holds spaces, which a web address cannot hold; rename the file to `opal-ring-front.jpg`, the name you wrote",
    ]);
    await folder.write("public/images/articles/opal-ring-front.jpg", await smallImage());
    await rm(path.join(folder.publicDir, "images/articles/Opal Ring Front.jpg"));
    expect(await report()).toEqual([]);
  });

  it("with spaces, for another name, is told the rename and the path to write", async () => {
    await journal.folder().write("public/images/articles/Opal Ring Front.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", text("/images/articles/Opal-Ring-Front.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/Opal-Ring-Front.jpg` does not exist: the picture meant is probably `/images/articles/Opal Ring Front.jpg`, whose name holds spaces, which a web address cannot hold; rename the file to `opal-ring-front.jpg`, and write `/images/articles/opal-ring-front.jpg`",
    ]);
  });
});

describe("a picture whose file's name holds `#` or `?` (jeweler's trial, 2026-12-07 afternoon)", () => {
  const text = (src: string) => article({ title: '"Silver Care"' }, `![A gold signet ring](${src})\n`);

  it.each([
    ["#", "signet#2.jpg"],
    ["?", "signet?2.jpg"],
  ])("`%s`, written as the file is named, is told to rename the file, and the line written so passes the next run", async (mark, name) => {
    const folder = journal.folder();
    await folder.write(`public/images/articles/${name}`, await smallImage());
    await folder.write("content/articles/care.md", text(`/images/articles/${name}`));
    expect(await report()).toEqual([
      `error content/articles/care.md:9: the image \`/images/articles/${name}\`: a web address stops a file's name at \`${mark}\`, so this path names \`/images/articles/signet\`, not the file \`${name}\`; rename the file to \`signet-2.jpg\` and write \`/images/articles/signet-2.jpg\``,
    ]);
    await folder.write("public/images/articles/signet-2.jpg", await smallImage());
    await rm(path.join(folder.publicDir, `images/articles/${name}`));
    await folder.write("content/articles/care.md", text("/images/articles/signet-2.jpg"));
    expect(await report()).toEqual([]);
  });

  it("for the name written without it, is told to rename the file to the name written", async () => {
    await journal.folder().write("public/images/articles/signet#2.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", text("/images/articles/signet-2.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/signet-2.jpg` does not exist: the picture meant is probably `/images/articles/signet#2.jpg`, whose name holds `#`, where a web address stops a file's name; rename the file to `signet-2.jpg`, the name you wrote",
    ]);
  });

  it("as a cover, is told the same on the `src` line, not to leave out `#2.jpg`", async () => {
    await journal.folder().write("public/images/articles/signet#2.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover("A gold signet ring", "/images/articles/signet#2.jpg"));
    expect(await report()).toEqual([
      "error content/articles/care.md:8: `cover.src`: the image `/images/articles/signet#2.jpg`: a web address stops a file's name at `#`, so this path names `/images/articles/signet`, not the file `signet#2.jpg`; rename the file to `signet-2.jpg` and write `/images/articles/signet-2.jpg`",
    ]);
  });

  it("after the name of a picture that has no `#` in its name is still told to be left out", async () => {
    await journal.folder().write("public/images/articles/signet.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A gold signet ring](/images/articles/signet.jpg#front)\n"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/articles/signet.jpg#front` has `#front` after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out `#front` (the site makes the sizes itself): write `![A gold signet ring](/images/articles/signet.jpg)`",
    ]);
  });
});

describe("a picture saved beside the article (fifth jeweler's trial)", () => {
  it("is told, in the text and for the file, to move it to public/images/articles/ and the path to write, which passes the next run", async () => {
    const folder = journal.folder();
    await folder.write("content/articles/signet-wax.jpg", await smallImage());
    await folder.write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A signet ring carved in green wax](signet-wax.jpg)\n"));
    expect((await checkFolder(folder)).map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([
      "error content/articles/care.md:9: the image path `signet-wax.jpg` names no picture in public/, where the site looks for pictures (one saved beside the article is not read); put the picture in public/images/articles/ as `signet-wax.jpg` and write `/images/articles/signet-wax.jpg`",
      "warning content/articles/signet-wax.jpg: the picture `signet-wax.jpg` is not read here: only `.md` files in content/articles/ are read, and pictures go in public/images/articles/; move it there and write its path as `/images/articles/signet-wax.jpg`",
    ]);
    await folder.write("public/images/articles/signet-wax.jpg", await smallImage());
    await rm(path.join(folder.contentDir, "articles/signet-wax.jpg"));
    await folder.write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A signet ring carved in green wax](/images/articles/signet-wax.jpg)\n"));
    expect(await checkFolder(folder)).toEqual([]);
  });
});

describe("a picture on another website", () => {
  it.each([
    ["https://shop.example", "/images/articles/photo.jpg"],
    ["http://shop.example", "/images/articles/photo.jpg"],
    ["//shop.example", "/images/articles/photo.jpg"],
    ["https://shop.example/_ring.jpg", "/images/articles/ring.jpg"],
    ["https://shop.example/Ring%20%20Band.jpg", "/images/articles/ring-band.jpg"],
    ["https://shop.example/photo.jpg-large", "/images/articles/photo.jpg-large.jpg"],
    ["https://shop.example/ring.jpg?w=1200#top", "/images/articles/ring.jpg"],
  ])("%s is saved as %s", async (src, saved) => {
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `![A ring with a topaz](${src})\n`));
    expect(await report()).toEqual([
      `error content/articles/care.md:9: the picture \`${src}\` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write \`![A ring with a topaz](${saved})\``,
    ]);
  });

  it("written as HTML with its query on the next line is saved under the file's own name", async () => {
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, '<img src="https://shop.example/ring.jpg?w=1200\n&h=800" alt="A ring with a topaz">\n'));
    expect(await report()).toEqual([
      'error content/articles/care.md:9: the picture `https://shop.example/ring.jpg?w=1200\\n&h=800` is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and write `<img src="/images/articles/ring.jpg" alt="A ring with a topaz">`',
    ]);
  });
});

describe("a picture narrower than the page shows it (photographs trial)", () => {
  const stretched = (where: string, what: string, size: string, shown: string, sharpWidth: string) =>
    `warning ${where}: ${what} is ${size} pixels, but a computer's screen shows it ${shown} pixels wide, stretched, so it looks blurred; use the photo at ${sharpWidth} pixels wide or more (twice ${shown}: phones and most laptops draw two pixels or more for each of the page's)`;

  it("as a cover, 300×200, is a warning on its line with the width that looks sharp", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage("jpeg", 300, 200));
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual([stretched("content/articles/care.md:8", "the cover `/images/cover.jpg`", "300×200", "684", "1368")]);
  });

  it.each([
    ["alone on its line, 683 pixels wide, is stretched to the column", "![A ring](/images/ring.jpg)\n", 683, ["care.md:9 683×455 684 1368"]],
    ["alone on its line, 684 pixels wide, fills the column", "![A ring](/images/ring.jpg)\n", 684, []],
    ["in a gallery of two lines, 349 pixels wide, is stretched to half the column", "![A ring](/images/ring.jpg)\n![A bench](/images/bench.jpg)\n", 349, ["care.md:9 349×233 350 700", "care.md:10 349×233 350 700"]],
    ["in a gallery of two lines, 350 pixels wide, fills its half", "![A ring](/images/ring.jpg)\n![A bench](/images/bench.jpg)\n", 350, []],
    ["in a gallery on one line, 600 pixels wide, fills its half", "![A ring](/images/ring.jpg) ![A bench](/images/bench.jpg)\n", 600, []],
    ["two figures with a blank line between, 600 pixels wide, each stretched to the column", "![A ring](/images/ring.jpg)\n\n![A bench](/images/bench.jpg)\n", 600, ["care.md:9 600×400 684 1368", "care.md:11 600×400 684 1368"]],
  ])("in the text, %s", async (_, body, width, expected) => {
    const picture = await smallImage("jpeg", width, Math.round((width * 2) / 3));
    await journal.folder().write("public/images/ring.jpg", picture);
    await journal.folder().write("public/images/bench.jpg", picture);
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, body));
    const told = expected.map((short) => {
      const [where = "", size = "", shown = "", sharpWidth = ""] = short.split(" ");
      const src = where.endsWith(":9") ? "/images/ring.jpg" : "/images/bench.jpg";
      return stretched(`content/articles/${where}`, `the image \`${src}\``, size, shown, sharpWidth);
    });
    expect(await report()).toEqual(told);
  });

  // A tall picture is never higher than 85% of the window: in a 1300-pixel window, the tallest a 27-inch screen gives, a 2:3 one is 737 wide, so the column's 684, and a 1:2 one 553.
  const tallStretched = (line: string, size: string, shown: string, sharpWidth: string) =>
    `warning content/articles/care.md:${line}: the image \`/images/${line === "9" ? "ring" : "bench"}.jpg\` is ${size} pixels, but a large computer's screen shows it ${shown} pixels wide (so that it is no higher than the window), stretched, so it looks blurred; use the photo at ${sharpWidth} pixels wide or more (twice ${shown}: phones and most laptops draw two pixels or more for each of the page's)`;

  it.each([
    ["a 1:2 necklace 600×1200 alone is wider than the 553 pixels it is shown at: sharp", "![A ring](/images/ring.jpg)\n", [600, 1200], []],
    ["a 1:2 necklace 553×1106 alone is as wide as it is shown: sharp", "![A ring](/images/ring.jpg)\n", [553, 1106], []],
    ["a 1:2 necklace 552×1104 alone is stretched to 553, not to the column", "![A ring](/images/ring.jpg)\n", [552, 1104], [tallStretched("9", "552×1104", "553", "1106")]],
    ["a 1:4 chain 250×1000 in a gallery is stretched to 277, not to the gallery's 350", "![A ring](/images/ring.jpg)\n![A bench](/images/bench.jpg)\n", [250, 1000], [tallStretched("9", "250×1000", "277", "554"), tallStretched("10", "250×1000", "277", "554")]],
    ["a 2:3 portrait 600×900 alone fills the column in a tall window, so it is stretched to 684 as a landscape is", "![A ring](/images/ring.jpg)\n", [600, 900], [stretched("content/articles/care.md:9", "the image `/images/ring.jpg`", "600×900", "684", "1368")]],
    ["a 2:3 portrait 684×1026 alone fills the column: sharp", "![A ring](/images/ring.jpg)\n", [684, 1026], []],
  ])("in the text, tall: %s", async (_, body, [width, height], expected) => {
    const picture = await smallImage("jpeg", width, height);
    await journal.folder().write("public/images/ring.jpg", picture);
    await journal.folder().write("public/images/bench.jpg", picture);
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, body));
    expect(await report()).toEqual(expected);
  });

  it("as a cover, a 1:2 picture 600×1200 fills the column, as covers are never narrowed: stretched to 684", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage("jpeg", 600, 1200));
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual([
      "warning content/articles/care.md:8: the cover `/images/cover.jpg` is 600×1200, not 3:2: its article shows it whole at that shape, and lists show it whole inside a 3:2 frame on a blurred copy of its colours; to fill the frame instead, crop it to 600×400 pixels",
      stretched("content/articles/care.md:8", "the cover `/images/cover.jpg`", "600×1200", "684", "1368"),
    ]);
  });

  const blurredPortrait = (line: string, size: string) =>
    `warning content/authors/isla.md:${line}: the portrait \`/images/isla.jpg\` is ${size} pixels, and the author's page shows its middle square in a circle 128 pixels across, but phones and most laptops draw two pixels or more for each of the page's, so on them it is stretched and looks blurred; use a photo 256 pixels or more on its shorter side (twice 128), square if you can`;

  it.each([
    ["200×200, is a warning on its `avatar` line", "avatar: { src: /images/isla.jpg, alt: Isla at her bench }", [200, 200], ["3 200×200"]],
    ["255×255, is a warning on its `src:` line", "avatar:\n  src: /images/isla.jpg\n  alt: Isla at her bench", [255, 255], ["4 255×255"]],
    ["256×256, twice the width the author's page shows it, is sharp", "avatar: { src: /images/isla.jpg, alt: Isla at her bench }", [256, 256], []],
    ["300×200, its middle square 200 pixels across, is a warning", "avatar: { src: /images/isla.jpg, alt: Isla at her bench }", [300, 200], ["3 300×200"]],
    ["384×256, its middle square 256 pixels across, is sharp", "avatar: { src: /images/isla.jpg, alt: Isla at her bench }", [384, 256], []],
  ])("as a portrait, %s", async (_, avatar, [width, height], expected) => {
    await journal.folder().write("public/images/isla.jpg", await smallImage("jpeg", width, height));
    await journal.folder().write("content/authors/isla.md", isla(avatar));
    expect(await authorReport()).toEqual(expected.map((short) => blurredPortrait(...(short.split(" ") as [string, string]))));
  });

  it("as a portrait stored 400×240, turned a quarter by its EXIF orientation 6, is 240 wide: a warning", async () => {
    await journal.folder().write("public/images/isla.jpg", await turnedJpeg(400, 240, 6));
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla at her bench }"));
    expect(await authorReport()).toEqual([blurredPortrait("3", "240×400")]);
  });

  it("in a list, 300 pixels wide, is shown at its own size: only the list's warning", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage("jpeg", 300, 200));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "- ![A ring](/images/ring.jpg)\n"));
    expect(await report()).toEqual([
      "warning content/articles/care.md:9: the picture `/images/ring.jpg` is inside a list, so the page shows it as it is, without the full-size view readers open by tapping a picture; if they should, take it out of a list and put it on a line of its own, with an empty line above it and below it: `![A ring](/images/ring.jpg)`",
    ]);
  });

  it("drawn in SVG, 100 pixels wide, is sharp at any width", async () => {
    await journal.folder().write("public/images/sketch.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#c0a060"/></svg>');
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A sketch of the ring](/images/sketch.svg)\n"));
    expect(await report()).toEqual([]);
  });

  it("without a description gets the description's error, and the stretching said apart as a warning", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage("jpeg", 300, 200));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![](/images/ring.jpg)\n"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: the image `/images/ring.jpg` has no description; write what it shows between the square brackets, like `![A silver ring set with a blue topaz](/images/ring.jpg)`",
      stretched("content/articles/care.md:9", "the image `/images/ring.jpg`", "300×200", "684", "1368"),
    ]);
  });
});

describe("a cover", () => {
  it("of 3:2 with a description gets nothing", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual([]);
  });

  it.each([
    // Upright, 720 pixels wide: wide enough for the page, which the stored width of 480 is not.
    ["stored 480×720, turned a quarter by its EXIF orientation 6, is 3:2", 480, 720, 6, []],
    ["stored 480×720, turned a quarter by its EXIF orientation 5, is 3:2", 480, 720, 5, []],
    ["stored 1080×720, turned a quarter by its EXIF orientation 8, is 2:3", 1080, 720, 8, ["warning content/articles/care.md:8: the cover `/images/cover.jpg` is 720×1080, not 3:2: its article shows it whole at that shape, and lists show it whole inside a 3:2 frame on a blurred copy of its colours; to fill the frame instead, crop it to 720×480 pixels"]],
    ["stored 720×480, upside down (EXIF orientation 3), is 3:2", 720, 480, 3, []],
  ])("%s", async (_, width, height, orientation, expected) => {
    await journal.folder().write("public/images/cover.jpg", await turnedJpeg(width, height, orientation));
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual(expected);
  });

  it("whose file does not exist is named once", async () => {
    await journal.folder().write("content/articles/care.md", withCover("A silver ring", "/images/gone.jpg"));
    expect(await report()).toEqual(["error content/articles/care.md:8: `cover.src`: the image `/images/gone.jpg` does not exist; put the picture at `public/images/gone.jpg`, or correct the path"]);
  });

  it("described as any picture could be is an error", async () => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover("IMG_2041.HEIC"));
    expect(await report()).toEqual([
      "error content/articles/care.md:9: `cover.alt` is `IMG_2041.HEIC`, which tells a reader who cannot see the picture nothing; describe the piece: write `  alt: A silver ring set with a blue topaz`, with your own words for what it shows",
    ]);
  });
});

describe("a description copied from a message's example", () => {
  const copied = (alt: string, where: string) => `\`${alt}\`, the example from this check's messages, which describes no picture of yours; write what your picture shows ${where}, in your own words`;

  it.each([
    ["the example of the message for a picture without one", "![A silver ring set with a blue topaz](/images/ring.jpg)", "A silver ring set with a blue topaz", "between the square brackets"],
    ["in other capitals, with a full stop", "![A Silver Ring Set With A Blue Topaz.](/images/ring.jpg)", "A Silver Ring Set With A Blue Topaz.", "between the square brackets"],
    ["written as HTML, with two spaces", '<img src="/images/ring.jpg" alt="a silver ring  set with a blue topaz">', "a silver ring  set with a blue topaz", "in its `alt`"],
    ["with three full stops", "![A silver ring set with a blue topaz...](/images/ring.jpg)", "A silver ring set with a blue topaz...", "between the square brackets"],
  ])("in the text is an error: %s", async (_, picture, alt, where) => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, `${picture}\n`));
    expect(await report()).toEqual([`error content/articles/care.md:9: the image \`/images/ring.jpg\` is described as ${copied(alt, where)}`]);
  });

  it("in the text, on a picture whose file is missing, is told with it", async () => {
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A silver ring set with a blue topaz](/images/ring.jpg)\n"));
    expect(await report()).toEqual([
      `error content/articles/care.md:9: the image \`/images/ring.jpg\` does not exist; put the picture at \`public/images/ring.jpg\`, or correct the path. Its description is ${copied("A silver ring set with a blue topaz", "between the square brackets")}`,
    ]);
  });

  it.each([
    ["the example of the message for a cover without `alt`", "A silver ring with a pale blue topaz"],
    ["the example of the message for a cover written as a path alone", '"What the picture shows"'],
    ["the example for one that tells nothing", "A silver ring set with a blue topaz"],
  ])("as a cover's `alt` is an error: %s", async (_, alt) => {
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover(alt));
    expect(await report()).toEqual([`error content/articles/care.md:9: \`cover.alt\` is ${copied(alt.replace(/"/g, ""), "after `alt:`")}`]);
  });

  it("as a portrait's `alt`, from the message for an `avatar:` written as a path alone, is an error", async () => {
    await journal.folder().write("public/images/isla.jpg", await smallImage("jpeg", 256, 256));
    await journal.folder().write("content/authors/isla.md", '---\nname: Isla Marrow\navatar: { src: /images/isla.jpg, alt: "What the picture shows" }\n---\nIsla makes rings.\n');
    const issues = await checkFolder(journal.folder());
    expect(issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`)).toEqual([`error content/authors/isla.md:3: \`avatar.alt\` is ${copied("What the picture shows", "after `alt:`")}`]);
  });

  it("the author's own words pass", async () => {
    await journal.folder().write("public/images/ring.jpg", await smallImage());
    await journal.folder().write("public/images/cover.jpg", await smallImage());
    await journal.folder().write("content/articles/care.md", withCover("A gold ring with a green tourmaline, seen from above").replace("Some words about silver.", "![A silver ring set with a deep blue sapphire](/images/ring.jpg)"));
    expect(await report()).toEqual([]);
  });
});

describe("a photo whose file records where it was taken (photographs trial)", () => {
  /** A 720×480 JPEG carrying `exif`, as a phone or a camera writes it (IFD0: the camera, IFD3: GPS). */
  const photoWith = (exif: Record<string, Record<string, string>>) =>
    sharp({ create: { width: 720, height: 480, channels: 3, background: "#c0a060" } }).jpeg().withExif(exif).toBuffer();
  const atTheBench = { IFD0: { Make: "Apple", Model: "iPhone 15" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1", GPSLongitudeRef: "E", GPSLongitude: "2/1 21/1 3/1" } };
  const told = (where: string, src: string) =>
    `error ${where}: the photo \`${src}\` records where it was taken (its GPS position, as phones save it), and anyone can download the file from the journal and read the place, your workshop or your home; take the location out and commit the file again: on a Mac, open it in Preview, choose Tools → Show Inspector, the (i) tab, then GPS, click Remove Location Info and save; on an iPhone, when you share the photo, tap Options and turn Location off`;

  it.each([
    ["in the text", "content/articles/care.md:9", article({ title: '"Silver Care"' }, "![A silver ring](/images/cover.jpg)\n")],
    ["as a cover", "content/articles/care.md:8", withCover()],
  ])("%s is an error naming the file, its line and how to take the place out", async (_, where, markdown) => {
    await journal.folder().write("public/images/cover.jpg", await photoWith(atTheBench));
    await journal.folder().write("content/articles/care.md", markdown);
    expect(await report()).toEqual([told(where, "/images/cover.jpg")]);
  });

  // Sorting gps-position.ts's mutants: every photo with a position held both halves of it.
  it.each([
    ["its latitude alone", { IFD0: { Make: "Apple", Model: "iPhone 15" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1" } }],
    ["its longitude alone", { IFD0: { Make: "Apple", Model: "iPhone 15" }, IFD3: { GPSLongitudeRef: "E", GPSLongitude: "2/1 21/1 3/1" } }],
  ])("recording %s is an error too: half a position still narrows down where the bench is", async (_, exif) => {
    await journal.folder().write("public/images/cover.jpg", await photoWith(exif));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A silver ring](/images/cover.jpg)\n"));
    expect(await report()).toEqual([told("content/articles/care.md:9", "/images/cover.jpg")]);
  });

  it("as a portrait is an error on the author's line", async () => {
    await journal.folder().write("public/images/isla.jpg", await photoWith(atTheBench));
    await journal.folder().write("content/authors/isla.md", isla("avatar: { src: /images/isla.jpg, alt: Isla at her bench }"));
    expect(await authorReport()).toEqual([told("content/authors/isla.md:3", "/images/isla.jpg")]);
  });

  it.each([
    ["public/images/old-ring.jpg", "/images/old-ring.jpg"],
    ["public/images/articles/bench/Bench Photo.JPG", "/images/articles/bench/Bench Photo.JPG"],
  ])("that no page uses, at %s, is an error naming the file and its address, which anyone can download, and saying to take the place out or delete the file", async (file, address) => {
    await journal.folder().write(file, await photoWith(atTheBench));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }));
    expect(await authorReport()).toEqual([
      `error ${file}: the photo \`${address}\` records where it was taken (its GPS position, as phones save it), and anyone can download the file from the journal, though no page shows it, and read the place, your workshop or your home; take the location out and commit the file again: on a Mac, open it in Preview, choose Tools → Show Inspector, the (i) tab, then GPS, click Remove Location Info and save; on an iPhone, when you share the photo, tap Options and turn Location off; or, if the journal no longer needs it, delete the file`,
    ]);
  });

  it("that no page uses passes once the place is taken out, in the same run of the preview", async () => {
    await journal.folder().write("public/images/old-ring.jpg", await photoWith(atTheBench));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }));
    expect(await authorReport()).toHaveLength(1);
    await journal.folder().write("public/images/old-ring.jpg", await photoWith({ IFD0: { Make: "Apple", Model: "iPhone 15" } }));
    expect(await authorReport()).toEqual([]);
  });

  it("unused files under public/ that record no place, or are no pictures, pass", async () => {
    await journal.folder().write("public/images/old-ring.jpg", await photoWith({ IFD0: { Make: "Apple", Model: "iPhone 15" } }));
    await journal.folder().write("public/images/logo.png", await smallImage("png", 40, 30));
    await journal.folder().write("public/images/notes.jpg", Buffer.from("notes about the ring\n"));
    await journal.folder().write("public/robots.txt", "User-agent: *\n");
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }));
    expect(await authorReport()).toEqual([]);
  });

  // Sorting served-files.ts's mutants: no test had a journal whose public/ could not be listed.
  it("a journal without a public/ folder, whose pages use no picture, passes", async () => {
    await rm(journal.folder().publicDir, { recursive: true });
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }));
    expect(await authorReport()).toEqual([]);
  });

  /** An iPhone's HEIC (HEVC-coded, EXIF in its own item), as tests/fixtures/photos/README.md says. */
  const heic = (name: "IMG_2041.HEIC" | "IMG_2042.HEIC") => readFile(path.resolve("tests/fixtures/photos", name));

  it("an iPhone's HEIC that no page uses is an error naming it and its address when it records where it was taken, and passes when it does not", async () => {
    await journal.folder().write("public/images/IMG_2041.HEIC", await heic("IMG_2041.HEIC"));
    await journal.folder().write("public/images/IMG_2042.HEIC", await heic("IMG_2042.HEIC"));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }));
    expect(await authorReport()).toEqual([
      "error public/images/IMG_2041.HEIC: the photo `/images/IMG_2041.HEIC` records where it was taken (its GPS position, as phones save it), and anyone can download the file from the journal, though no page shows it, and read the place, your workshop or your home; take the location out and commit the file again: on a Mac, open it in Preview, choose Tools → Show Inspector, the (i) tab, then GPS, click Remove Location Info and save; on an iPhone, when you share the photo, tap Options and turn Location off; or, if the journal no longer needs it, delete the file",
    ]);
  });

  it("an iPhone's HEIC a page uses that records where it was taken is told once, on its line: to take the place out, export it and delete the HEIC", async () => {
    await journal.folder().write("public/images/IMG_2041.HEIC", await heic("IMG_2041.HEIC"));
    await journal.folder().write("content/articles/care.md", article({ title: '"Silver Care"' }, "![A silver ring](/images/IMG_2041.HEIC)\n"));
    expect(await authorReport()).toEqual([
      "error content/articles/care.md:9: the image `/images/IMG_2041.HEIC` is a HEIC file, which web browsers cannot show, and it records where it was taken (its GPS position, as phones save it): anyone can download it from the journal and read the place, your workshop or your home; take the location out first: on a Mac, open it in Preview, choose Tools → Show Inspector, the (i) tab, then GPS, click Remove Location Info and save; on an iPhone, when you share the photo, tap Options and turn Location off; then export it as JPEG, PNG or WebP, change the path, and delete the HEIC file",
    ]);
  });

  it("an iPhone's HEIC as a cover, small and square, is told once: browsers cannot show it (its shape and width are the copy's to have)", async () => {
    await journal.folder().write("public/images/cover.heic", await heic("IMG_2042.HEIC"));
    await journal.folder().write("content/articles/care.md", withCover("A silver ring", "/images/cover.heic"));
    expect(await authorReport()).toEqual(["error content/articles/care.md:8: the image `/images/cover.heic` is a HEIC file, which web browsers cannot show; export it as JPEG, PNG or WebP"]);
  });

  // Sorting gps-position.ts's mutants: no test had EXIF the reader refuses, which the check lets pass rather than stop the build;
  // and image-size threw reading EXIF cut short after its header from a plain Uint8Array, so that photo was told "is not a picture".
  it.each([
    ["garbled where its byte order should be (neither II nor MM), whose place cannot be read", "Exif\0\0XX\0*\0\0\0\x08"],
    ["cut short right after its header, which browsers show", "Exif\0\0II*\0"],
  ])("with EXIF %s, passes", async (_, written) => {
    const jpeg = await smallImage();
    const exif = Buffer.from(written, "latin1");
    // An APP1 segment, where a JPEG keeps its EXIF, right after the file's first two bytes.
    const segment = Buffer.concat([Buffer.from([0xff, 0xe1, 0, exif.length + 2]), exif]);
    const bytes = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    expect((await sharp(bytes).metadata()).exif).toEqual(exif);
    await journal.folder().write("public/images/cover.jpg", bytes);
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual([]);
  });

  it.each([
    ["with the camera's EXIF but no GPS", () => photoWith({ IFD0: { Make: "Apple", Model: "iPhone 15", Copyright: "Isla Marrow" } }), true],
    ["with no EXIF at all", () => smallImage(), false],
  ])("%s passes", async (_, photo, hasExif) => {
    const bytes = await photo();
    expect((await sharp(bytes).metadata()).exif !== undefined).toBe(hasExif);
    await journal.folder().write("public/images/cover.jpg", bytes);
    await journal.folder().write("content/articles/care.md", withCover());
    expect(await report()).toEqual([]);
  });
});
