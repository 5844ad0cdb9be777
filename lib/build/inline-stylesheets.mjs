// @ts-check
// Plain JavaScript, not TypeScript: the build adapter (lib/build/next-adapter.mjs) imports it into
// `next build`, which loads adapters with Node.js 20's own loader.

/*
 * On a page without JavaScript the stylesheet is the last request before the first paint. Putting
 * it inside the page saves a phone on a slow network that round trip. Next.js's own
 * `experimental.inlineCss` does it for every page, and on a page that keeps the runtime the RSC
 * payload then carries the stylesheet a second time; so the build inlines it only into the pages
 * that lose the runtime (lib/build/client-runtime.mjs), in the form Next.js's option writes.
 */

const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)" data-precedence="([^"]*)"\/>/g;
/** A `url(…)` in minified CSS, quoted or not. */
const CSS_URL = /url\((["']?)([^"')]+)\1\)/g;

/**
 * The stylesheet with its relative `url(…)`s (Turbopack writes `url(../media/font.woff2)`)
 * resolved against its own address: inside the page they would resolve against the page's.
 * @param {string} css
 * @param {string} href
 */
export function rebaseUrls(css, href) {
  const base = new URL(href, "http://stylesheet.invalid");
  return css.replace(CSS_URL, (whole, quote, reference) => {
    if (/^([a-z][a-z\d+.-]*:|\/|#)/i.test(reference)) return whole;
    const resolved = new URL(reference, base);
    return `url(${quote}${resolved.pathname}${resolved.search}${resolved.hash}${quote})`;
  });
}

/**
 * The page with each of the build's stylesheet links replaced by a `<style>` holding the file,
 * its relative URLs made absolute.
 * A stylesheet `readStylesheet` cannot supply, or that holds `</style` and would end its element
 * early, stays a link.
 * @param {string} html
 * @param {(href: string) => string | undefined} readStylesheet
 */
export function inlineStylesheets(html, readStylesheet) {
  return html.replace(STYLESHEET_LINK, (link, href, precedence) => {
    const css = readStylesheet(href);
    if (css === undefined || /<\/style/i.test(css)) return link;
    return `<style data-precedence="${precedence}" data-href="${href}">${rebaseUrls(css, href)}</style>`;
  });
}
