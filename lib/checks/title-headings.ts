import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { isBio, type CheckedPage } from "./pages";
import type { SectionHeading, TitleHeading } from "./references";

/** The text of the page's own `<h1>` (an article's or the about page's title, an author's name), when the file gives it. */
function headingOf(page: CheckedPage): string | undefined {
  if (page.kind === "article") return page.article.title;
  if (page.kind === "author") return page.author.name;
  if (page.kind === "page") return page.page.title;
  // Stryker disable next-line OptionalChaining: a file with errors is checked only when its body was split from its fields, and then its fields were read too (load.ts readContentFile)
  return page.broken.fields?.title ?? page.broken.fields?.name;
}

/**
 * A heading's words as a reader compares them with the title: any run of spaces as one, curly
 * quotes as straight ones, no emphasis marks (`**`, `_`, a backtick), no stop or colon at the end,
 * capitals aside (compared in upper case, as writing.ts compares titles, so `ß` and `SS` are one).
 */
function comparable(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s:.!?;,]+$/, "")
    .trim()
    .toUpperCase();
}

/** Whether a heading's words are the title's, with only a small difference a reader would not count. */
const same = (a: string, b: string) => comparable(a) === comparable(b);

/** Whether a title heading only repeats the page's own heading `own`, so it is to go rather than become a section. */
const repeatsOwn = ({ text }: TitleHeading, own: string | undefined) => text !== "" && own !== undefined && same(text, own);

/** What to write instead of `heading`, on a page whose own heading reads `own`. */
function fixOf(heading: TitleHeading, own: string | undefined): string {
  const { text, line, written, underline } = heading;
  const html = written === "<h1>";
  if (text === "") return html ? "write the section's name between `<h2>` and `</h2>`, like `<h2>Storing pearls</h2>`, or delete the heading" : "write the section's name after `##`, like `## Storing pearls`, or delete the line";
  if (repeatsOwn(heading, own)) return underline === undefined ? "so this line shows it twice: delete it" : `so these lines show it twice: delete lines ${line} to ${underline}`;
  if (html) return "start sections with `<h2>`: write `<h2>` and `</h2>` instead of `<h1>` and `</h1>`";
  // `Title` over `=====`: the `===` line goes too, or it would show as text under the new heading.
  return `start sections at ##: write ${quote(`## ${text}`)}${underline === undefined ? "" : ` and delete the \`===\` line under it (line ${underline})`}`;
}

/** How a section heading was written: `(`##`)`, `(`<h2>`)`, or underlined with `---`. */
const writtenAs = ({ written, underline }: SectionHeading) => (underline === undefined ? `(${quote(written)})` : "(underlined with `---`)");

/** The lines to delete for a heading that repeats the title: its words and, when underlined, the dashes too, or a `---` would stay as a dividing line. */
function deletion({ written, line, underline }: SectionHeading): string {
  if (underline !== undefined) return `delete lines ${line} to ${underline}, the words and the \`---\` under them (deleting the words alone would leave the \`---\`, a dividing line)`;
  return `delete ${written.startsWith("<") ? "it" : "the line"}`;
}

/**
 * A page's title (an author's name) is its one top heading (`<h1>`): a `# Heading` in the text would
 * make a second one, which screen readers and search engines take for another title. An error, with
 * the `## ` line to write, or the line to delete when it only repeats the title (and so for a first
 * `## ` heading that repeats it: `firstRepeatsTitle`). A bio drops HTML, so its `<h1>` is never
 * shown as a heading.
 */
export function checkTitleHeadings(pages: readonly CheckedPage[]): ContentIssue[] {
  return pages.flatMap((page) => {
    const own = headingOf(page);
    const title = isBio(page) ? "the author's name" : "the title";
    const shown = shownTitleHeadings(page);
    const repeated = firstRepeatsTitle(page);
    return [
      ...shown.map((heading): ContentIssue => {
        const what = heading.text === "" ? "a heading without words" : `the heading ${quote(heading.text)}`;
        return { file: page.file, line: heading.line, severity: "error", message: `${what} is written as a title (${quote(heading.written)}), but ${title} is already the page's heading; ${fixOf(heading, own)}` };
      }),
      ...(repeated === undefined
        ? []
        : [{ file: page.file, line: repeated.line, severity: "error" as const, message: `the heading ${quote(repeated.text.replace(/\s*\n\s*/g, " "))} ${writtenAs(repeated)} repeats ${title}, which is already the page's heading, so readers see it twice; ${deletion(repeated)}` }]),
    ];
  });
}

/** The title headings the page shows: a bio drops HTML, so its `<h1>` is never shown as a heading. */
function shownTitleHeadings(page: CheckedPage): TitleHeading[] {
  return isBio(page) ? page.references.titleHeadings.filter(({ written }) => written !== "<h1>") : page.references.titleHeadings;
}

/**
 * The title headings that stay on the page as sections once mended as checkTitleHeadings says
 * (`## Name`, `<h2>`): all it shows but those that only repeat the page's own heading, which are to go.
 */
export function titleHeadingsKept(page: CheckedPage): TitleHeading[] {
  const own = headingOf(page);
  return shownTitleHeadings(page).filter((heading) => !repeatsOwn(heading, own));
}

/**
 * The text's first section heading (`## Bezel Settings`, `<h2>`) when it only repeats the page's
 * own heading, a title pasted in with the text; a later section named like the title may be meant.
 * heading-order.ts leaves it to this check.
 */
export function firstRepeatsTitle(page: CheckedPage): SectionHeading | undefined {
  // A bio drops HTML, so its first heading is its first written in Markdown (`##`, or underlined with `---`).
  const [first] = isBio(page) ? page.references.headings.filter(({ written }) => !written.startsWith("<")) : page.references.headings;
  const own = headingOf(page);
  if (first === undefined || own === undefined || first.text === "") return undefined;
  return same(first.text, own) ? first : undefined;
}
