import { open, type FileHandle } from "node:fs/promises";
import { imageSize } from "image-size";
import sharp from "sharp";
import { lineAt } from "../content/frontmatter";
import { locateImage, publicFolder, type PublicFolder } from "../content/image-path";
import type { ContentIssue } from "../content/issues";
import type { SourceLines } from "../content/types";
import type { MarkdownImage } from "./references";
import { readsWhole, recordsPlace } from "../images/describe-photo";
import { fileRecordsPosition } from "../images/gps-position";
import { displayPath } from "../content/content-files";
import { servedFiles } from "./served-files";
import { AVATAR_WIDTH, COLUMN_WIDTH, fillsCoverFrame, GALLERY_WIDTH, squareSide, widthsFor } from "../images/variants";
import { isBio, type CheckedPage } from "./pages";
import { asWritten, quote } from "../content/printable";
import { EXAMPLE_DESCRIPTION, isExampleDescription } from "../content/example-descriptions";
import { pictureFieldLine, writeInPlace } from "../content/picture-lines";
import { widestShown } from "../images/tall-photos";

/** What browsers show; a HEIC photo from a phone, a TIFF scan or a PSD must be exported first. */
const WEB_TYPES = new Set(["jpg", "png", "gif", "webp", "avif", "svg"]);
/** The types that may hold an animation: a GIF, or a WebP exported from one. */
const ANIMATED_TYPES = new Set(["gif", "webp"]);
/** The web types the site makes copies of (lib/images), reading the whole file. */
const COPIED_TYPES = new Set(["jpg", "png", "gif", "webp", "avif"]);
/** Each copied type's name, so a damaged file is exported again in its own format (a PNG keeps its transparency). */
const FORMAT_NAMES: Record<string, string> = { jpg: "JPEG", png: "PNG", gif: "GIF", webp: "WebP", avif: "AVIF" };
/** Readers load only the copies the site makes (lib/images), so a file's size weighs on the repository and the build alone. */
const LARGE_BYTES = 10_000_000;
/** The copies the site makes of each kind of picture (a picture in the text: its column's and its full-size view's). */
const SHOWN_AS = { cover: "cover", avatar: "avatar", body: "text" } as const;
/** How every PDF starts, whatever its name ends in. */
const PDF_START = "%PDF-";
// image-size reads only the start of a file; this covers most JPEG headers (EXIF, an sRGB or P3 profile).
const HEADER_BYTES = 512 * 1024;

/**
 * The picture's size from its first bytes, or from the whole file when they hold no size: a print
 * designer's CMYK JPEG carries a colour profile of up to a megabyte before it. Throws for a file
 * that is no picture.
 */
async function sizeOf(handle: FileHandle, header: Buffer, bytes: number): Promise<ReturnType<typeof imageSize>> {
  try {
    return imageSize(header);
  } catch (error) {
    if (header.length === bytes) throw error;
    const whole = Buffer.alloc(bytes);
    await handle.read(whole, 0, bytes, 0);
    return imageSize(whole);
  }
}

type ImageFile = { kind: "missing" } | { kind: "unopened" } | { kind: "empty" } | { kind: "pdf" } | { kind: "unreadable" } | { kind: "damaged"; type: string } | { kind: "image"; type: string; bytes: number; width: number; height: number; frames: number; position: boolean };

