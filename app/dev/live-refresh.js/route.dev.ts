import { LIVE_REFRESH_SCRIPT } from "@/lib/live-refresh";

/** `npm run dev` only (see app/dev/content-version/route.dev.ts): reloads the page when content changes. */
export function GET(): Response {
  return new Response(LIVE_REFRESH_SCRIPT, { headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" } });
}
