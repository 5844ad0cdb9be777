import { tagSlug } from "../tags";
import type { ContentIssue } from "../content/issues";
import type { Article, Collection } from "../content/types";
import { linksShown, type CheckedPage } from "./pages";
import { quote } from "../content/printable";
import { SECTIONS, sitePath } from "../content/site-path";
import { closest } from "../content/suggest";
import { listNamed, misreadLink } from "./misread-links";
import { PAGE_SIZE, pageCount, pagePath } from "../pagination";
import { ARCHIVE_PAGE_SIZE } from "../archive";

export type Target = { section: (typeof SECTIONS)[number]; id: string; extra: string[] };

/**
 * `/articles/x`, `/authors/x` or `/tags/x` (a trailing slash allowed), with whatever follows
 * (`/articles/x/extra`); other paths are checked by site-links.ts.
 */
export function targetOf(pathname: string): Target | undefined {
  const [, first, id, ...extra] = pathname.replace(/\/$/, "").split("/");
  const section = SECTIONS.find((name) => name === first);
  if (!section || !id) return undefined;
  return { section, id, extra };
}

/** The further pages of an author's or a tag's list: `/tags/x/page/2` (`/page/1` redirects to the list, proxy.ts). */
export const isListPage = (target: Target) => target.section !== "articles" && /^page\/[1-9]\d*$/.test(target.extra.join("/"));

const NOUN = { articles: "an article", authors: "an author", tags: "a tag" } as const;

type Site = {
  articles: Map<string, Article>;
  /** Articles whose files have errors of their own, by slug → file. */
  brokenArticles: Map<string, string>;
  authors: ReadonlyMap<string, unknown>;
  /** Tag slugs with a page: used by at least one published article. */
  liveTags: Set<string>;
  /** Tag slugs used by any article, published or not. */
  anyTags: Set<string>;
  /** How many articles each author's and tag's list holds (`/tags/gold` → …): published ones, and all. */
  listLengths: Map<string, ListLength>;
  /** How many articles the home page's and the archive's lists hold: every article, published ones and all. */
  journalLength: ListLength;
};

/** How many articles a list holds: published ones (the built site's), and all (the preview's, drafts and scheduled ones too). */
type ListLength = { published: number; all: number };

/** The lists an article appears in: its author's and each of its tags' (a tag spelt twice counts once, as on the page). */
const listsOf = (article: Article) => [`/authors/${article.author}`, ...new Set(article.tags.map((name) => `/tags/${tagSlug(name)}`))];

function listLengths(articles: readonly Article[]): Map<string, ListLength> {
  const lengths = new Map<string, ListLength>();
  for (const article of articles) {
    for (const list of listsOf(article)) {
      const length = lengths.get(list) ?? { published: 0, all: 0 };
      lengths.set(list, { published: length.published + (article.status === "published" ? 1 : 0), all: length.all + 1 });
    }
  }
  return lengths;
}

function siteOf(collection: Collection): Site {
  const published = collection.allArticles.filter((article) => article.status === "published");
  return {
    articles: new Map(collection.allArticles.map((article) => [article.slug, article])),
    brokenArticles: new Map(collection.broken.filter((file) => file.kind === "article").map((file) => [file.id, file.file])),
    authors: collection.authors,
    liveTags: new Set(published.flatMap((article) => article.tags.map(tagSlug))),
    anyTags: new Set(collection.allArticles.flatMap((article) => article.tags.map(tagSlug))),
    listLengths: listLengths(collection.allArticles),
    journalLength: { published: published.length, all: collection.allArticles.length },
  };
}

const LIST = { authors: "the author", tags: "the tag" } as const;

/** A list of articles with later pages: its name in a message, its own address (`/tags/gold`, `""` for the home page's `/`), its page size and length. */
type List = { name: string; base: string; size: number; length: ListLength };

/**
 * Page `page` of a list past its last: the production list decides (drafts and scheduled articles
 * are on no page yet), so the last page there is is named. When the unpublished ones would fill
 * the page, it is not yet published: a warning in development or a draft.
 */