async function inspect(file: string): Promise<ImageFile> {
  const handle = await open(file, "r").catch(() => undefined);
  // A name public/ lists that cannot be opened: a link to a file no longer there, or a file the build may not read.
  if (!handle) return { kind: "unopened" };
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: "missing" };
    if (stats.size === 0) return { kind: "empty" };
    // A Buffer, not a plain Uint8Array: image-size throws reading EXIF cut short after its header from the latter.
    // Stryker disable next-line MethodExpression: a buffer the size of the whole file only costs memory: image-size reads the header, and a small file's padding of zeros comes after it
    const header = Buffer.alloc(Math.min(stats.size, HEADER_BYTES));
    await handle.read(header, 0, header.length, 0);
    // A certificate or a price list: browsers open a PDF on its own, never as a picture.
    if (header.toString("latin1", 0, PDF_START.length) === PDF_START) return { kind: "pdf" };
    const size = await sizeOf(handle, header, stats.size);
    // EXIF orientations 5–8 turn the picture a quarter, so it shows height × width.
    const turned = (size.orientation ?? 1) >= 5;
    // Stryker disable next-line StringLiteral: imageSize throws for a file whose type it does not know, so the fallback never runs
    const type = size.type ?? "";
    // Its start names a picture, but a file copied only in part has no copies made, and readers would get it broken.
    if (COPIED_TYPES.has(type) && !(await readsWhole(file))) return { kind: "damaged", type };
    // An animation's copies are made of its first picture (lib/images), so the check says when there are more.
    const frames = ANIMATED_TYPES.has(type) ? ((await sharp(file).metadata()).pages ?? 1) : 1;
    // The committed file stays downloadable at its address, EXIF and all (docs/security.md); of a
    // file browsers cannot show (a phone's HEIC) only the header is read, as sharp cannot decode it.
    const position = COPIED_TYPES.has(type) ? await recordsPlace(file) : !WEB_TYPES.has(type) && (await fileRecordsPosition(file));
    return { kind: "image", type, bytes: stats.size, width: turned ? size.height : size.width, height: turned ? size.width : size.height, frames, position };
  } catch {
    return { kind: "unreadable" };
  } finally {
    await handle.close();
  }
}

type Problem = Pick<ContentIssue, "severity" | "message">;

type ImageUse = {
  file: string;
  line?: number;
  src: string;
  /** Pictures in the text only: cover and avatar alt text is required by the schema. */
  alt?: string;
  /** A Markdown picture's title (`![alt](/x.jpg "caption")`), its figure's caption, kept in the line to write. */
  title?: string;
  shownAs: keyof typeof SHOWN_AS;
  /** The page's address, against which a relative path resolves. */
  from: string;
  /** Written as HTML (`<img src=… alt=…>`) rather than Markdown. */
  html?: boolean;
  /**
   * How wide a computer's screen shows it, in the page's pixels, whatever the file's width, and the
   * width under which the check warns: a cover's or a figure's (alone or in a gallery) as soon as it
   * is stretched; a portrait's under twice that, as a portrait sharp on phones is a small file (its
   * middle square is shown, so its shorter side is what is measured). A figure's is its place's
   * width, which placeOf narrows for a tall picture once the file's shape is known.
   */
  stretchedTo?: { shown: number; least: number };
};

/** `<img src="x">` written in an article's text (bios drop HTML): its `src`, and its `alt` ("" when it has none). */
function htmlImages(page: CheckedPage): ImageUse[] {
  if (isBio(page)) return [];
  return page.references.htmlElements.flatMap(({ tagName, properties, line }): ImageUse[] => {
    const { src, alt } = properties;
    if (tagName !== "img") return [];
    // The spaces around a path are spaced-html-addresses.ts's: the file is looked for without them.
    return [{ file: page.file, line, src: typeof src === "string" ? src.trim() : "", alt: typeof alt === "string" ? alt.trim() : "", shownAs: "body", from: page.path, html: true }];
  });
}

/**
 * The width a picture alone in its paragraph is shown at, as a figure (rehype-photos.ts): the
 * column's, or half of it in a gallery, whose pictures stand on lines that follow each other (or
 * on one line). Undefined for any other (among words, in a list, a table), shown at its own size at most.
 */
function figureWidth(images: readonly MarkdownImage[], image: MarkdownImage): number | undefined {
  if (image.place !== "alone") return undefined;
  const paragraph = images.filter((other) => other.place === "alone" && Math.abs(other.line - image.line) <= 1);
  return paragraph.length > 1 ? GALLERY_WIDTH : COLUMN_WIDTH;
}

