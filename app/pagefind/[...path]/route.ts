import { getSearchIndex, readSearchFile } from "@/lib/build/search-index";
import { isStaticExport } from "@/lib/static-params";

type Context = { params: Promise<{ path: string[] }> };

// Served from the build cache (lib/build/search-index.ts), where `npm run build` builds the index while
// Next.js prerenders the pages (scripts/build.ts). Prerendering its files too made every page
// wait for the index, and cost the build one more route per article. `next start` reads each
// file on its first request and keeps it; the static copy, which cannot, gets them all at build.
export const dynamic = "force-static";

export async function generateStaticParams() {
  if (!isStaticExport()) return [];
  return (await getSearchIndex()).files.map((file) => ({ path: file.split("/") }));
}

const types: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export async function GET(_request: Request, { params }: Context) {
  const file = (await params).path.join("/");
  const content = await readSearchFile(file);
  if (!content) return new Response("Not found", { status: 404 });
  const type = types[file.split(".").at(-1) ?? ""] ?? "application/octet-stream";
  return new Response(new Uint8Array(content), { headers: { "Content-Type": type } });
}
