import { getSearchIndex, readSearchFile } from "@/lib/search-index";

type Context = { params: Promise<{ path: string[] }> };

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
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