function usesOn(page: CheckedPage): ImageUse[] {
  const uses: ImageUse[] = [];
  // The about page has no picture in its fields.
  if (page.kind === "article" || page.kind === "author") {
    const [field, image, lines] = page.kind === "article" ? (["cover", page.article.cover, page.article.source.lines] as const) : (["avatar", page.author.avatar, page.author.source.lines] as const);
    // Stryker disable next-line StringLiteral: the loader refuses a cover or an avatar whose path does not start with one `/`, so the page it is read from does not matter
    const from = "/";
    const stretchedTo = field === "cover" ? { shown: COLUMN_WIDTH, least: COLUMN_WIDTH } : { shown: AVATAR_WIDTH, least: 2 * AVATAR_WIDTH };
    if (image) uses.push({ file: page.file, line: lineAt(lines, `${field}.src`), src: image.src, shownAs: field, from, stretchedTo });
  }
  // A bio's pictures are left out of its page, which bio-pictures.ts says instead of advice about files nobody sees.
  if (isBio(page)) return uses;
  for (const image of page.references.images) {
    const { src, alt, title, line } = image;
    const width = figureWidth(page.references.images, image);
    uses.push({ file: page.file, line, src, alt, title, shownAs: "body", from: page.path, ...(width === undefined ? {} : { stretchedTo: { shown: width, least: width } }) });
  }
  return [...uses, ...htmlImages(page)];
}

/**
 * How wide a computer's screen shows the picture at most, and the width under which it warns: a
 * tall figure is never higher than 85% of the window, so it is judged at its width in the tallest
 * window the site is made sharp for, as its `sizes` tells browsers (tall-photos.ts); `capped` when
 * that is narrower than its place.
 */
function placeOf(use: ImageUse, image: { width: number; height: number }): { shown: number; least: number; capped: boolean } | undefined {
  const place = use.stretchedTo;
  if (place === undefined) return undefined;
  if (use.shownAs !== "body") return { ...place, capped: false };
  const shown = widestShown(image, place.shown);
  return { shown, least: shown, capped: shown < place.shown };
}

/** The side of a picture its copies are made from: a portrait's shorter side (its copies are squares), any other picture's width. */
function measuredSide(image: { width: number; height: number }, shownAs: ImageUse["shownAs"]): number {
  return shownAs === "avatar" ? squareSide(image) : image.width;
}

function sizeAdvice(src: string, image: { bytes: number; width: number; height: number }, shownAs: ImageUse["shownAs"]): string {
  const megabytes = (image.bytes / 1_000_000).toFixed(1);
  const largest = Math.max(...widthsFor(image, SHOWN_AS[shownAs]));
  const side = measuredSide(image, shownAs);
  const [width, height] = [image.width, image.height].map((length) => Math.round((length * largest) / side));
  const save = "save it as JPEG at about 80% quality";
  const resize = side > largest ? `resize it from ${image.width}×${image.height} to ${width}×${height} pixels (the largest the site shows it) and ${save}` : save;
  return `the image ${quote(src)} is ${megabytes} MB: readers load only the smaller copies the site makes of it, but a file this big makes the journal slow to copy and to build; ${resize}`;
}

/** How to take the place a photo was taken out of its file, on a Mac or an iPhone. */
const LOCATION_OUT = "on a Mac, open it in Preview, choose Tools → Show Inspector, the (i) tab, then GPS, click Remove Location Info and save; on an iPhone, when you share the photo, tap Options and turn Location off";

/** What to say of a photo whose file records where it was taken, and how to take the place out. */
function positionAdvice(src: string, unused: boolean): string {
  // A file no page shows is served all the same (public/ is served as it is), and may simply go.
  const shown = unused ? ", though no page shows it," : "";
  const orDelete = unused ? "; or, if the journal no longer needs it, delete the file" : "";
  return `the photo ${quote(src)} records where it was taken (its GPS position, as phones save it), and anyone can download the file from the journal${shown} and read the place, your workshop or your home; take the location out and commit the file again: ${LOCATION_OUT}${orDelete}`;
}

/**
 * What to say of a picture browsers cannot show (a phone's HEIC, a TIFF scan): export it. One that
 * records where it was taken loses the place first, or the copy keeps it, and then goes.
 */
