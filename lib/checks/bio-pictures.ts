import type { ContentIssue } from "../content/issues";
import { groupLine } from "../content/lines-to-write";
import { inPlace, pictureFieldLine, type WrittenGroup } from "../content/picture-lines";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";

/** A picture written in a bio: how to name it, what it shows, and whether it stands alone on its line. */
type BioPicture = { line: number; named: string; src: string; alt: string; alone: boolean };

/** The bio's own line `line` of the file, as written. */
function lineOf(page: CheckedPage, line: number): string {
  // Stryker disable next-line StringLiteral: an element's line is always one of the bio's own lines, so the fallback never runs
  return page.body.text.split("\n")[line - page.body.line] ?? "";
}

/** Markdown's pictures (`![…](…)`, `![…][x]`) and `<img>` written as HTML, but not one a heading without words already names (empty-headings.ts). */
function picturesIn(page: CheckedPage, unnamed: readonly ContentIssue[]): BioPicture[] {
  const told = (line: number) => unnamed.some((issue) => issue.file === page.file && issue.line === line);
  const markdown = page.references.images
    // Only a heading is told of, and a heading takes its whole lines, so a picture on a told line is in it.
    .filter((image) => !told(image.line))
    .map(({ line, src, alt, place }) => ({ line, named: quote(src), src, alt, alone: place === "alone" }));
  const html = page.references.htmlElements.flatMap(({ tagName, properties, line, written }): BioPicture[] => {
    if (tagName !== "img") return [];
    const { src, alt } = properties;
    return [{ line, named: quote(written), src: typeof src === "string" ? src : "", alt: typeof alt === "string" ? alt : "", alone: lineOf(page, line).trim() === written }];
  });
  return [...markdown, ...html];
}

/** The `avatar` field as written: how the file writes it, and its path when the author's fields could be read. */
function avatarOf(page: CheckedPage): { src?: string; written: WrittenGroup } | undefined {
  if (page.kind === "author") {
    const { avatar, source } = page.author;
    return avatar && { src: avatar.src, written: { lines: source.lines, indents: source.indents, braces: source.braces, group: avatar } };
  }
  // Stryker disable next-line ConditionalExpression: only authors and broken author files are bios (isBio), so past the line above a page is always broken
  if (page.kind !== "broken") return undefined;
  // Stryker disable next-line OptionalChaining: a broken file has a body to check only when its fields could be split, and then it has fields (load.ts readContentFile)
  const written = page.broken.fields?.avatar;
  return written && { written };
}

function message(picture: BioPicture, avatar: { src?: string; written: WrittenGroup } | undefined): string {
  const left = `the picture ${picture.named} is left out: a bio shows no pictures, on the author's page or under their articles`;
  const remove = picture.alone ? "delete the line" : "delete the picture";
  if (avatar) {
    const now = avatar.src === undefined ? "" : ` (now ${quote(avatar.src)})`;
    const line = pictureFieldLine("avatar", "src", picture.src, avatar.written);
    const place = inPlace("avatar", avatar.written);
    const where = place === "" ? " under `avatar:`" : place;
    return `${left}, only the photo of the \`avatar\` field${now}; if this one is the author's photo, write ${quote(line)}${where}, otherwise ${remove}`;
  }
  const alt = picture.alt.trim() === "" ? "What the picture shows" : picture.alt.trim();
  return `${left}; if it is the author's photo, put it in the \`avatar\` field: write ${quote(groupLine("avatar", { src: picture.src, alt }))} among the fields, otherwise ${remove}`;
}

/**
 * A bio is rendered without pictures or HTML (lib/content/markdown.ts, `renderBioHtml`), so every
 * picture written in it is left out: an error on its line. A link to a picture is kept, and passes.
 * `unnamed` are checkUnnamedHeadings' errors, which already say so of a heading that is a picture.
 */
export function checkBioPictures(pages: readonly CheckedPage[], unnamed: readonly ContentIssue[]): ContentIssue[] {
  return pages.filter(isBio).flatMap((page) => {
    const avatar = avatarOf(page);
    return picturesIn(page, unnamed).map((picture): ContentIssue => ({ file: page.file, line: picture.line, severity: "error", message: message(picture, avatar) }));
  });
}
