import { CONTENTS_MIN_HEADINGS } from "../content/rehype-collect-headings";

/**
 * What an article's page shows around its text, from app/articles/[slug]/page.tsx: the contents
 * when the text has enough headings (components/table-of-contents.tsx), the previous and next
 * articles when there is another (article-pager.tsx), and related ones when another shares a tag
 * (related-articles.tsx).
 */
export type ArticleSurroundings = { headings: number; neighbours: boolean; related: boolean };

/** The layout's `<main id="main">` (app/layout.tsx), the skip link's target, on every page. */
const EVERY_PAGE = "main";

/**
 * The ids the page around a text gives itself, which a link may name besides the text's own: on
 * every page `#main`, and on an article's page (`article` given) the headings of what it shows
 * around the text, the author's card always (components/author-card.tsx), the others when shown.
 */
export function pageIds(article: ArticleSurroundings | undefined): ReadonlySet<string> {
  if (article === undefined) return new Set([EVERY_PAGE]);
  const ids = new Set([EVERY_PAGE, "about-the-author"]);
  if (article.headings >= CONTENTS_MIN_HEADINGS) ids.add("toc-heading");
  if (article.neighbours) ids.add("pager-heading");
  if (article.related) ids.add("related-heading");
  return ids;
}

/** What each of the pages' own ids (`PAGE_IDS` but `#main`) heads, and when it is shown, for a link to a page that lacks it. */
export const PAGE_ID_ROLES: ReadonlyMap<string, string> = new Map([
  ["about-the-author", "the heading of the author's card, which only an article's page shows"],
  ["toc-heading", `the heading of the contents (“In this article”), which an article's page shows only when its text has ${CONTENTS_MIN_HEADINGS} headings or more (\`##\` or \`###\`)`],
  ["pager-heading", "the heading of the links to the previous and next articles, which an article's page shows only when another article is published"],
  ["related-heading", "the heading of the related articles, which an article's page shows only when another published article shares one of its tags"],
  ["newest-heading", "the heading of the newest articles on the page shown for an address that does not exist"],
]);
