import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { getArticles } from "@/lib/articles";
import { getAuthors } from "@/lib/authors";
import { publicDir } from "@/lib/content/collection";
import { allImageWidths } from "@/lib/image-sizes";

type Context = { params: Promise<{ width: string; src: string[] }> };

export const dynamic = "force-static";
export const dynamicParams = false;

/** Every cover and avatar the site shows, at every width next/image may ask for. */
export async function generateStaticParams() {
  const [articles, authors] = await Promise.all([getArticles(), getAuthors()]);
  const sources = new Set([...articles.flatMap((a) => (a.cover ? [a.cover.src] : [])), ...authors.flatMap((a) => (a.avatar ? [a.avatar.src] : []))]);
  return [...sources].flatMap((src) => allImageWidths.map((width) => ({ width: String(width), src: `${src}.webp`.slice(1).split("/") })));
}

export async function GET(_request: Request, { params }: Context) {
  const { width, src } = await params;
  const relative = src.join("/").replace(/\.webp$/, "");
  const size = Number(width);
  if (!allImageWidths.includes(size) || relative.includes("..")) return new Response("Not found", { status: 404 });
  const original = await readFile(path.join(publicDir(), ...relative.split("/"))).catch(() => undefined);
  if (!original) return new Response("Not found", { status: 404 });
  const webp = await sharp(original).resize({ width: size, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer();
  return new Response(new Uint8Array(webp), { headers: { "Content-Type": "image/webp" } });
}
