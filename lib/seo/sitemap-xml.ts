import { xml, xmlDocument } from "@/lib/xml/xml-document";
import type { SitemapEntry } from "./sitemap";

/**
 * The sitemap protocol's XML (https://www.sitemaps.org/protocol.html), written by the same
 * escaping serializer as the feeds: Next.js's own sitemap file convention writes each URL
 * into `<loc>` unescaped.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return xmlDocument(
    xml(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      ...entries.map((entry) => xml("url", {}, xml("loc", {}, entry.url), ...(entry.lastModified === undefined ? [] : [xml("lastmod", {}, entry.lastModified)]))),
    ),
  );
}
