import type { Collection } from "@/lib/content/load";
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
  const home: Surface = {
    path: "/",
    status: 200,
    hasUserContent: false,
    lands: [
      { selector: "head > title", value: site.name },
      ...articles.flatMap((article) => [shown(article.title), shown(article.description)]),
      ...[...authors.values()].filter((author) => articles.some((article) => article.author === author.id)).map((author) => shown(author.name)),
    ],
  };

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
        ...(article.cover ? [pictured(article.cover.alt)] : []),
        ...(author ? [shown(author.name), ...(author.role ? [shown(author.role)] : []), ...(author.website ? [linked(author.website)] : [])] : []),
      ],
    };
  });

  const authorPages = [...authors.values()].map(
    (author): Surface => ({
      path: `/authors/${author.id}`,
      status: 200,
      hasUserContent: true,
      lands: [
        title(author.name),
        description(author.role ?? `Articles by ${author.name}`),
        shown(author.name),
        ...(author.role ? [shown(author.role)] : []),
        ...(author.website ? [linked(author.website)] : []),
        ...(author.avatar ? [pictured(author.avatar.alt)] : []),
        ...articles.filter((article) => article.author === author.id).map((article) => shown(article.title)),
      ],
    }),
  );

  const notFound: Surface = { path: "/no-such-page", status: 404, hasUserContent: false, lands: [shown("This page could not be found")] };

  return [home, ...articlePages, ...authorPages, notFound];
}
