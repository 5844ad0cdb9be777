import { getSiteFeed } from "@/lib/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response((await getSiteFeed()).json1(), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