function pastTheLastPage({ name, base, size, length }: List, page: number): Found | undefined {
  const last = pageCount(length.published, size);
  if (page <= last) return undefined;
  const listed = length.published === 0 ? "no published articles" : `${length.published} published article${length.published === 1 ? "" : "s"}`;
  const lastPath = pagePath(base, last);
  const later = page <= pageCount(length.all, size);
  const until = later ? `; page ${page} comes once its drafts or scheduled articles are published (the preview counts them already)` : "";
  return {
    notYetPublished: later,
    message: `${name} lists ${listed}, ${size} a page, so its last page is page ${last}, ${quote(lastPath)}; there is no page ${page}, so readers would land on the “page not found” page${until}; link to ${quote(lastPath)}, or remove the link`,
  };
}

/** `/tags/gold/page/2` when the tag's published articles fill one page. */
function pastTheLastListPage(target: Target, site: Site): Found | undefined {
  const section = target.section;
  // Stryker disable next-line ConditionalExpression: isListPage leaves articles out already; the test is for the type checker
  if (section === "articles") return undefined;
  const base = `/${section}/${target.id}`;
  const length = site.listLengths.get(base) ?? { published: 0, all: 0 };
  return pastTheLastPage({ name: `${LIST[section]} ${quote(target.id)}`, base, size: PAGE_SIZE, length }, Number(target.extra[1]));
}

/** The journal's lists of every article, whose later pages are `/page/2` (the home page's) and `/archive/page/2`. */
const JOURNAL_LISTS = [
  { name: "the home page", base: "", size: PAGE_SIZE },
  { name: "the archive", base: "/archive", size: ARCHIVE_PAGE_SIZE },
] as const;

/**
 * `/page/3` or `/archive/page/3` (a trailing slash allowed): the list and the page number; `/page/1`
 * too, which redirects to the list (proxy.ts). They are checked here, the journal's other paths by site-links.ts.
 */
export function journalListPage(pathname: string): { list: (typeof JOURNAL_LISTS)[number]; page: number } | undefined {
  const match = /^(\/archive)?\/page\/([1-9]\d*)\/?$/.exec(pathname);
  const list = JOURNAL_LISTS.find((candidate) => candidate.base === (match?.[1] ?? ""));
  return match && list ? { list, page: Number(match[2]) } : undefined;
}

/** What is wrong with a link to `/page/3` or `/archive/page/3`, if anything. */
function problemWithJournalPage(pathname: string, site: Site): Found | undefined {
  const found = journalListPage(pathname);
  return found && pastTheLastPage({ ...found.list, length: site.journalLength }, found.page);
}

/** Whether a not-yet-published article will be live by the time the page linking to it is. */
function liveInTime(target: Article, from: Article | undefined): boolean {
  return target.status === "scheduled" && from?.status === "scheduled" && target.date.instant <= from.date.instant;
}

type Found = { message: string; notYetPublished: boolean; related?: string[] };

/** " Did you mean `/articles/x`?" when a published page's address is close to the one written. */
function didYouMean(section: Target["section"], id: string, candidates: Iterable<string>): string {
  const suggestion = closest(id, candidates);
  return suggestion === undefined ? "" : ` Did you mean \`/${section}/${suggestion}\`?`;
}

/** `/articles/articles`, which no article is named: the page that lists them is named too. */
function withList(target: Target, found: Found | undefined): Found | undefined {
  const list = listNamed(target.section, target.id);
  const stop = found?.message.endsWith(".") ? "" : ".";
  return found && list ? { ...found, message: `${found.message}${stop} The page that lists ${list.what} is ${quote(list.path)}.` } : found;
}

/** What is wrong with a link to `/articles/x/extra`: nothing is under a page's own address. */
function problemWithExtra(target: Target, site: Site, from: Article | undefined): Found | undefined {
  if (target.extra.length === 0) return withList(target, problemWith(target, site, from));
  if (isListPage(target)) return problemWith(target, site, from) ?? pastTheLastListPage(target, site);
  const page = `/${target.section}/${target.id}`;
  const found = problemWith(target, site, from);
  if (found && !found.notYetPublished) return found;
  const also = found ? `; also, ${found.message}` : "";
  return { notYetPublished: false, related: found?.related, message: `there is no page at ${quote(`${page}/${target.extra.join("/")}`)}: the address of ${NOUN[target.section]} ends with its name; write ${quote(page)}${also}` };
}

