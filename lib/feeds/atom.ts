import { xml, xmlDocument } from "@/lib/xml/xml-document";
import type { Feed, FeedItem, FeedPerson } from "./feed";

const person = (role: string, { name, url }: FeedPerson) => xml(role, {}, xml("name", {}, name), xml("uri", {}, url));

// Titles, summaries and names are plain text (`type="text"`): markup in a title stays visible
// characters in every reader. Only the body, sanitised by the Markdown pipeline, is HTML.
const entry = (item: FeedItem) =>
  xml(
    "entry",
    {},
    xml("title", { type: "text" }, item.title),
    xml("id", {}, item.url),
    xml("link", { rel: "alternate", type: "text/html", href: item.url }),
    xml("published", {}, item.published.toISOString()),
    xml("updated", {}, item.updated.toISOString()),
    xml("summary", { type: "text" }, item.summary),
    xml("content", { type: "html" }, item.contentHtml),
    person("author", item.author),
    ...item.categories.map((category) => xml("category", { term: category.term, label: category.label })),
  );

/** Atom 1.0 (RFC 4287). */
export function atom(feed: Feed): string {
  return xmlDocument(
    xml(
      "feed",
      { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": feed.language },
      xml("id", {}, feed.homeUrl),
      xml("title", { type: "text" }, feed.title),
      xml("subtitle", { type: "text" }, feed.description),
      xml("updated", {}, feed.updated.toISOString()),
      xml("link", { rel: "alternate", type: "text/html", href: feed.homeUrl }),
      xml("link", { rel: "self", type: "application/atom+xml", href: feed.urls.atom }),
      person("author", feed.owner),
      xml("logo", {}, feed.logo),
      xml("rights", { type: "text" }, feed.rights),
      ...feed.items.map(entry),
    ),
  );
}
