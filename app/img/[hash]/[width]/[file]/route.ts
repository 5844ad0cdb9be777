import { encodeVariant } from "@/lib/images/encode-variant";
import { getVariants } from "@/lib/photos";

type Context = { params: Promise<{ hash: string; width: string; file: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

/** Every size of every photograph a page shows (lib/photos.ts), made once at build time. */
export async function generateStaticParams() {
  return [...(await getVariants()).values()].map(({ hash, width, file }) => ({ hash, width: String(width), file }));
}

export async function GET(_request: Request, { params }: Context) {
  const { hash, width, file } = await params;
  const variant = (await getVariants()).get(`${hash}/${width}/${file}`);
  if (!variant) return new Response("Not found", { status: 404 });
  const webp = await encodeVariant(variant.source, variant.hash, variant.width, variant.square);
  return new Response(new Uint8Array(webp), { headers: { "Content-Type": "image/webp" } });
}