function problemWith(target: Target, site: Site, from: Article | undefined): Found | undefined {
  const { section, id } = target;
  if (section === "authors") {
    if (site.authors.has(id)) return undefined;
    return { notYetPublished: false, message: `there is no author ${quote(id)}.${didYouMean("authors", id, site.authors.keys())} The authors are: ${[...site.authors.keys()].join(", ")}` };
  }
  if (section === "tags") {
    if (site.liveTags.has(id)) return undefined;
    if (site.anyTags.has(id)) {
      return { notYetPublished: true, message: `only unpublished articles have the tag ${quote(id)} so far, so its page does not exist yet; link to it once one of them is published` };
    }
    return { notYetPublished: false, message: `no article has a tag whose address is ${quote(id)}; a tag's address is its name in lowercase with hyphens (the tag "metal care" is /tags/metal-care).${didYouMean("tags", id, site.liveTags)}` };
  }
  const article = site.articles.get(id);
  const brokenFile = site.brokenArticles.get(id);
  if (!article && brokenFile) {
    return { notYetPublished: false, related: [brokenFile], message: `the article ${quote(id)} has problems of its own (listed with ${brokenFile}), so it has no page until they are fixed` };
  }
  if (!article) {
    const published = [...site.articles.values()].filter((candidate) => candidate.status === "published").map((candidate) => candidate.slug);
    return { notYetPublished: false, related: [`content/articles/${id}.md`], message: `there is no article ${quote(id)}; the address is the file name in content/articles/ without .md.${didYouMean("articles", id, published)}` };
  }
  if (article.status === "published" || liveInTime(article, from)) return undefined;
  if (article.status === "draft") {
    return { notYetPublished: true, related: [article.file], message: `${quote(id)} is a draft, so readers would land on a missing page; publish it first (remove \`draft: true\` from ${article.file}) or remove the link` };
  }
  return { notYetPublished: true, related: [article.file], message: `${quote(id)} is scheduled for ${article.date.raw}, so the link leads nowhere until then; add it after that date or remove it` };
}

/**
 * Links to /articles/…, /authors/… and /tags/… must lead to pages readers can open. A link to a
 * page that is not published yet is an error in a production check, and a warning in development
 * or from a draft, which nobody reads yet either.
 */
export function checkLinks(pages: readonly CheckedPage[], collection: Collection, dev: boolean): ContentIssue[] {
  const site = siteOf(collection);
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    // Stryker disable next-line ConditionalExpression: only an article's page has an `article`; on the others it reads as undefined, as the fallback gives; the test is for the type checker
    const from = page.kind === "article" ? page.article : undefined;
    const fromDraft = from?.status === "draft" || (page.kind === "broken" && page.broken.draft);
    // A link the page shows as plain text leads nowhere; checkLinkAddresses says so, once.
    for (const link of linksShown(page)) {
      // An `<a href>` written as HTML has its opening tag as typed; a Markdown link gets its line to write.
      const misread = misreadLink(link.url, page.path, "written" in link ? undefined : link.text);
      if (misread !== undefined) {
        // The page it meant must exist too: `articles/gold-karat` → `/articles/gold-karat`, and did you mean `/articles/gold-karats`?
        // Stryker disable next-line StringLiteral: sitePath resolves against the site's origin plus this path, and an origin with its `/` or without it is the same URL (the URL parser gives a web address an empty path as `/`)
        const meantPath = misread.page === undefined ? undefined : sitePath(misread.page, "/");
        const meant = meantPath === undefined ? undefined : targetOf(meantPath);
        const also = meant && problemWithExtra(meant, site, from);
        const message = also && !also.notYetPublished ? `${misread.message}; also, ${also.message}` : misread.message;
        issues.push({ file: page.file, line: link.line, severity: "error", message, related: also?.related });
        continue;
      }
      const pathname = sitePath(link.url, page.path);
      const target = pathname === undefined ? undefined : targetOf(pathname);
      const found = target ? problemWithExtra(target, site, from) : pathname && problemWithJournalPage(pathname, site);
      if (!found) continue;
      const lenient = found.notYetPublished && (dev || fromDraft);
      issues.push({ file: page.file, line: link.line, severity: lenient ? "warning" : "error", message: `the link to ${quote(link.url)}: ${found.message}`, related: found.related });
    }
  }
  return issues;
}
