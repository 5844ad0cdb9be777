import { findInPublic, nearbyInPublic, publicFolder, type PublicFolder } from "../content/image-path";
import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { journalListPage, targetOf } from "./links";
import { misreadLink } from "./misread-links";
import { linksShown, type CheckedPage } from "./pages";
import { sitePages } from "./site-pages";
import { sitePath } from "../content/site-path";

/** A path whose last part has an ending (`price-list.pdf`, `ring.jpg`): a file, not a page. */
const looksLikeFile = (pathname: string) => /\.[a-z0-9]{1,5}$/i.test(pathname);

const NOT_FOUND = "so readers would land on the “page not found” page";

/** What is wrong with a link to `pathname` that is no page of the journal, or undefined if a file under public/ answers it. */
async function problemWith(pathname: string, pages: ReadonlySet<string>, folder: PublicFolder): Promise<string | undefined> {
  const found = await findInPublic(pathname, folder);
  if (found && !found.folder && found.exact) return undefined;
  if (found && !found.folder) return `there is no file ${quote(pathname)}, ${NOT_FOUND}; did you mean ${quote(found.pathname)}? (capitals count on the web)`;
  if (looksLikeFile(pathname)) {
    const near = await nearbyInPublic(pathname, folder);
    const fix = near === undefined ? `put the file at ${quote(`public${pathname}`)}, or correct the link` : `did you mean ${quote(near.pathname)}?`;
    return `there is no file ${quote(pathname)} in the public/ folder, ${NOT_FOUND}; ${fix}`;
  }
  const page = pathname.replace(/\/$/, "");
  const near = closest(page, pages);
  const fix =
    near === undefined
      ? `link to one of its pages (like ${quote("/about")}, ${quote("/archive")} or an article's ${quote("/articles/<its file name without .md>")}), or remove the link`
      : `did you mean ${quote(near)}?`;
  return `the journal has no page ${quote(page)}, ${NOT_FOUND}; ${fix}`;
}

/**
 * Links to the journal's own addresses other than an article's, an author's, a tag's or a list's
 * later page (links.ts checks those): `/about`, `/archive`, a feed, a file under public/ (`/images/…`,
 * `/files/price-list.pdf`). The pages are those the sitemap lists (site-pages.ts). A link to none
 * of them is an error, with the nearest page or file when one is close.
 */
export async function checkSiteLinks(pages: readonly CheckedPage[], collection: Collection, publicDir: string): Promise<ContentIssue[]> {
  const known = sitePages(collection);
  const folder = publicFolder(publicDir);
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    for (const link of linksShown(page)) {
      // A misread link (`articles/x`, `www.…`) gets its own message from links.ts.
      if (misreadLink(link.url, page.path) !== undefined) continue;
      const pathname = sitePath(link.url, page.path);
      // links.ts checks the lists' pages (`/tags/x`, `/page/3`), which may be past the last one.
      if (pathname === undefined || targetOf(pathname) !== undefined || journalListPage(pathname) !== undefined || known.has(pathname) || known.has(pathname.replace(/\/$/, ""))) continue;
      const problem = await problemWith(pathname, known, folder);
      if (problem !== undefined) issues.push({ file: page.file, line: link.line, severity: "error", message: `the link to ${quote(link.url)} leads nowhere: ${problem}` });
    }
  }
  return issues;
}
