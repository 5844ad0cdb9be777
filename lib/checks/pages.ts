import type { Article, Author, BrokenFile, Collection, StudioPage } from "../content/types";
import { keepsLinkAddress } from "../content/sanitize-schema";
import { findReferences, type HtmlLink, type MarkdownLink, type References } from "./references";
import { readTag } from "./typed-tags";

/** A page whose Markdown the checks read, with its links and images found once. */
export type CheckedPage = {
  file: string;
  /** The page's address, against which relative links resolve. */
  path: string;
  /** The Markdown under the fields, and the file line it starts on. */
  body: { text: string; line: number };
  references: References;
} & ({ kind: "article"; article: Article } | { kind: "author"; author: Author } | { kind: "broken"; broken: BrokenFile } | { kind: "page"; page: StudioPage });

/**
 * Every article, published or not, every author page, the studio's own pages (`/about`), and the
 * bodies of files whose fields have errors: a missing picture description is reported together
 * with a missing cover description.
 */
export function pagesToCheck(collection: Collection): CheckedPage[] {
  const authors = [...collection.authors.values()].map((author): CheckedPage => ({
    kind: "author",
    author,
    file: author.file,
    path: `/authors/${author.id}`,
    body: { text: author.body, line: author.source.bodyLine },
    references: findReferences(author.body, author.source.bodyLine),
  }));
  const articles = collection.allArticles.map((article): CheckedPage => ({
    kind: "article",
    article,
    file: article.file,
    path: `/articles/${article.slug}`,
    body: { text: article.body, line: article.source.bodyLine },
    references: findReferences(article.body, article.source.bodyLine),
  }));
  const broken = collection.broken.flatMap((file): CheckedPage[] =>
    file.body ? [{ kind: "broken", broken: file, file: file.file, path: `/${file.kind}s/${file.id}`, body: file.body, references: findReferences(file.body.text, file.body.line) }] : [],
  );
  const own = collection.pages.map((page): CheckedPage => ({ kind: "page", page, file: page.file, path: `/${page.id}`, body: page.body, references: findReferences(page.body.text, page.body.line) }));
  return [...authors, ...articles, ...own, ...broken];
}

/** Whether the page is an author's, whose bio drops HTML (lib/content/markdown.ts). */
export function isBio(page: CheckedPage): boolean {
  return page.kind === "author" || (page.kind === "broken" && page.broken.kind === "author");
}

/**
 * The links written on a page: Markdown's, and `<a href>` written as HTML except in a bio, which
 * drops HTML, or whose address is between the quotes a Mac or Word types (`<a href=“/articles/x”>`),
 * which unread-tags.ts and split-values.ts tell with the line to write.
 */
export function linksWritten(page: CheckedPage): (MarkdownLink | HtmlLink)[] {
  const { links, htmlLinks } = page.references;
  return isBio(page) ? links : [...links, ...htmlLinks.filter((link) => !typedQuotesAround(link))];
}

/** Whether the address of `<a href>` is between the quotes a Mac or Word types. */
function typedQuotesAround(link: HtmlLink): boolean {
  const tag = readTag(link.written, 0, link.written.length);
  return tag?.attributes.some((attribute) => attribute.name.toLowerCase() === "href" && attribute.value?.quote === "typed") ?? false;
}

/**
 * The links readers can follow on a page; a link whose address the sanitizer drops is plain text
 * (link-addresses.ts says so). Those whose address line is broken at a `\` are left to
 * broken-address-lines.ts, which names the line to mend.
 */
export function linksShown(page: CheckedPage): MarkdownLink[] {
  const broken = new Set(page.references.brokenAddressLines.flatMap((line) => line.url ?? []));
  return linksWritten(page).filter((link) => keepsLinkAddress(link.url) && !broken.has(link.url));
}
