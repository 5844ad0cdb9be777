import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/social-card";
import { socialImageSize } from "@/lib/seo/social-image";
import { printable } from "./printable";
import { socialFonts } from "./social-fonts";

let logo: Promise<string> | undefined;

function logoDataUrl(): Promise<string> {
  logo ??= readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "public/images/logo.png")).then(
    (png) => `data:image/png;base64,${png.toString("base64")}`,
  );
  return logo;
}

/** A 1200×630 PNG card: what `opengraph-image.tsx` routes return. */
export async function renderSocialImage(card: { title: string; kicker: string; footer: string }): Promise<ImageResponse> {
  const [fonts, logo] = await Promise.all([socialFonts(), logoDataUrl()]);
  const drawable = { title: printable(card.title, "·"), kicker: printable(card.kicker, ""), footer: printable(card.footer, "") };
  return new ImageResponse(<SocialCard {...drawable} logo={logo} />, { ...socialImageSize, fonts });
}