function exportAdvice(src: string, type: string, position: boolean): string {
  const format = type.toUpperCase();
  const file = `the image ${quote(src)} is a ${format} file, which web browsers cannot show`;
  if (!position) return `${file}; export it as JPEG, PNG or WebP`;
  return `${file}, and it records where it was taken (its GPS position, as phones save it): anyone can download it from the journal and read the place, your workshop or your home; take the location out first: ${LOCATION_OUT}; then export it as JPEG, PNG or WebP, change the path, and delete the ${format} file`;
}

/**
 * A picture narrower than the page shows it (a portrait: shorter than twice that): the browser stretches it
 * and it looks blurred. The width to use is twice the width shown, as phones and most laptops draw two pixels or more for
 * each of the page's.
 */
function stretchedAdvice(use: ImageUse, image: { width: number; height: number }, shown: number, capped: boolean): string {
  if (use.shownAs === "avatar") {
    return `the portrait ${quote(use.src)} is ${image.width}×${image.height} pixels, and the author's page shows its middle square in a circle ${shown} pixels across, but phones and most laptops draw two pixels or more for each of the page's, so on them it is stretched and looks blurred; use a photo ${shown * 2} pixels or more on its shorter side (twice ${shown}), square if you can`;
  }
  const what = use.shownAs === "cover" ? "the cover" : "the image";
  const screen = capped ? `a large computer's screen shows it ${shown} pixels wide (so that it is no higher than the window)` : `a computer's screen shows it ${shown} pixels wide`;
  return `${what} ${quote(use.src)} is ${image.width}×${image.height} pixels, but ${screen}, stretched, so it looks blurred; use the photo at ${shown * 2} pixels wide or more (twice ${shown}: phones and most laptops draw two pixels or more for each of the page's)`;
}

/** What a cover that is not 3:2 will look like, and the crop that would fill the lists' frame. */
function coverShapeAdvice(src: string, image: { width: number; height: number }): string {
  const cropWidth = Math.min(image.width, Math.round((image.height * 3) / 2));
  const cropHeight = Math.round((cropWidth * 2) / 3);
  return `the cover ${quote(src)} is ${image.width}×${image.height}, not 3:2: its article shows it whole at that shape, and lists show it whole inside a 3:2 frame on a blurred copy of its colours; to fill the frame instead, crop it to ${cropWidth}×${cropHeight} pixels`;
}

const DESCRIBED = EXAMPLE_DESCRIPTION.piece;

/** What to say of a description that is one of the messages' examples, pasted as it is. */
const copiedExample = (alt: string, where: string) =>
  `${quote(alt)}, the example from this check's messages, which describes no picture of yours; write what your picture shows ${where}, in your own words`;

/**
 * A description that tells a reader who cannot see the picture nothing: a camera's or a file's
 * name (`IMG_2041.HEIC`, `DSC0001.jpg`, `ring.jpg`) or a word for any picture (`image`, `photo`).
 */
const UNHELPFUL = [
  /^(img|dsc[nf]?|pxl|mvimg|dcim)[_-]?\d[\w.-]*$/i,
  /^(screenshot|screen shot|whatsapp image)[\d\s_.:-]*(at[\d\s_.:-]*)?(\.\w{2,5})?$/i,
  /^[^\s/]+\.(jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|dng)$/i,
  /^((an?|the|my)\s+)?(image|photo|photograph|picture|pic|img|alt|alt text|untitled|placeholder|screenshot)s?(\s*\d+)?$/i,
  // `💍`, `✨✨`: symbols alone, no word (the fifth jeweler's trial).
  /^[^\p{L}\p{N}]+$/u,
];

/**
 * `Picture of an opal ring`: words a screen reader says already ("image"), before the description
 * itself. `A photo of …` passes: it says what kind of picture it is, a photograph, not a drawing.
 */
const PICTURE_OF = /^((?:an?\s+|the\s+)?(?:picture|image|pic)\s+of)\s+(\S.*)$/i;

