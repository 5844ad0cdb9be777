import { rss } from "@/lib/feeds/rss";
import { getSiteFeed } from "@/lib/feeds/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(rss(await getSiteFeed()), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
