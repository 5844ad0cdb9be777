import type { Graph, Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

/** Structured data for search engines, escaped so no text in it can end the script early. */
export function JsonLd({ data }: { data: Graph | WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
