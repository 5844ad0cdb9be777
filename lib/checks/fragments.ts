import type { ContentIssue } from "../content/issues";
import type { FullSizeAnchor, PageAnchors } from "../content/page-anchors";
import { quote } from "../content/printable";
import { USER_CONTENT_PREFIX } from "../content/contain-user-html";
import { fragmentTarget } from "../content/rehype-fragment-links";
import { PAGE_IDS } from "../content/rehype-safe-heading-ids";
import { closest } from "../content/suggest";
import type { Article, Collection } from "../content/types";
import { targetOf } from "./links";
import { misreadLink } from "./misread-links";
import type { Renderers } from "./renderers";
import { linksShown, type CheckedPage } from "./pages";
import { sitePath } from "./site-path";

/** An article whose headings a link may name: one loaded, or the text of one whose fields have errors. */
type LinkedArticle = Pick<Article, "slug" | "file" | "body">;
/** A link's `#part`: the article whose heading it names, and the link without it (`""` for `#care`). */
type FragmentLink = { article: LinkedArticle; fragment: string; page: string };

/** The `#part` of a link to an article (`/articles/x#care`), or of `#care` on `from`, the article the link is in. */
function fragmentLink(url: string, from: LinkedArticle | undefined, articles: ReadonlyMap<string, Article>, fromPath: string): FragmentLink | undefined {
  const hash = url.indexOf("#");
  if (hash === -1 || misreadLink(url, fromPath) !== undefined) return undefined;
  const fragment = url.slice(hash + 1);
  if (hash === 0) return from && { article: from, fragment, page: "" };
  const pathname = sitePath(url, fromPath);
  const target = pathname === undefined ? undefined : targetOf(pathname);
  const article = target?.section === "articles" && target.extra.length === 0 ? articles.get(target.id) : undefined;
  return article && { article, fragment, page: url.slice(0, hash) };
}

/** Whether the page answers `#fragment`: an id of the text or of the page around it; `#` and `#top` are the top. */
function leadsSomewhere({ fragment, page }: FragmentLink, anchors: PageAnchors): boolean {
  // Only `#care` is pointed at an author's own `id="care"` (rehype-fragment-links.ts), not `/articles/x#care`.
  const samePage = page === "";
  const names = new Set([fragment, fragmentTarget(fragment)]);
  const onPage = (name: string) => anchors.ids.has(name) || PAGE_IDS.has(name) || (samePage && anchors.ids.has(`${USER_CONTENT_PREFIX}${name}`));
  return fragment === "" || [...names].some((name) => name.toLowerCase() === "top" || onPage(name));
}

const EXAMPLE = "a heading's address is its words in lowercase with hyphens between them (the heading “## Daily care” is `#daily-care`)";

/**
 * A link to a picture's full-size view (`#full-size-2`): the page has that id, but the view is
 * hidden until a reader selects the picture, so the browser neither opens it nor scrolls to it.
 */
function fullSizeMessage(link: FragmentLink, url: string, { id, src, section }: FullSizeAnchor, here: string): string {
  const where = link.page === "" ? "" : ` in the article ${quote(link.article.slug)}`;
  const problem = `the link to ${quote(url)} leads to the top of the page, not to a picture: ${quote(`#${id}`)} is the full-size view of the picture ${quote(src)}${where}, which opens only when a reader selects the picture, never from a link`;
  if (section) return `${problem}; link to the section the picture is in: write ${quote(`${link.page}#${section.id}`)} (${section.text})`;
  const write = link.page === "" ? `remove the link: the picture is above every heading of ${here}` : `link to the article itself: write ${quote(link.page)}`;
  return `${problem}; ${write}`;
}

/** `here` is what the linking page is to its author: "this article", or "this page" for the about page. */
function message(link: FragmentLink, url: string, anchors: PageAnchors, here: string): string {
  const view = anchors.fullSize.find(({ id }) => id === fragmentTarget(link.fragment));
  if (view) return fullSizeMessage(link, url, view, here);
  const where = link.page === "" ? `${here} has` : `the article ${quote(link.article.slug)} has`;
  const problem = `the link to ${quote(url)} leads to the top of the page, not to a section: ${where} no heading whose address is ${quote(`#${link.fragment}`)}`;
  if (anchors.headings.length === 0) {
    const write = link.page === "" ? "remove the link, or add a heading (a line starting `## `) where it should lead" : `link to the article itself: write ${quote(link.page)}`;
    return `${problem}, and no headings at all; ${write}`;
  }
  const near = closest(fragmentTarget(link.fragment), anchors.headings.map((heading) => heading.id));
  const meant = near === undefined ? "" : ` Did you mean ${quote(`${link.page}#${near}`)}?`;
  const list = anchors.headings.map((heading) => `${quote(`#${heading.id}`)} (${heading.text})`).join(", ");
  return `${problem}; ${EXAMPLE}.${meant} Its headings are: ${list}`;
}

/**
 * The article a page is, whether its fields are valid or not, or the about page; undefined for an
 * author's page, whose bio is shown under each of the author's articles too, where `#care` may
 * name that article's section.
 */
function linkingArticle(page: CheckedPage): LinkedArticle | undefined {
  if (page.kind === "article") return page.article;
  // Its path (`/about`) is its key among the rendered pages, which no article's slug can be.
  if (page.kind === "page") return { slug: page.path, file: page.file, body: page.body.text };
  if (page.kind === "broken" && page.broken.kind === "article" && page.broken.body) return { slug: page.broken.id, file: page.file, body: page.broken.body.text };
  return undefined;
}

/**
 * `#care` on an article, and `/articles/x#care`, must name a heading (or another id) that the
 * page's rendered text has, or readers land at the top of the page. The ids are the rendered
 * page's own (page-anchors.ts), so the check and the page cannot disagree; only the articles
 * such links name are rendered, once each. An article whose fields have errors is checked too, so
 * its author sees every problem at once; a bio's links to an article's section are checked, its `#care` is not.
 */
export async function checkFragments(pages: readonly CheckedPage[], collection: Collection, renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const articles = new Map(collection.allArticles.map((article) => [article.slug, article]));
  const rendered = new Map<string, Promise<PageAnchors>>();
  const anchors = (article: LinkedArticle) => {
    const known = rendered.get(article.slug) ?? renderers().then(async ({ anchorsOf, pageTree }) => anchorsOf(await pageTree(article.body, { bio: false })));
    rendered.set(article.slug, known);
    return known;
  };
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    const from = linkingArticle(page);
    for (const { url, line } of linksShown(page)) {
      const link = fragmentLink(url, from, articles, page.path);
      if (link === undefined) continue;
      const found = await anchors(link.article);
      if (leadsSomewhere(link, found)) continue;
      const here = page.kind === "page" ? "this page" : "this article";
      // Stryker disable next-line ConditionalExpression,StringLiteral: a `#care` link's article is the linking page itself, so naming its file too would only repeat the problem's own file, which check:content already selects by
      const related = link.page === "" ? undefined : [link.article.file];
      issues.push({ file: page.file, line, severity: "error", message: message(link, url, found, here), related });
    }
  }
  return issues;
}
