import { xmlText } from "@/lib/xml/xml-text";
import type { Feed, FeedItem } from "./feed";

// JSON could carry control characters escaped, but readers turn JSON Feed items into HTML and
// XML too: the same characters are left out as in the XML feeds.
const text = xmlText;

const item = (entry: FeedItem) => {
  const author = { name: text(entry.author.name), url: entry.author.url };
  return {
    id: entry.url,
    url: entry.url,
    title: text(entry.title),
    summary: text(entry.summary),
    content_html: text(entry.contentHtml),
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    authors: [author],
    // Version 1.0's single author, for readers that predate 1.1 (the specification suggests both).
    author,
    tags: entry.categories.map((category) => text(category.label)),
  };
};

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: Feed): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: text(feed.title),
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: text(feed.description),
    icon: feed.logo,
    language: feed.language,
    authors: [feed.owner],
    items: feed.items.map(item),
  });
}
