import { ARCHIVE_PAGE_SIZE, groupByMonth } from "../archive";
import type { ContentIssue } from "../content/issues";
import type { FullSizeAnchor, PageAnchors } from "../content/page-anchors";
import { quote } from "../content/printable";
import { BIO_ID_PREFIX, USER_CONTENT_PREFIX } from "../content/contain-user-html";
import { fragmentTarget } from "../content/rehype-fragment-links";
import { PAGE_IDS } from "../content/rehype-safe-heading-ids";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { pageCount, pagePath } from "../pagination";
import { tagSlug } from "../tags";
import { isListPage, journalListPage, targetOf } from "./links";
import { misreadLink } from "./misread-links";
import type { Renderers } from "./renderers";
import { linksShown, type CheckedPage } from "./pages";
import { sitePath } from "./site-path";

/**
 * A page whose text's ids a link may name: an article (loaded, or the text of one whose fields
 * have errors), the about page, or an author's page, whose text is the bio; `name` is how a
 * message calls it from elsewhere.
 */
type LinkedPage = { path: string; file: string; body: string; bio: boolean; name: string; noun: "article" | "page" };
/** A page of the journal that shows a list (`/tags/gold`, `/authors/isla/page/2`, `/authors`) or the search box: no text of ours, so no sections; `shows` says what it shows instead. */
type ListPage = { path: string; shows: string };
/** A page of the archive (`/archive`, `/archive/page/2`), whose sections are the years it lists (components/archive-list.tsx: `#year-2025`). */
type ArchivePage = { path: string; years: readonly string[] };
/** A link's `#part`: the page whose ids it names, and the link without it (`""` for `#care`). */
type FragmentLink = { target: LinkedPage | ListPage | ArchivePage; fragment: string; page: string };

/** The pages a link's address may name, by path (`/articles/x`, `/about`, `/authors/isla`), the tags that have a page, the archive's pages, and how many pages the home page's list has. */
type Linkable = { pages: ReadonlyMap<string, LinkedPage>; tags: ReadonlySet<string>; archive: readonly ArchivePage[]; homePages: number };

/**
 * The journal's fixed pages that show no text of ours, with what they show instead (app/page.tsx,
 * app/authors/page.tsx, app/tags/page.tsx, app/search/page.tsx): their only id is the layout's
 * `#main`; the search field's id is made by React (`useId`), so no link can count on it.
 */
const FIXED_LISTS: ReadonlyMap<string, string> = new Map([
  ["/", "a list of articles"],
  ["/authors", "a list of authors"],
  ["/tags", "a list of tags"],
  ["/search", "a search box"],
]);

/** The archive's pages as readers get them: published articles, newest first, fifty a page (app/archive). */
function archivePages(collection: Collection): ArchivePage[] {
  const published = collection.articles.filter((article) => article.status === "published");
  return Array.from({ length: pageCount(published.length, ARCHIVE_PAGE_SIZE) }, (_, index) => ({
    path: pagePath("/archive", index + 1),
    years: groupByMonth(published.slice(index * ARCHIVE_PAGE_SIZE, (index + 1) * ARCHIVE_PAGE_SIZE)).map(({ year }) => year),
  }));
}

function linkable(collection: Collection): Linkable {
  const articles = collection.allArticles.map((article): LinkedPage => ({ path: `/articles/${article.slug}`, file: article.file, body: article.body, bio: false, name: `the article ${quote(article.slug)}`, noun: "article" }));
  const own = collection.pages.map((page): LinkedPage => ({ path: `/${page.id}`, file: page.file, body: page.body.text, bio: false, name: `the page ${quote(`/${page.id}`)}`, noun: "page" }));
  const authors = [...collection.authors.values()].map((author): LinkedPage => ({ path: `/authors/${author.id}`, file: author.file, body: author.body, bio: true, name: `the page ${quote(`/authors/${author.id}`)}`, noun: "page" }));
  const published = collection.allArticles.filter((article) => article.status === "published");
  const pages = new Map([...articles, ...own, ...authors].map((page) => [page.path, page]));
  return { pages, tags: new Set(published.flatMap((article) => article.tags.map(tagSlug))), archive: archivePages(collection), homePages: pageCount(published.length) };
}

/** What a fixed page, or one of the home page's list pages that exists (`/page/2`; links.ts reports the others), shows instead of sections. */
function listShown(path: string, site: Linkable): string | undefined {
  const fixed = FIXED_LISTS.get(path);
  if (fixed !== undefined) return fixed;
  const later = journalListPage(path);
  return later?.list.base === "" && later.page <= site.homePages ? "a list of articles" : undefined;
}

