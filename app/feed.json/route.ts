import { jsonFeed } from "@/lib/feeds/json-feed";
import { getSiteFeed } from "@/lib/feeds/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(jsonFeed(await getSiteFeed()), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
