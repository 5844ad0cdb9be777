import { publishedContent } from "./content";

export type PageType = { name: string; path: string; status: number };

/**
 * One page of every kind the site serves, chosen from the real content: the pages that every
 * metadata, structured-data and validity test walks through. New kinds of page go here.
 */
export async function pageTypes(): Promise<PageType[]> {
  const { articles, authors } = await publishedContent();
  const guestArticle = articles.find((article) => authors.get(article.author)?.guest);
  const coverArticle = articles.find((article) => article.cover);
  const tableArticle = articles.find((article) => /^\|.+\|\s*$/m.test(article.body));
  const author = [...authors.values()][0];
  if (!guestArticle || !coverArticle || !tableArticle || !author) throw new Error("the sample content needs a guest post, a cover, a table and an author");
  return [
    { name: "home", path: "/", status: 200 },
    { name: "article by a guest", path: `/articles/${guestArticle.slug}`, status: 200 },
    { name: "article with a cover", path: `/articles/${coverArticle.slug}`, status: 200 },
    { name: "article with a table", path: `/articles/${tableArticle.slug}`, status: 200 },
    { name: "author", path: `/authors/${author.id}`, status: 200 },
    { name: "authors", path: "/authors", status: 200 },
    { name: "tags", path: "/tags", status: 200 },
    { name: "tag", path: "/tags/guest-post", status: 200 },
    { name: "articles, page 2", path: "/page/2", status: 200 },
    { name: "archive", path: "/archive", status: 200 },
    { name: "about", path: "/about", status: 200 },
    { name: "search", path: "/search", status: 200 },
    { name: "not found", path: "/no-such-page", status: 404 },
  ];
}