/** `Picture of an opal ring` → the words to leave out, `Picture of`, and the description without them, `An opal ring`. */
function withoutPictureWords(written: string): { words: string; alt: string } | undefined {
  const [, words = "", rest = ""] = PICTURE_OF.exec(written) ?? [];
  // `The Picture of Dorian Gray, …`: a capital after the article names a book or a painting.
  if (rest === "" || /^(?:[Aa]n?|[Tt]he)\s+\p{Lu}/u.test(words)) return undefined;
  return { words, alt: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` };
}

/** What to say of a description starting "Picture of …", ending on the line to write without those words. */
const pictureWordsAdvice = (words: string, write: string) => `a screen reader already says it is a picture, so leave out ${quote(words)}: ${write}`;

/** A description starting "Picture of …": a warning, with the line to write without those words. */
function pictureOf(use: ImageUse): Problem | undefined {
  const found = withoutPictureWords(use.alt ?? "");
  if (found === undefined) return undefined;
  return { severity: "warning", message: `the image ${quote(use.src)} is described as ${quote(use.alt)}; ${pictureWordsAdvice(found.words, `write ${quote(lineToWrite(use, use.src, found.alt))}`)}` };
}

/** Whether `alt` describes the picture: not empty, and not a name or word that could be any picture's. */
function described(alt: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: an undefined alt (a cover's or an avatar's, described by its field) is tested as the text `undefined`, which is not empty and which no pattern of UNHELPFUL names
  if (alt === undefined) return true;
  return alt !== "" && !UNHELPFUL.some((pattern) => pattern.test(alt));
}

/** The line to write for a picture in the text, as the author wrote it: Markdown or HTML. */
function lineToWrite(use: ImageUse, src: string, alt: string): string {
  return use.html ? `<img src="${src}" alt="${alt}">` : `![${alt}](${src})`;
}

/** `![alt](/x.jpg "caption")`: the line to write for a picture in the text, with its caption (only Markdown's have one). */
function captionedLine(use: ImageUse, src: string, alt: string): string {
  if (use.title === undefined) return lineToWrite(use, src, alt);
  return `![${alt}](${src} "${use.title.replace(/["\\]/g, "\\$&")}")`;
}

/**
 * `/images/ring.jpg?w=1200` or `…#top`: the page looks for a file of that whole name, finds none, and
 * shows the committed file at its full weight instead of the copies the site makes.
 */
function afterPathProblem(use: ImageUse, after: string): { problems: Problem[]; write: string } {
  const write = use.src.slice(0, -after.length);
  // Stryker disable next-line StringLiteral: only a picture in the text gets here (the loader refuses a cover or an avatar with `?` or `#`), and it always has an alt
  const alt = use.alt ?? "";
  const then = described(use.alt) ? `write ${quote(captionedLine(use, write, alt))}` : `write its path as ${quote(write)}`;
  const message = `the image ${quote(use.src)} has ${quote(after)} after its path, so the page shows the committed file itself, at its full weight, instead of the smaller copies the site makes of each picture; leave out ${quote(after)} (the site makes the sizes itself): ${then}`;
  return { write, problems: [{ severity: "error", message }] };
}

