import { readFile } from "node:fs/promises";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/social-card";
import { buildCacheDir, cacheKey, readEntry, writeEntry } from "@/lib/build/cache";
import { socialImageSize, socialImageType } from "@/lib/seo/social-image";
import { printable } from "@/lib/og/printable";
import { socialFonts } from "@/lib/og/social-fonts";
import { site } from "@/lib/site";

/** Bump when what the card looks like changes outside SocialCard's own code (size, layout rules). */
const SOCIAL_IMAGE_VERSION = 1;

type Card = { title: string; kicker: string; footer: string };

/**
 * The most text a card draws; longer text ends in "…". Three lines of the smallest title size
 * hold about 100 characters, and the work of laying out a card grows with its text.
 */
export const CARD_TEXT_LIMITS = { title: 100, kicker: 60, footer: 100 } as const;

/**
 * How long a request to `next start` waits for a card before it gets the plain one. A runtime
 * fallback only: the content limits are what keep drawing fast, and a build waits for every card.
 */
export const DRAW_BUDGET_MS = 10_000;

type Draw = (card: Card) => Promise<Uint8Array>;

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

async function drawCard(card: Card): Promise<Uint8Array> {
  const [fonts, png] = await Promise.all([socialFonts(), logoPng()]);
  const image = new ImageResponse(<SocialCard {...card} logo={`data:image/png;base64,${png.toString("base64")}`} />, { ...socialImageSize, fonts });
  return new Uint8Array(await image.arrayBuffer());
}

function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("").trimEnd()}…`;
}

/** What the card draws: only characters its fonts have, at most `CARD_TEXT_LIMITS` of them. */
export function drawableCard(card: Card): Card {
  return {
    title: clip(printable(card.title, "·"), CARD_TEXT_LIMITS.title),
    kicker: clip(printable(card.kicker, ""), CARD_TEXT_LIMITS.kicker),
    footer: clip(printable(card.footer, ""), CARD_TEXT_LIMITS.footer),
  };
}

/** The card a request gets when its own cannot be drawn in time: the site's name alone; else the logo. */
async function plain(draw: Draw, budgetMs: number): Promise<Uint8Array> {
  return (await withinBudget(draw, { title: site.name, kicker: "", footer: "" }, budgetMs)) ?? new Uint8Array(await logoPng());
}

/** `draw(card)`, or undefined when it fails or takes longer than `budgetMs`. */
async function withinBudget(draw: Draw, card: Card, budgetMs: number): Promise<Uint8Array | undefined> {
  let stop = () => {};
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, budgetMs);
    stop = () => clearTimeout(timer);
  });
  try {
    return await Promise.race([draw(card).catch(() => undefined), late]);
  } finally {
    stop();
  }
}

type Options = {
  cacheDir?: string;
  /** null: no budget (a build waits for every card). */
  budgetMs?: number | null;
  draw?: Draw;
};

const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;

/**
 * A 1200×630 PNG card: what `opengraph-image.tsx` routes return. Drawing one costs about 20 ms,
 * so cards are kept in the build cache (lib/build/cache.ts): a rebuild draws only the cards
 * whose text changed. On a request, a card that fails or takes longer than `DRAW_BUDGET_MS`
 * is answered with the plain card, which is never cached, so the next build draws it again.
 */
export async function renderSocialImage(card: Card, { cacheDir = buildCacheDir("social-images"), budgetMs = building ? null : DRAW_BUDGET_MS, draw = drawCard }: Options = {}): Promise<Response> {
  const drawable = drawableCard(card);
  const key = cacheKey(await drawingInputs(), drawable.title, drawable.kicker, drawable.footer);
  let png: Uint8Array | undefined = cacheDir ? await readEntry(cacheDir, key) : undefined;
  if (!png) {
    png = budgetMs === null ? await draw(drawable) : await withinBudget(draw, drawable, budgetMs);
    if (!png) return new Response(Buffer.from(await plain(draw, budgetMs ?? DRAW_BUDGET_MS)), { headers: { "Content-Type": socialImageType } });
    if (cacheDir) await writeEntry(cacheDir, key, png);
  }
  return new Response(Buffer.from(png), { headers: { "Content-Type": socialImageType } });
}
