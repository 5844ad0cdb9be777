import { getSiteFeed } from "@/lib/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response((await getSiteFeed()).rss2(), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
