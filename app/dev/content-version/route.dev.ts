import { nextContentVersion } from "@/lib/live-refresh";

/*
 * `npm run dev` only: the `.dev.ts` extension is a page extension in development alone
 * (next.config.ts), so a production build has no such route.
 */
export async function GET(request: Request): Promise<Response> {
  const since = new URL(request.url).searchParams.get("since") ?? "";
  const version = await nextContentVersion(since, 25_000, request.signal);
  return new Response(version, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
