import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { ImagePlace, MarkdownImage } from "./references";

const INSIDE: Record<Exclude<ImagePlace, "alone" | "with-text">, string> = { marks: "bold or italic marks", link: "a link", list: "a list", table: "a table", quote: "a quote", heading: "a heading", footnote: "a footnote" };

/** The picture's line as it should stand alone: `![alt](/images/x.jpg "caption")`. */
function alone(image: MarkdownImage): string {
  return `![${image.alt}](${image.src}${image.title === undefined ? "" : ` "${image.title}"`})`;
}

const ON_ITS_OWN = "with an empty line above it and below it";

/** What the page does with a picture that is not alone in its paragraph, and the line to write; undefined when it is. */
function problem(image: MarkdownImage): Pick<ContentIssue, "severity" | "message"> | undefined {
  if (image.place === "alone") return undefined;
  const picture = `the picture ${quote(image.src)}`;
  const write = `put it on a line of its own, ${ON_ITS_OWN}: ${quote(alone(image))}`;
  if (image.place === "with-text") {
    const lost = image.title === undefined ? "" : `, without its caption ${quote(image.title)}`;
    return { severity: "error", message: `${picture} has text right next to it (no empty line between them), so the page shows it small inside the text${lost} and without the full-size view; ${write}` };
  }
  const where = INSIDE[image.place];
  // A footnote's picture is shown at the text's end; moved into the text, it may leave its note, and the note's mark, with nothing to say.
  const [among, out] =
    image.place === "footnote"
      ? [" among the notes at the end of the text,", `move it into the text and ${write}, and delete the note and its mark if the note holds nothing else`]
      : ["", `take it out of ${where} and ${write}`];
  if (image.title !== undefined) {
    return { severity: "error", message: `${picture} is inside ${where}, so the page shows it${among} without its caption ${quote(image.title)} and without the full-size view; to show them, ${out}` };
  }
  return { severity: "warning", message: `${picture} is inside ${where}, so the page shows it as it is,${among} without the full-size view readers open by tapping a picture; if they should, ${out}` };
}

/** The cover's path, when the page is an article with one. */
const coverOf = (page: CheckedPage) => (page.kind === "article" ? page.article.cover?.src : undefined);

/**
 * The page makes a figure, with its caption and full-size view, only of a picture that stands alone
 * in its paragraph (lib/content/rehype-photos.ts). A picture with text beside it, or with a caption
 * inside bold or italic marks, a link, a list, a table, a quote, a heading or a footnote (shown
 * among the notes at the text's end, beside the note's link back), loses what the author wrote: an
 * error. One without a caption there only loses its full-size view: a warning. So is a first
 * picture that repeats the cover, which the page already shows above the text. Bios show no
 * pictures.
 */
export function checkPicturePlaces(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    if (isBio(page)) return [];
    const issues = page.references.images.flatMap((image): ContentIssue[] => {
      const found = problem(image);
      return found === undefined ? [] : [{ file: page.file, line: image.line, ...found }];
    });
    const [first] = page.references.images;
    const cover = coverOf(page);
    if (first && first.src === cover) {
      const message = `the first picture in the text, ${quote(first.src)}, is the cover, which the page already shows above the text, so readers see it twice; delete this line, or choose another picture for the cover`;
      issues.push({ file: page.file, line: first.line, severity: "warning", message });
    }
    return issues;
  });
}
