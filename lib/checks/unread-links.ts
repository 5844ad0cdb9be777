import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { tagSlug } from "../tags";
import type { CheckedPage } from "./pages";
import type { UnreadLink } from "./references";
import { SECTIONS } from "./site-path";

type Ids = Record<(typeof SECTIONS)[number], string[]>;

const SHOWN = "is shown as the text you typed";

/** `/articles/ring sizing` → `/articles/ring-sizing`, or the nearest page that exists. */
function pageToWrite(address: string, ids: Ids): string | undefined {
  const [, first = "", ...rest] = address.trim().split("/");
  const section = SECTIONS.find((name) => name === first.toLowerCase());
  if (section === undefined || rest.length === 0) return undefined;
  const hyphenated = rest.join("/").trim().replace(/\s+/g, "-");
  const written = section === "tags" ? tagSlug(hyphenated) : hyphenated.toLowerCase();
  const known = ids[section].includes(written) ? written : closest(written, ids[section]);
  return `/${section}/${known ?? written}`;
}

/** What to write for `[words](address with spaces)` or `![words](path with spaces)`. */
function spaceAdvice(link: UnreadLink, ids: Ids): string {
  const encoded = link.address.trim().replace(/\s/g, "%20");
  const markdown = (address: string) => quote(`${link.image ? "!" : ""}[${link.words}](${address})`);
  if (link.image) {
    const renamed = link.address.trim().replace(/\s+/g, "-");
    const file = renamed.startsWith("/") ? ` (${quote(`public${renamed}`)})` : "";
    return `the picture ${quote(link.written)} ${SHOWN}, not as a picture, because its path holds a space; rename the file without spaces${file} and write ${markdown(renamed)}, or keep its name and write each space as %20: ${markdown(encoded)}`;
  }
  const page = pageToWrite(link.address, ids);
  const why = `the link ${quote(link.written)} ${SHOWN}, not as a link, because its address holds a space`;
  if (page !== undefined) return `${why}; the addresses of this journal's pages have hyphens where their names have spaces: write ${markdown(page)}`;
  return `${why}; write each space as %20: ${markdown(encoded)}`;
}

function advice(link: UnreadLink, ids: Ids): string {
  if (/\s/.test(link.address.trim())) return spaceAdvice(link, ids);
  const kind = link.image ? "picture" : "link";
  const example = link.image ? `![${link.words}](/images/articles/ring.jpg)` : `[${link.words}](/articles/silver-care)`;
  return `the ${kind} ${quote(link.written)} ${SHOWN}, not as a ${kind}: Markdown cannot read the address ${quote(link.address)}; write a plain address between the round brackets, like ${quote(example)}`;
}

/**
 * `[our guide](/articles/ring sizing)` is not a link in Markdown (an address may not hold a
 * space), so the page shows the brackets and the address as typed: an error, with the line to
 * write.
 */
export function checkUnreadLinks(pages: readonly CheckedPage[], collection: Collection): ContentIssue[] {
  const ids: Ids = {
    articles: collection.allArticles.map((article) => article.slug),
    authors: [...collection.authors.keys()],
    tags: [...new Set(collection.allArticles.flatMap((article) => article.tags.map(tagSlug)))],
  };
  return pages.flatMap((page) =>
    page.references.unread.map((link): ContentIssue => ({ file: page.file, field: "body", line: link.line, severity: "error", message: advice(link, ids) })),
  );
}
