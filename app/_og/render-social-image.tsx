import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/social-card";
import { buildCacheDir, cacheKey, readEntry, writeEntry } from "@/lib/build/cache";
import { socialImageSize, socialImageType } from "@/lib/seo/social-image";
import { printable } from "@/lib/og/printable";
import { socialFonts } from "@/lib/og/social-fonts";

/** Bump when what the card looks like changes outside SocialCard's own code (size, layout rules). */
const SOCIAL_IMAGE_VERSION = 1;

type Card = { title: string; kicker: string; footer: string };

let logo: Promise<Buffer> | undefined;

function logoPng(): Promise<Buffer> {
  logo ??= readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "public/images/logo.png"));
  return logo;
}

let drawingKey: Promise<string> | undefined;

/**
 * Everything a card's pixels depend on besides its text: the fonts, the logo, the card's own
 * code (so editing SocialCard redraws every image) and the version above. Hashed once per process.
 */
function drawingInputs(): Promise<string> {
  drawingKey ??= Promise.all([socialFonts(), logoPng()]).then(([fonts, png]) =>
    cacheKey(String(SOCIAL_IMAGE_VERSION), JSON.stringify(socialImageSize), SocialCard.toString(), png, ...fonts.map((font) => font.data)),
  );
  return drawingKey;
}

async function draw(card: Card): Promise<Uint8Array> {
  const [fonts, png] = await Promise.all([socialFonts(), logoPng()]);
  const image = new ImageResponse(<SocialCard {...card} logo={`data:image/png;base64,${png.toString("base64")}`} />, { ...socialImageSize, fonts });
  return new Uint8Array(await image.arrayBuffer());
}

/**
 * A 1200×630 PNG card: what `opengraph-image.tsx` routes return. Drawing one costs about 20 ms,
 * so cards are kept in the build cache (lib/build/cache.ts): a rebuild draws only the cards
 * whose text changed.
 */
export async function renderSocialImage(card: Card, { cacheDir = buildCacheDir("social-images") }: { cacheDir?: string } = {}): Promise<Response> {
  const drawable = { title: printable(card.title, "·"), kicker: printable(card.kicker, ""), footer: printable(card.footer, "") };
  const key = cacheKey(await drawingInputs(), drawable.title, drawable.kicker, drawable.footer);
  let png: Uint8Array | undefined = cacheDir ? readEntry(cacheDir, key, "png") : undefined;
  if (!png) {
    png = await draw(drawable);
    if (cacheDir) writeEntry(cacheDir, key, "png", png);
  }
  return new Response(Buffer.from(png), { headers: { "Content-Type": socialImageType } });
}
