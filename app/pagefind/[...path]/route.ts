import { readSearchFile } from "@/lib/search";
import { isStaticExport, PLACEHOLDER_PAGE } from "@/lib/static-params";

type Context = { params: Promise<{ path: string[] }> };

// The index is written after the pages, by the build adapter (lib/search.ts); `next start` reads
// each file on its first request and keeps it. The static copy has the files in out/pagefind/.
export const dynamic = "force-static";

export function generateStaticParams() {
  // The static export needs one path: its 404 is replaced by the index the adapter writes into out/pagefind/.
  return isStaticExport() ? [{ path: [String(PLACEHOLDER_PAGE)] }] : [];
}

const types: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export async function GET(_request: Request, { params }: Context) {
  const file = (await params).path.join("/");
  const content = isStaticExport() ? undefined : await readSearchFile(file);
  if (!content) return new Response("Not found", { status: 404 });
  const type = types[file.split(".").at(-1) ?? ""] ?? "application/octet-stream";
  return new Response(new Uint8Array(content), { headers: { "Content-Type": type } });
}
