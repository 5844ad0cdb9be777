// @ts-check
/*
 * The stylesheet a page puts inline, cut to the rules that page can match. The whole site's
 * stylesheet inside every page made each article carry the typography rules of elements it does
 * not hold, and `next start` gzip them on every request (bench/serving-2026-12-05-b.md). Beasties
 * (the maintained fork of critters) decides which rules a page needs: its compiler reads each
 * stylesheet once per build, its runtime scans each page's HTML in one pass.
 */
import { compileSheet } from "beasties/compiler";
import { createProcessor } from "beasties/runtime";
import postcss from "postcss";

/*
 * Rules the static HTML cannot show a need for, kept on every page: selectors that start with a
 * pseudo-class or pseudo-element name no element (`:focus-visible`, `::selection`, `::backdrop`,
 * `:where(h1, h2) :is(em, strong)`), which apply to whatever the reader focuses, selects or
 * opens; and selectors on the `open` attribute, which the browser sets when a reader opens a
 * `<details>` or `<dialog>`. Beasties already keeps `:root`, `html` and `body`, and judges every
 * other selector with its states (`:hover`, `:focus`, `:popover-open`, `::before`) taken away:
 * `.prose-journal a:hover` stays where the page has such a link. Media queries (dark mode, print,
 * widths) never remove a rule: only its selector does.
 */
const ALWAYS = [/^::?[a-z-]/i, /\[open[\]=\s]/i];

/*
 * Except the parts of a form field (its placeholder, a number's spin buttons, a date's fields, a
 * file input's button): Tailwind's preflight styles them with bare pseudo-elements, which ALWAYS
 * would keep on every page, but only an `<input>` or a `<textarea>` has them. Pages without one
 * get the stylesheet without those rules.
 */
const FIELD_PART = /^(?:::(?:placeholder|file-selector-button|-webkit-(?:search-[\w-]+|date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator|(?:inner|outer)-spin-button))|:-moz-ui-invalid)$/i;
const HAS_FIELD = /<(?:input|textarea)\b/i;

/**
 * The stylesheet without the selectors of a form field's parts. A rule left with no selector
 * matches nothing, so the cut leaves it out of every page, with any at-rule that held only it.
 * @param {string} css
 */
function withoutFieldParts(css) {
  const sheet = postcss.parse(css);
  sheet.walkRules((rule) => {
    rule.selectors = rule.selectors.filter((selector) => !FIELD_PART.test(selector));
  });
  return sheet.toString();
}

/**
 * A stylesheet's `url(…)`s resolved against its own address (Turbopack writes
 * `url(../media/font.woff2)`): inside the page they would resolve against the page's.
 * @param {string} css
 * @param {string} href
 */
function rebaseUrls(css, href) {
  const base = new URL(href, "http://stylesheet.invalid");
  return css.replace(/url\((["']?)([^"')]+)\1\)/g, (whole, quote, reference) => {
    if (URL.canParse(reference) || reference.startsWith("/") || reference.startsWith("#")) return whole;
    const resolved = new URL(reference, base);
    return `url(${quote}${resolved.pathname}${resolved.search}${resolved.hash}${quote})`;
  });
}

/**
 * The stylesheet's `@font-face` rules apart from the rest. They stay whole on every page:
 * Beasties keeps a face only where a rule names its family in `font-family`, and ours name them
 * through custom properties (`var(--font-body)`, from next/font), which it cannot follow.
 * @param {string} css
 * @param {string} href
 */
function splitFontFaces(css, href) {
  // Named by its address, so that a stylesheet postcss cannot parse fails the build saying which.
  const sheet = postcss.parse(css, { from: href });
  /** @type {string[]} */
  const faces = [];
  sheet.walkAtRules("font-face", (rule) => {
    if (rule.parent !== sheet) throw new Error(`${href}: a @font-face inside another rule; the page stylesheets keep only top-level ones (lib/build/critical-css.mjs)`);
    faces.push(rule.toString());
    rule.remove();
  });
  return { fontFaces: faces.join(""), rules: sheet.toString() };
}

/**
 * Prepares the build's stylesheets, by address, for cutting per page.
 * @param {Iterable<[string, string]>} sheets the build's CSS files: address, text
 * @returns {(html: string) => (href: string) => string | undefined} for a page's HTML, the stylesheet at `href` as that page needs it
 */
export function pageStylesheets(sheets) {
  const prepared = new Map(
    [...sheets].map(([href, css]) => {
      const { fontFaces, rules } = splitFontFaces(rebaseUrls(css, href), href);
      const plan = compileSheet(rules, { href, allowRules: ALWAYS });
      // A selector Beasties cannot read would be left out of every page: fail the build instead.
      if (plan.warnings.length > 0) throw new Error(`${href}: selectors the critical-CSS step cannot read:\n  ${plan.warnings.join("\n  ")}`);
      const fieldless = compileSheet(withoutFieldParts(rules), { href, allowRules: ALWAYS });
      return [href, { fontFaces, withFields: createProcessor([plan]), withoutFields: createProcessor([fieldless]) }];
    }),
  );
  return (html) => {
    const hasField = HAS_FIELD.test(html);
    return (href) => {
      const sheet = prepared.get(href);
      return sheet && sheet.fontFaces + (hasField ? sheet.withFields : sheet.withoutFields).extract(html).css;
    };
  };
}