/** The page a path names, when its ids are known: a tag's or an author's list is one only when the tag or author has a page (links.ts reports the others). */
function pageAt(pathname: string, site: Linkable): LinkedPage | ListPage | ArchivePage | undefined {
  const path = pathname.replace(/(.)\/$/, "$1");
  const archive = site.archive.find((page) => page.path === path);
  if (archive) return archive;
  const shows = listShown(path, site);
  if (shows !== undefined) return { path, shows };
  const target = targetOf(path);
  if (target === undefined || target.extra.length === 0) {
    if (target?.section === "tags") return site.tags.has(target.id) ? { path, shows: "a list of articles" } : undefined;
    return site.pages.get(path);
  }
  const known = target.section === "tags" ? site.tags.has(target.id) : site.pages.has(`/${target.section}/${target.id}`);
  return isListPage(target) && known ? { path, shows: "a list of articles" } : undefined;
}

/** The `#part` of a link to one of the journal's pages (`/articles/x#care`, `/about#care`), or of `#care` on `from`, the page the link is in. */
function fragmentLink(url: string, from: LinkedPage | undefined, site: Linkable, fromPath: string): FragmentLink | undefined {
  const hash = url.indexOf("#");
  if (hash === -1 || misreadLink(url, fromPath) !== undefined) return undefined;
  const fragment = url.slice(hash + 1);
  if (hash === 0) return from && { target: from, fragment, page: "" };
  const pathname = sitePath(url, fromPath);
  const target = pathname === undefined ? undefined : pageAt(pathname, site);
  return target && { target, fragment, page: url.slice(0, hash) };
}

/** Where the page puts the ids a text's author writes (`<a id="care">`), and a bio's headings. */
const prefixOf = (target: LinkedPage) => (target.bio ? BIO_ID_PREFIX : USER_CONTENT_PREFIX);

/** Whether the page answers `#fragment`: an id of the text or of the page around it; `#` and `#top` are the top. */
function leadsSomewhere({ fragment, page, target }: FragmentLink, anchors: PageAnchors): boolean {
  // Only `#care` is pointed at an author's own `id="care"`, or a bio's `bio-care` (rehype-fragment-links.ts), not `/articles/x#care`.
  const own = page === "" && "bio" in target ? target : undefined;
  const names = new Set([fragment, fragmentTarget(fragment)]);
  const onPage = (name: string) => anchors.ids.has(name) || PAGE_IDS.has(name) || (own !== undefined && anchors.ids.has(`${prefixOf(own)}${name}`));
  return fragment === "" || [...names].some((name) => name.toLowerCase() === "top" || onPage(name));
}

const EXAMPLE = "a heading's address is its words in lowercase with hyphens between them (the heading “## Daily care” is `#daily-care`)";
const BIO_EXAMPLE = `a bio's heading's address on its author's page is ${quote(BIO_ID_PREFIX)} and its words in lowercase with hyphens between them (the heading “## Daily care” is \`#${BIO_ID_PREFIX}daily-care\`)`;

/**
 * A link to a picture's full-size view (`#full-size-2`): the page has that id, but the view is
 * hidden until a reader selects the picture, so the browser neither opens it nor scrolls to it.
 */
function fullSizeMessage(link: FragmentLink & { target: LinkedPage }, url: string, { id, src, section }: FullSizeAnchor, here: string): string {
  const where = link.page === "" ? "" : ` in ${link.target.name}`;
  const problem = `the link to ${quote(url)} leads to the top of the page, not to a picture: ${quote(`#${id}`)} is the full-size view of the picture ${quote(src)}${where}, which opens only when a reader selects the picture, never from a link`;
  if (section) return `${problem}; link to the section the picture is in: write ${quote(`${link.page}#${section.id}`)} (${section.text})`;
  const write = link.page === "" ? `remove the link: the picture is above every heading of ${here}` : `link to the ${link.target.noun} itself: write ${quote(link.page)}`;
  return `${problem}; ${write}`;
}

/** The archive's year headings' address: `#year-2025` (components/archive-list.tsx). */
const yearId = (year: string) => `year-${year}`;

/** `#2023` or `#year-2023` on an archive page that does not list that year: the archive page that does, and the years this one lists. */
function archiveMessage({ target, fragment, page }: FragmentLink & { target: ArchivePage }, url: string, archive: readonly ArchivePage[]): string {
  const problem = `the link to ${quote(url)} leads to the top of the page, not to a section: the page ${quote(target.path)} has no heading whose address is ${quote(`#${fragment}`)}; the archive's headings are its years, whose address is \`year-\` and the year (the heading “2025” is \`#year-2025\`)`;
  const year = /^(?:year-)?(\d{4})$/i.exec(fragmentTarget(fragment))?.[1];
  const holder = year === undefined ? undefined : archive.find((candidate) => candidate.years.includes(year));
  const meant = year === undefined || holder === undefined ? "" : ` Did you mean ${quote(`${holder === target ? page : holder.path}#${yearId(year)}`)}?`;
  const years = target.years.length === 0 ? " It lists no articles yet" : ` Its headings are: ${target.years.map((listed) => `${quote(`#${yearId(listed)}`)} (${listed})`).join(", ")}`;
  return `${problem}.${meant}${years}`;
}

