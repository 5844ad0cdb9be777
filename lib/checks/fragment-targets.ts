import { ARCHIVE_PAGE_SIZE, groupByMonth } from "../archive";
import { quote } from "../content/printable";
import type { Article, Collection } from "../content/types";
import { pageCount, pagePath } from "../pagination";
import { tagSlug } from "../tags";
import { isListPage, journalListPage, targetOf, type Target } from "./links";
import type { CheckedPage } from "./pages";

/**
 * What an article's page shows around its text besides the contents: its author's bio, whose ids
 * are those of the author's page (under `bio-`), and whether it lists the previous and next
 * articles and related ones (app/articles/[slug]/page.tsx), as the published journal has them.
 */
export type ArticleAround = { author: LinkedPage | undefined; neighbours: boolean; related: boolean };

/**
 * A page whose text's ids a link may name: an article (loaded, or the text of one whose fields
 * have errors), the about page, or an author's page, whose text is the bio; `name` is how a
 * message calls it from elsewhere; `around` what an article's page shows around its text.
 */
export type LinkedPage = { path: string; file: string; body: string; bio: boolean; name: string; noun: "article" | "page"; around?: ArticleAround };
/** A page of the journal that shows a list (`/tags/gold`, `/authors/isla/page/2`, `/authors`) or the search box: no text of ours, so no sections; `shows` says what it shows instead. */
export type ListPage = { path: string; shows: string };
/** A page of the archive (`/archive`, `/archive/page/2`), whose sections are the years it lists (components/archive-list.tsx: `#year-2025`). */
export type ArchivePage = { path: string; years: readonly string[] };
/** A page whose ids a link's `#part` names. */
export type FragmentTarget = LinkedPage | ListPage | ArchivePage;

/** The pages a link's address may name, by path (`/articles/x`, `/about`, `/authors/isla`), the tags that have a page, the archive's pages, and the published articles. */
export type Linkable = { pages: ReadonlyMap<string, LinkedPage>; tags: ReadonlySet<string>; archive: readonly ArchivePage[]; published: readonly Article[] };

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

/**
 * What the page of the article `slug` (with `tags`, by `author`) shows around its text once
 * published: previous and next articles when another is published (lib/articles.ts,
 * `neighboursIn`), related ones when another published article shares a tag (`relatedIn`).
 */
function aroundArticle(site: Pick<Linkable, "pages" | "published">, slug: string, tags: readonly string[], author: string | undefined): ArticleAround {
  const others = site.published.filter((other) => other.slug !== slug);
  const mine = new Set(tags.map(tagSlug));
  return {
    author: author === undefined ? undefined : site.pages.get(`/authors/${author}`),
    neighbours: others.length > 0,
    related: others.some((other) => other.tags.some((tag) => mine.has(tagSlug(tag)))),
  };
}

/** An author's page, whose text is the bio. */
const authorPage = (id: string, file: string, body: string): LinkedPage => ({ path: `/authors/${id}`, file, body, bio: true, name: `the page ${quote(`/authors/${id}`)}`, noun: "page" });

/** An article's page, with what it shows around its text. */
const articlePage = (slug: string, file: string, body: string, around: ArticleAround): LinkedPage => ({ path: `/articles/${slug}`, file, body, bio: false, name: `the article ${quote(slug)}`, noun: "article", around });

export function linkable(collection: Collection): Linkable {
  const published = collection.allArticles.filter((article) => article.status === "published");
  const authors = [...collection.authors.values()].map((author) => authorPage(author.id, author.file, author.body));
  const own = collection.pages.map((page): LinkedPage => ({ path: `/${page.id}`, file: page.file, body: page.body.text, bio: false, name: `the page ${quote(`/${page.id}`)}`, noun: "page" }));
  const known = { pages: new Map([...authors, ...own].map((page) => [page.path, page])), published };
  const articles = collection.allArticles.map((article) => articlePage(article.slug, article.file, article.body, aroundArticle(known, article.slug, article.tags, article.author)));
  const pages = new Map([...articles, ...own, ...authors].map((page) => [page.path, page]));
  return { pages, tags: new Set(published.flatMap((article) => article.tags.map(tagSlug))), archive: archivePages(collection), published };
}

/** What a fixed page, or one of the home page's list pages that exists (`/page/2`; links.ts reports the others), shows instead of sections. */
function listShown(path: string, site: Linkable): string | undefined {
  const fixed = FIXED_LISTS.get(path);
  if (fixed !== undefined) return fixed;
  const later = journalListPage(path);
  return later?.list.base === "" && later.page <= pageCount(site.published.length) ? "a list of articles" : undefined;
}

/** How many published articles the list `/tags/x` or `/authors/x` shows: those with the tag, however spelt, or by the author. */
function listLength({ section, id }: Target, published: readonly Article[]): number {
  return published.filter((article) => (section === "tags" ? article.tags.map(tagSlug).includes(id) : article.author === id)).length;
}

/** The page a path names, when its ids are known: a tag's or an author's list, or a later page of one, only when it exists (links.ts reports the others). */
export function pageAt(pathname: string, site: Linkable): FragmentTarget | undefined {
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
  const shown = isListPage(target) && known && Number(target.extra[1]) <= pageCount(listLength(target, site.published));
  return shown ? { path, shows: "a list of articles" } : undefined;
}

/** The page whose text a page is, whether its fields are valid or not: an article, the about page, or an author's page for a bio. */
export function linkingPage(page: CheckedPage, site: Linkable): LinkedPage | undefined {
  if (page.kind !== "broken") return site.pages.get(page.path);
  // A file whose fields have errors is judged by the page it will have: an article's, from the fields it could read.
  const { broken } = page;
  if (broken.kind === "author") return authorPage(broken.id, page.file, page.body.text);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a file with a text always has its fields read (load.ts, readableArticle), and the fallback's tag `Stryker was here` is no other article's, so no article becomes related through it
  const around = aroundArticle(site, broken.id, broken.fields?.tags ?? [], broken.fields?.author);
  return articlePage(broken.id, page.file, page.body.text, around);
}
