export type PageType = { name: string; path: string; status: number };

/**
 * One page of every kind the site serves, chosen by hand from the sample journal in content/: the
 * pages that every metadata, structured-data and validity test walks through. New kinds of page go here.
 */
export async function pageTypes(): Promise<PageType[]> {
  return [
    { name: "home", path: "/", status: 200 },
    { name: "article by a guest", path: "/articles/restringing-beads-at-home-or-with-a-professional", status: 200 },
    { name: "article with a cover", path: "/articles/why-we-repair-before-we-replace", status: 200 },
    { name: "article with a table", path: "/articles/ring-sizing-and-buying-guide", status: 200 },
    { name: "author", path: "/authors/isla-marrow", status: 200 },
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
