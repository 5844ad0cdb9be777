import { site } from "../site";

/** The journal's sections whose pages links name by id: `/articles/<slug>`, `/authors/<id>`, `/tags/<slug>`. */
export const SECTIONS = ["articles", "authors", "tags"] as const;

/** A stand-in origin for resolving links: whatever resolves elsewhere is another website. */
const SITE = "https://journal.invalid";

/** A path with its %-escapes decoded, as the page reads a picture's file; as written when they do not decode. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The published journal's own host (`SITE_URL`): `https://<it>/articles/x` is one of its pages. */
const OWN_HOST = new URL(site.url).host;

/**
 * The path on this site (decoded: `/images/my ring.jpg`) that a link from the page at
 * `fromPath` leads to, written as a path or as a full address on the journal's own host;
 * undefined for other websites, for anchors on the same page and for an address that cannot be read.
 */
export function sitePath(url: string, fromPath: string): string | undefined {
  const base = `${SITE}${fromPath}`;
  if (url.startsWith("#") || !URL.canParse(url, base)) return undefined;
  const resolved = new URL(url, base);
  const ours = resolved.origin === SITE || (["http:", "https:"].includes(resolved.protocol) && resolved.host === OWN_HOST);
  return ours ? decoded(resolved.pathname) : undefined;
}
