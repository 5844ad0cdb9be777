import { quote } from "../content/printable";
import type { SECTIONS } from "../content/site-path";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { tagSlug } from "../tags";
import { targetOf } from "./links";

/** The names a link may give after `/articles/`, `/authors/` and `/tags/`. */
export type Ids = Record<(typeof SECTIONS)[number], string[]>;

/** Every article's (drafts and scheduled ones too), author's and tag's name in `collection`. */
export function idsOf(collection: Collection): Ids {
  return {
    articles: collection.allArticles.map((article) => article.slug),
    authors: [...collection.authors.keys()],
    tags: [...new Set(collection.allArticles.flatMap((article) => article.tags.map(tagSlug)))],
  };
}

const NOUN = { articles: "article", authors: "author", tags: "tag" } as const;

/**
 * `/articles/gold-karat` → the nearest page there is, `/articles/gold-karats`, when no page has the
 * name written, and what a message says of it; undefined for a name that exists, a path of
 * another kind, or a name nothing is close to.
 */
export function nearestPage(path: string, ids: Ids): { page: string; missing: string } | undefined {
  // Read as links.ts reads a link: `/articles/gold-karat/`, with a slash at its end, is the same page.
  const target = targetOf(path);
  if (target === undefined || target.extra.length > 0) return undefined;
  const { section, id } = target;
  if (ids[section].includes(id)) return undefined;
  const near = closest(id, ids[section]);
  return near === undefined ? undefined : { page: `/${section}/${near}`, missing: `there is no ${NOUN[section]} ${quote(id)}, the nearest is ${quote(`/${section}/${near}`)}` };
}
