import { z } from "zod";

const siteUrl = z
  .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL, e.g. https://journal.example.com" })
  .transform((url) => url.replace(/\/+$/, ""));

/** Site-wide settings. Everything that names the studio or depends on the deployment lives here. */
export const site = {
  name: "Marrow & Vale Journal",
  tagline: "Notes from a small jewelry studio: metals, stones and the hands that shape them.",
  owner: "Marrow & Vale",
  locale: "en-US",
  language: "en",
  /** The studio's wall clock: decides when a scheduled article is due and how timestamps read. */
  timeZone: "Europe/London",
  url: siteUrl.parse(process.env.SITE_URL ?? "http://localhost:3000"),
} as const;

export type Site = typeof site;

/** An absolute URL on this site for a path such as `/articles/x`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
