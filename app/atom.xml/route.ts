import { getSiteFeed } from "@/lib/site-feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response((await getSiteFeed()).atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
