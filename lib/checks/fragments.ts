import type { ContentIssue } from "../content/issues";
import type { FullSizeAnchor, PageAnchors } from "../content/page-anchors";
import { quote } from "../content/printable";
import { BIO_ID_PREFIX, USER_CONTENT_PREFIX } from "../content/contain-user-html";
import { fragmentTarget } from "../content/rehype-fragment-links";
import type { Heading } from "../content/rehype-collect-headings";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { linkable, linkingPage, pageAt, type ArchivePage, type FragmentTarget, type Linkable, type LinkedPage } from "./fragment-targets";
import { misreadLink } from "./misread-links";
import { PAGE_ID_ROLES, pageIds } from "./page-ids";
import type { Renderers } from "./renderers";
import { linksShown, type CheckedPage } from "./pages";
import { sitePath } from "../content/site-path";

/** A link's `#part`: the page whose ids it names, and the link without it (`""` for `#care`). */
type FragmentLink = { target: FragmentTarget; fragment: string; page: string };

/**
 * What a link may name on a page: the ids of its text and, under an article, of its author's bio
 * (`bioHeadings`, listed with the article's own), and the ids of the page around them.
 */
type TargetAnchors = PageAnchors & { bioHeadings: readonly Heading[]; pageIds: ReadonlySet<string> };

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
function leadsSomewhere({ fragment, page, target }: FragmentLink, anchors: TargetAnchors): boolean {
  // Only `#care` is pointed at an author's own `id="care"`, or a bio's `bio-care` (rehype-fragment-links.ts), not `/articles/x#care`.
  const own = page === "" && "bio" in target ? target : undefined;
  const names = new Set([fragment, fragmentTarget(fragment)]);
  const onPage = (name: string) => anchors.ids.has(name) || anchors.pageIds.has(name) || (own !== undefined && anchors.ids.has(`${prefixOf(own)}${name}`));
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
function message(link: FragmentLink, url: string, anchors: TargetAnchors, here: string, archive: readonly ArchivePage[]): string {
  const { target, page } = link;
  const top = `the link to ${quote(url)} leads to the top of the page, not to a section`;
  if ("years" in target) return archiveMessage({ ...link, target }, url, archive);
  if ("shows" in target) return `${top}: the page ${quote(target.path)} has no sections, only ${target.shows}; link to the page itself: write ${quote(page)}`;
  const wanted = fragmentTarget(link.fragment);
  const view = anchors.fullSize.find(({ id }) => id === wanted);
  if (view) return fullSizeMessage({ ...link, target }, url, view, here);
  const name = page === "" ? here : target.name;
  // A text's own `#care` is pointed at a bio's `bio-care` or a heading's `user-content-care` (rehype-fragment-links.ts), so it is told its headings as it may write them.
  const own = target.bio && page === "";
  const prefix = prefixOf(target);
  const idOf = (id: string) => (page === "" && id.startsWith(prefix) ? id.slice(prefix.length) : id);
  const list = [
    ...anchors.headings.map((heading) => `${quote(`#${idOf(heading.id)}`)} (${heading.text})`),
    ...anchors.bioHeadings.map((heading) => `${quote(`#${heading.id}`)} (${heading.text}, in the author's bio)`),
  ].join(", ");
  const itself = page === "" ? "remove the link" : `link to the ${target.noun} itself: write ${quote(page)}`;
  // An id the page around a text has elsewhere (`#toc-heading`): what it heads, and when a page has it.
  const role = PAGE_ID_ROLES.get(wanted);
  if (role !== undefined) return `${top}: ${name} has no ${quote(`#${link.fragment}`)}, ${role}; ${itself}${list === "" ? "" : `, or link to one of its headings: ${list}`}`;
  const problem = `${top}: ${name} has no heading whose address is ${quote(`#${link.fragment}`)}`;
  if (list === "") return `${problem}, and no headings at all; ${page === "" ? "remove the link, or add a heading (a line starting `## `) where it should lead" : itself}`;
  const ids = [...anchors.headings.map((heading) => idOf(heading.id)), ...anchors.bioHeadings.map((heading) => heading.id)];
  // `#care` meant for a bio's heading is `#bio-care`, on the author's page and under each of their articles.
  const prefixed = `${BIO_ID_PREFIX}${wanted}`;
  const inBio = target.bio && !own ? anchors.ids.has(prefixed) : anchors.bioHeadings.some((heading) => heading.id === prefixed);
  // `/articles/x#next-steps` names a heading the page keeps under `user-content-` (rehype-safe-heading-ids.ts) by its words.
  const moved = `${USER_CONTENT_PREFIX}${wanted}`;
  const near = inBio ? prefixed : ids.includes(moved) ? moved : closest(wanted, ids);
  const meant = near === undefined ? "" : ` Did you mean ${quote(`${page}#${near}`)}?`;
  return `${problem}; ${target.bio && !own ? BIO_EXAMPLE : EXAMPLE}.${meant} Its headings are: ${list}`;
}

/** What the linking page is to its author. */
function hereOf(page: CheckedPage, from: LinkedPage): string {
  if (from.bio) return "this bio";
  return page.kind === "page" ? "this page" : "this article";
}

const NO_ANCHORS: PageAnchors = { ids: new Set(), headings: [], fullSize: [] };

/** What a link may name on a page with no text of ours: `#main`, and `ids` (the archive's years). */
const listAnchors = (ids: readonly string[]): TargetAnchors => ({ ...NO_ANCHORS, ids: new Set(ids), bioHeadings: [], pageIds: pageIds(undefined) });

/**
 * `#care` on an article, the about page or in a bio, and `/articles/x#care`, `/about#care` or
 * `/authors/x#bio-care`, must name a heading (or another id) that the page's rendered text has,
 * or readers land at the top of the page; a tag's page, a later page of a list, the home page,
 * `/authors`, `/tags` and `/search` have no sections. The ids are the rendered page's own
 * (page-anchors.ts; a bio's under `bio-`, as its page renders it, and as an article's page shows
 * it under the text), so the check and the page cannot disagree, plus the ids the page around
 * the text has (page-ids.ts: `#main` everywhere, `#toc-heading` on an article with a contents);
 * only the pages such links name are rendered, once each. A file whose fields have errors is checked too, so its author sees
 * every problem at once.
 */
export async function checkFragments(pages: readonly CheckedPage[], collection: Collection, renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const site = linkable(collection);
  const rendered = new Map<string, Promise<PageAnchors>>();
  const textAnchors = (text: LinkedPage) => {
    const known = rendered.get(text.path) ?? renderers().then(async ({ anchorsOf, pageTree }) => anchorsOf(await pageTree(text.body, { bio: text.bio })));
    rendered.set(text.path, known);
    return known;
  };
  const anchors = async (target: FragmentTarget): Promise<TargetAnchors> => {
    if ("shows" in target) return listAnchors([]);
    if ("years" in target) return listAnchors(target.years.map(yearId));
    const text = await textAnchors(target);
    if (target.around === undefined) return { ...text, bioHeadings: [], pageIds: pageIds(undefined) };
    // An article's page shows its author's bio under the text, with the ids of the author's page.
    const { author, neighbours, related } = target.around;
    const bio = author === undefined ? NO_ANCHORS : await textAnchors(author);
    return { ...text, ids: new Set([...text.ids, ...bio.ids]), bioHeadings: bio.headings, pageIds: pageIds({ headings: text.headings.length, neighbours, related }) };
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
