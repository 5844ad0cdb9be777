import type { Article, Collection } from "@/lib/content/types";
import { pageCount, pagePath, PAGE_SIZE } from "@/lib/pagination";
import { collectTags, tagSlug } from "@/lib/tags";
import { site } from "@/lib/site";
import type { Landing, Surface } from "./hostile-checks";

const title = (text: string): Landing => ({ selector: "head > title", value: `${text} · ${site.name}` });
const description = (text: string): Landing => ({ selector: 'head > meta[name="description"]', attribute: "content", value: text });
const shown = (text: string): Landing => ({ selector: "main *", value: text });
const linked = (href: string): Landing => ({ selector: "main a", attribute: "href", value: href });
const pictured = (alt: string): Landing => ({ selector: "main img", attribute: "alt", value: alt });

/**
 * Every page a reader can reach in a site built from `collection`, and where each frontmatter
 * string must land as plain text. The one list the hostile-content tests visit: new surfaces
 * (feeds, JSON-LD, tag pages, search) are added here and checked by every test at once.
 */
export function hostileSurfaces({ articles, authors }: Collection): Surface[] {
  const authorList = [...authors.values()];
  const nameOf = (article: Article) => authors.get(article.author)?.name;

  const listPages = (basePath: string, items: readonly Article[], heading: string | undefined): Surface[] =>
    Array.from({ length: pageCount(items.length) }, (_, index) => {
      const page = index + 1;
      const shownHere = items.slice(index * PAGE_SIZE, page * PAGE_SIZE);
      return {
        path: pagePath(basePath, page),
        status: 200,
        hasUserContent: false,
        lands: [
          // Later pages suffix the heading (" · page 2"); their <title> carries the name instead.
          ...(heading === undefined ? [] : [page === 1 ? shown(heading) : title(`${heading}, page ${page}`)]),
          ...shownHere.flatMap((article) => [shown(article.title), shown(article.description)]),
          ...shownHere.flatMap((article) => nameOf(article) ?? []).map(shown),
        ],
      };
    });

  const home = listPages("", articles, undefined);
  home.forEach((surface, index) => surface.lands.unshift(index === 0 ? { selector: "head > title", value: site.name } : title(`Articles, page ${index + 1}`)));

  const articlePages = articles.map((article): Surface => {
    const author = authors.get(article.author);
    return {
      path: `/articles/${article.slug}`,
      status: 200,
      hasUserContent: true,
      lands: [
        title(article.title),
        description(article.description),
        shown(article.title),
        ...article.tags.map(shown),
        ...(article.cover ? [pictured(article.cover.alt)] : []),
        ...(author ? [shown(author.name), ...(author.role ? [shown(author.role)] : []), ...(author.website ? [linked(author.website)] : [])] : []),
      ],
    };
  });

  const authorPages = authorList.map((author): Surface => {
    const theirs = articles.filter((article) => article.author === author.id);
    return {
      path: `/authors/${author.id}`,
      status: 200,
      hasUserContent: true,
      lands: [
        title(author.name),
        description(author.role ? `${author.name}, ${author.role}: biography and articles.` : `Articles by ${author.name}.`),
        shown(author.name),
        ...(author.role ? [shown(author.role)] : []),
        ...(author.website ? [linked(author.website)] : []),
        ...(author.avatar ? [pictured(author.avatar.alt)] : []),
        ...theirs.slice(0, PAGE_SIZE).map((article) => shown(article.title)),
      ],
    };
  });

  const tags = collectTags(articles);
  const tagPages = tags.flatMap((tag) =>
    listPages(
      `/tags/${tag.slug}`,
      articles.filter((article) => article.tags.some((name) => tagSlug(name) === tag.slug)),
      `Tagged “${tag.name}”`,
    ),
  );

  const indexes: Surface[] = [
    { path: "/tags", status: 200, hasUserContent: false, lands: tags.map((tag) => shown(tag.name)) },
    { path: "/authors", status: 200, hasUserContent: false, lands: authorList.flatMap((author) => [shown(author.name), ...(author.role ? [shown(author.role)] : [])]) },
    { path: "/archive", status: 200, hasUserContent: false, lands: articles.map((article) => shown(article.title)) },
    { path: "/about", status: 200, hasUserContent: true, lands: [] },
    { path: "/search", status: 200, hasUserContent: false, lands: [] },
  ];

  const notFound: Surface = { path: "/no-such-page", status: 404, hasUserContent: false, lands: [shown("This page could not be found")] };

  return [...home, ...articlePages, ...authorPages, ...tagPages, ...indexes, notFound];
}
