import { atom } from "@/lib/feeds/atom";
import { getSiteFeed } from "@/lib/feeds/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(atom(await getSiteFeed()), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
