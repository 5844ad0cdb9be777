/**
 * The deployment's base URL, from `SITE_URL`. Plain URL parsing, no schema library: this module
 * is also read by client components (the error pages), and every byte here ships to readers.
 */
export function siteUrl(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL at all: refused below with the other schemes.
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new Error(`SITE_URL must be an absolute http(s) URL, e.g. https://journal.example.com (got "${raw}")`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Site-wide settings. Everything that names the studio or depends on the deployment lives here. */
export const site = {
  name: "Marrow & Vale Journal",
  tagline: "Notes from a small jewelry studio: metals, stones and the hands that shape them.",
  owner: "Marrow & Vale",
  locale: "en-US",
  language: "en",
  /** The studio's wall clock: decides when a scheduled article is due and how timestamps read. */
  timeZone: "Europe/London",
  url: siteUrl(process.env.SITE_URL ?? "http://localhost:3000"),
} as const;

export type Site = typeof site;

/** An absolute URL on this site for a path such as `/articles/x`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