/** `here` is what the linking page is to its author: "this article", "this page" for the about page, "this bio". */
function message(link: FragmentLink, url: string, anchors: PageAnchors, here: string, archive: readonly ArchivePage[]): string {
  const { target, page } = link;
  const top = `the link to ${quote(url)} leads to the top of the page, not to a section`;
  if ("years" in target) return archiveMessage({ ...link, target }, url, archive);
  if ("shows" in target) return `${top}: the page ${quote(target.path)} has no sections, only ${target.shows}; link to the page itself: write ${quote(page)}`;
  const wanted = fragmentTarget(link.fragment);
  const view = anchors.fullSize.find(({ id }) => id === wanted);
  if (view) return fullSizeMessage({ ...link, target }, url, view, here);
  const problem = `${top}: ${page === "" ? here : target.name} has no heading whose address is ${quote(`#${link.fragment}`)}`;
  if (anchors.headings.length === 0) {
    const write = page === "" ? "remove the link, or add a heading (a line starting `## `) where it should lead" : `link to the ${target.noun} itself: write ${quote(page)}`;
    return `${problem}, and no headings at all; ${write}`;
  }
  // A bio's own `#care` is pointed at its `bio-care` (rehype-fragment-links.ts), so it is told its headings as it may write them.
  const own = target.bio && page === "";
  const idOf = (id: string) => (own ? id.slice(BIO_ID_PREFIX.length) : id);
  const ids = anchors.headings.map((heading) => idOf(heading.id));
  const prefixed = `${BIO_ID_PREFIX}${wanted}`;
  const near = target.bio && !own && anchors.ids.has(prefixed) ? prefixed : closest(wanted, ids);
  const meant = near === undefined ? "" : ` Did you mean ${quote(`${page}#${near}`)}?`;
  const list = anchors.headings.map((heading) => `${quote(`#${idOf(heading.id)}`)} (${heading.text})`).join(", ");
  return `${problem}; ${target.bio && !own ? BIO_EXAMPLE : EXAMPLE}.${meant} Its headings are: ${list}`;
}

/** The page whose text a page is, whether its fields are valid or not: an article, the about page, or an author's page for a bio. */
function linkingPage(page: CheckedPage, site: Linkable): LinkedPage | undefined {
  if (page.kind !== "broken") return site.pages.get(page.path);
  const { broken } = page;
  const bio = broken.kind === "author";
  const name = bio ? `the page ${quote(page.path)}` : `the article ${quote(broken.id)}`;
  return broken.body && { path: page.path, file: page.file, body: broken.body.text, bio, name, noun: bio ? "page" : "article" };
}

/** What the linking page is to its author. */
function hereOf(page: CheckedPage, from: LinkedPage): string {
  if (from.bio) return "this bio";
  return page.kind === "page" ? "this page" : "this article";
}

const NO_ANCHORS: PageAnchors = { ids: new Set(), headings: [], fullSize: [] };

/**
 * `#care` on an article, the about page or in a bio, and `/articles/x#care`, `/about#care` or
 * `/authors/x#bio-care`, must name a heading (or another id) that the page's rendered text has,
 * or readers land at the top of the page; a tag's page, a later page of a list, the home page,
 * `/authors`, `/tags` and `/search` have no sections. The ids are the rendered page's own (page-anchors.ts; a bio's under `bio-`, as its
 * page renders it), so the check and the page cannot disagree; only the pages such links name
 * are rendered, once each. A file whose fields have errors is checked too, so its author sees
 * every problem at once.
 */
export async function checkFragments(pages: readonly CheckedPage[], collection: Collection, renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const site = linkable(collection);
  const rendered = new Map<string, Promise<PageAnchors>>();
  const anchors = (target: FragmentLink["target"]) => {
    if ("shows" in target) return NO_ANCHORS;
    if ("years" in target) return { ...NO_ANCHORS, ids: new Set(target.years.map(yearId)) };
    const known = rendered.get(target.path) ?? renderers().then(async ({ anchorsOf, pageTree }) => anchorsOf(await pageTree(target.body, { bio: target.bio })));
    rendered.set(target.path, known);
    return known;
  };
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    const from = linkingPage(page, site);
    for (const { url, line } of linksShown(page)) {
      const link = fragmentLink(url, from, site, page.path);
      if (link === undefined) continue;
      const found = await anchors(link.target);
      if (leadsSomewhere(link, found)) continue;
      const here = from ? hereOf(page, from) : "";
      // Stryker disable next-line ConditionalExpression,StringLiteral: a `#care` link's page is the linking page itself, so naming its file too would only repeat the problem's own file, which check:content already selects by
      const related = link.page === "" || !("file" in link.target) ? undefined : [link.target.file];
      issues.push({ file: page.file, line, severity: "error", message: message(link, url, found, here, site.archive), related });
    }
  }
  return issues;
}
