import { xml, xmlDocument } from "@/lib/xml/xml-document";
import type { Feed, FeedItem } from "./feed";

const item = (entry: FeedItem) =>
  xml(
    "item",
    {},
    xml("title", {}, entry.title),
    xml("link", {}, entry.url),
    xml("guid", { isPermaLink: "true" }, entry.url),
    xml("pubDate", {}, entry.published.toUTCString()),
    xml("description", {}, entry.summary),
    xml("content:encoded", {}, entry.contentHtml),
    xml("dc:creator", {}, entry.author.name),
    ...entry.categories.map((category) => xml("category", {}, category.label)),
  );

/** RSS 2.0 with the full content (`content:encoded`) and the author's name (`dc:creator`). */
export function rss(feed: Feed): string {
  return xmlDocument(
    xml(
      "rss",
      { version: "2.0", "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:content": "http://purl.org/rss/1.0/modules/content/", "xmlns:atom": "http://www.w3.org/2005/Atom" },
      xml(
        "channel",
        {},
        xml("title", {}, feed.title),
        xml("link", {}, feed.homeUrl),
        xml("description", {}, feed.description),
        xml("language", {}, feed.language),
        xml("copyright", {}, feed.rights),
        xml("lastBuildDate", {}, feed.updated.toUTCString()),
        xml("docs", {}, "https://www.rssboard.org/rss-specification"),
        xml("atom:link", { href: feed.urls.rss, rel: "self", type: "application/rss+xml" }),
        xml("image", {}, xml("url", {}, feed.logo), xml("title", {}, feed.title), xml("link", {}, feed.homeUrl)),
        ...feed.items.map(item),
      ),
    ),
  );
}