/** `/files/sapphire-certificate.pdf` → `Sapphire certificate`: the words of a link to a document whose picture had no description. */
function fileWords(href: string): string {
  // Stryker disable next-line StringLiteral: splitting a text gives one part at least, so the fallback never runs
  const name = asWritten(href.split("/").at(-1) ?? "").replace(/\.[^.]*$/, "").replace(/[-_\s]+/g, " ").trim();
  return name === "" ? "The document" : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/**
 * What to say of a PDF used as a picture: one in the text is to become a link to it (to the same
 * file renamed `.pdf`, since the server tells browsers a file's kind by its name), named by its description.
 */
function pdfAdvice(use: ImageUse): string {
  const pdf = `the file ${quote(use.src)} is a PDF, which a page cannot show as a picture`;
  if (use.shownAs !== "body") return `${pdf}; save the picture to show as JPEG, PNG or WebP and write its path`;
  const href = /\.pdf$/i.test(use.src) ? use.src : use.src.replace(/(\.[^./]*)?$/, ".pdf");
  // Stryker disable next-line StringLiteral: only a cover or an avatar has no alt, and they are told above
  const alt = use.alt ?? "";
  const words = described(alt) ? alt : fileWords(href);
  const link = quote(use.html ? `<a href="${href}">${words}</a>` : `[${words}](${href})`);
  if (href === use.src) return `${pdf}: link to it, ${link}`;
  const ending = /\.[^./]*$/.exec(use.src)?.[0];
  const named = ending === undefined ? "its name has no ending" : `its name ends in ${quote(ending)}`;
  return `${pdf} (${named}): rename it ${quote(href.slice(href.lastIndexOf("/") + 1))} and link to it, ${link}`;
}

/** Where a picture from another website goes once saved in the journal: `/images/articles/ring.jpg`. */
export function committedPath(src: string): string {
  // An HTML `src` may run over lines: the query is all that follows `?` or `#`, newlines too.
  const pathname = src.replace(/^(https?:)?\/\/[^/?#]*/i, "").replace(/[?#][\s\S]*/, "");
  // Stryker disable next-line StringLiteral: splitting a text gives one part at least, so the fallback never runs
  const last = pathname.split("/").at(-1) ?? "";
  // Each run of other characters is one `-`, so a name has one at each end at most.
  const name = asWritten(last).toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-|-$/g, "");
  if (name === "") return "/images/articles/photo.jpg";
  return `/images/articles/${/\.(jpe?g|png|gif|webp|avif)$/.test(name) ? name : `${name}.jpg`}`;
}

/** What is wrong with the file behind one use of an image, and the path to write instead when known. */
async function fileProblems(use: ImageUse, folder: PublicFolder, inspected: Map<string, Promise<ImageFile>>): Promise<{ problems: Problem[]; write?: string; stretched?: Problem; link?: boolean }> {
  const { src } = use;
  if (src.trim() === "") {
    // Only a picture in the text gets here: the loader refuses a cover or an avatar without a path.
    const example = lineToWrite(use, "/images/articles/ring.jpg", use.alt || DESCRIBED);
    return { problems: [{ severity: "error", message: `a picture in the text has no path, so readers would see a broken picture; write the path of its file under public/, like ${quote(example)}` }] };
  }
  const located = await locateImage(src, use.from, folder);
  if (located.kind === "external") {
    const write = committedPath(src);
    // Stryker disable next-line StringLiteral: only a picture in the text gets here (the loader refuses a cover or an avatar on another website), and it always has an alt
    const alt = use.alt ?? "";
    const then = described(use.alt) ? `write ${quote(lineToWrite(use, write, alt))}` : `use its path, ${quote(write)}`;
    return {
      write,
      problems: [{ severity: "error", message: `the picture ${quote(src)} is on another website, and the page shows only pictures that are part of the journal, so readers would see none; save the photo under public/images/articles/, commit it with the article, and ${then}` }],
    };
  }
  if (located.kind === "problem") {
    // Only a picture in the text gets here: the loader refuses a cover or an avatar whose path is not a picture in public/.
    return { problems: [{ severity: "error", message: located.message }], write: located.write };
  }
  // The path names a picture once what follows `?` or `#` is left out (an HTML `src` may run over lines).
  const after = /[?#][\s\S]*$/.exec(src)?.[0];
  if (after !== undefined) return afterPathProblem(use, after);
  const known = inspected.get(located.file) ?? inspect(located.file);
  inspected.set(located.file, known);
  const image = await known;
  const problems: Problem[] = [];
  if (image.kind === "missing") {
    problems.push({ severity: "error", message: `${quote(src)} is a folder, not a picture; write the path of the picture file inside it` });
  } else if (image.kind === "unopened") {
    problems.push({ severity: "error", message: `the file ${quote(src)} cannot be opened (it may be a link to a picture that is no longer there); put the picture itself at that path` });
  } else if (image.kind === "damaged") {
    problems.push({
      severity: "error",
      message: `the file ${quote(src)} is damaged: only its start can be read (it may have been copied or downloaded only in part), so readers would see it broken; open it on your computer and, if it shows whole there, export it again as ${FORMAT_NAMES[image.type] ?? image.type.toUpperCase()}, otherwise copy it again from the camera or phone`,
    });
  } else if (image.kind === "empty") {
    problems.push({ severity: "error", message: `the file ${quote(src)} is empty (0 bytes): copy it again from your camera or computer` });
  } else if (image.kind === "pdf") {
    // Told whole: a link's words are no picture's description.
    return { problems: [{ severity: "error", message: pdfAdvice(use) }], link: true };
  } else if (image.kind === "unreadable") {
    problems.push({ severity: "error", message: `the file ${quote(src)} is not a picture (it may be damaged, or another kind of file renamed); save it again as JPEG, PNG or WebP` });
  } else if (!WEB_TYPES.has(image.type)) {
    problems.push({ severity: "error", message: exportAdvice(src, image.type, image.position) });
  } else if (image.position) {
    problems.push({ severity: "error", message: positionAdvice(src, false) });
  } else if (image.frames > 1) {
    const message = `the image ${quote(src)} is an animation of ${image.frames} pictures, but the page shows only its first, still: moving copies would weigh too much on readers' phones; choose the picture readers should see and save it as JPEG, or save a few of them as JPEG and write them one to a line, with no blank line between, to show them as a gallery`;
    problems.push({ severity: "warning", message });
  } else if (image.bytes > LARGE_BYTES) {
    problems.push({ severity: "warning", message: sizeAdvice(src, image, use.shownAs) });
  }
  // A picture browsers cannot show is told once: its shape and width are the exported copy's to have.
  const showable = image.kind === "image" && WEB_TYPES.has(image.type);
  if (showable && use.shownAs === "cover" && !fillsCoverFrame(image)) {
    problems.push({ severity: "warning", message: coverShapeAdvice(src, image) });
  }
  // A drawing in SVG is sharp at any width.
  const place = showable ? placeOf(use, image) : undefined;
  if (showable && image.type !== "svg" && place !== undefined && measuredSide(image, use.shownAs) < place.least) {
    return { problems, stretched: { severity: "warning", message: stretchedAdvice(use, image, place.shown, place.capped) } };
  }
  return { problems };
}

/**
 * The problems of one use of an image's file, with what is wrong with its description. A picture
 * in the text without a description gets one message for its line, whatever else is wrong with
 * its file, ending on the line to write.
 */
function withDescription(use: ImageUse, problems: Problem[], write: string | undefined): Problem[] {
  const where = use.html ? "in its `alt`" : "between the square brackets";
  // Stryker disable next-line StringLiteral: an undefined alt is a cover's or a portrait's, which fieldAltIssues checks
  if (isExampleDescription(use.alt ?? "")) {
    const copied = copiedExample(use.alt ?? "", where);
    // Stryker disable next-line StringLiteral: a picture in the text has one problem with its file at most (the file's checks are one `if … else if` chain), so nothing is joined
    const found = problems.map((problem) => problem.message).join("; ");
    return [{ severity: "error", message: problems.length === 0 ? `the image ${quote(use.src)} is described as ${copied}` : `${found}. Its description is ${copied}` }];
  }
  const redundant = pictureOf(use);
  if (described(use.alt)) return redundant === undefined ? problems : [...problems, redundant];
  const line = quote(lineToWrite(use, write ?? use.src, DESCRIBED));
  if (problems.length === 0) {
    const message =
      use.alt === ""
        ? `the image ${quote(use.src)} has no description; write what it shows ${where}, like ${line}`
        : `the image ${quote(use.src)} is described as ${quote(use.alt)}, which tells a reader who cannot see it nothing; describe the piece: write ${line}, with your own words for what it shows`;
    return [{ severity: "error", message }];
  }
  const also = use.alt === "" ? "It also has no description" : `Its description ${quote(use.alt)} tells a reader who cannot see it nothing`;
  // Stryker disable next-line StringLiteral: a picture in the text has one problem with its file at most (the file's checks are one `if … else if` chain; the 3:2 shape is a cover's), so nothing is joined
  const found = problems.map((problem) => problem.message).join("; ");
  return [{ severity: "error", message: `${found}. ${also}: write ${line}, with your own words for what it shows` }];
}

/** What is wrong with one use of an image, and then, said apart, whether the page stretches it. */
async function problemsWith(use: ImageUse, folder: PublicFolder, inspected: Map<string, Promise<ImageFile>>): Promise<Problem[]> {
  const { problems, write, stretched, link } = await fileProblems(use, folder, inspected);
  // A document is to become a link, whose words pdfAdvice has chosen.
  const told = link === true ? problems : withDescription(use, problems, write);
  // Never joined into a description's error: it is how the picture looks, not a fault of its file.
  return stretched === undefined ? told : [...told, stretched];
}

/** "write" the line that writes a cover's or a portrait's `alt` as `alt`, as the file writes the group (lib/content/picture-lines.ts). */
function writeAlt(field: "cover" | "avatar", src: string, source: SourceLines, alt: string): string {
  const written = { lines: source.lines, indents: source.indents, braces: source.braces, group: { src, alt } };
  return writeInPlace(field, pictureFieldLine(field, "alt", alt, written), written);
}

/**
 * A cover's or a portrait's `alt` that could be any picture's (`IMG_2041.HEIC`, `photo`), or that
 * starts "Picture of …": the line to write instead.
 */
function fieldAltIssues(page: CheckedPage): ContentIssue[] {
  if (page.kind !== "article" && page.kind !== "author") return [];
  const [field, image, source] = page.kind === "article" ? (["cover", page.article.cover, page.article.source] as const) : (["avatar", page.author.avatar, page.author.source] as const);
  // The schema trims the alt and refuses an empty one.
  if (!image) return [];
  const line = lineAt(source.lines, `${field}.alt`);
  if (isExampleDescription(image.alt)) return [{ file: page.file, line, severity: "error", message: `\`${field}.alt\` is ${copiedExample(image.alt, "after `alt:`")}` }];
  const redundant = withoutPictureWords(image.alt);
  if (redundant !== undefined) {
    return [{ file: page.file, line, severity: "warning", message: `\`${field}.alt\` is ${quote(image.alt)}; ${pictureWordsAdvice(redundant.words, writeAlt(field, image.src, source, redundant.alt))}` }];
  }
  if (described(image.alt)) return [];
  // A portrait shows the author, not a piece: its example describes a person.
  const [what, example] = field === "cover" ? ["the piece", DESCRIBED] : ["the person", EXAMPLE_DESCRIPTION.portrait];
  const message = `\`${field}.alt\` is ${quote(image.alt)}, which tells a reader who cannot see the picture nothing; describe ${what}: ${writeAlt(field, image.src, source, example)}, with your own words for what it shows`;
  return [{ file: page.file, line, severity: "error", message }];
}

/**
 * The files under public/ that no page uses and that record where they were taken: public/ is
 * served as it is, so each is downloadable at its address. Only their headers are read.
 */
async function unusedPlaceIssues(folder: PublicFolder, used: ReadonlySet<string>): Promise<ContentIssue[]> {
  const unused = (await servedFiles(folder)).filter(({ file }) => !used.has(file));
  const placed = await Promise.all(unused.map(async (served) => ((await fileRecordsPosition(served.file)) ? [served] : [])));
  return placed.flat().map(({ file, address }): ContentIssue => ({ file: displayPath(file, folder.root), severity: "error", message: positionAdvice(address, true) }));
}

/**
 * Every cover, avatar and Markdown image must be a picture under public/ that browsers can
 * show, with a description for readers who cannot see it, that does not record where it was
 * taken; large files get advice on resizing. No other picture file under public/ may record
 * where it was taken either.
 * Each file is read once, however many pages use it.
 */
export async function checkImages(pages: readonly CheckedPage[], publicDir: string): Promise<ContentIssue[]> {
  const folder = publicFolder(publicDir);
  const inspected = new Map<string, Promise<ImageFile>>();
  const issues: ContentIssue[] = pages.flatMap(fieldAltIssues);
  for (const use of pages.flatMap(usesOn)) {
    for (const problem of await problemsWith(use, folder, inspected)) {
      issues.push({ file: use.file, line: use.line, ...problem });
    }
  }
  return [...issues, ...(await unusedPlaceIssues(folder, new Set(inspected.keys())))];
}
