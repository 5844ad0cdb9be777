import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";

/*
 * Articles may hold raw HTML, but only what GitHub's own allowlist lets through: no script,
 * iframe, style or form, no on* attributes, no javascript: or data: URLs. rehypeContainUserHtml
 * then puts every id and name under `user-content-` (so none clobbers the page's own) and keeps
 * images on this site. `picture` and `source` go: a `srcset` is never checked for its origin,
 * and a plain `img` does the same job.
 */
// Stryker disable next-line ArrayDeclaration,OptionalChaining: the default schema has every one of these lists
const defaults = { tagNames: defaultSchema.tagNames ?? [], everyElement: defaultSchema.attributes?.["*"] ?? [], href: defaultSchema.protocols?.href ?? [], strip: defaultSchema.strip ?? [] };

export const schema = {
  ...defaultSchema,
  // rehypeContainUserHtml prefixes ids and names instead, without prefixing a prefixed one twice.
  clobberPrefix: "",
  tagNames: [...defaults.tagNames.filter((tag) => tag !== "picture" && tag !== "source"), "abbr", "mark", "figure", "figcaption", "cite"],
  attributes: {
    ...defaultSchema.attributes,
    // Form attributes without forms: inert today, a javascript: URL the day a form is allowed.
    "*": defaults.everyElement.filter((name) => !["action", "method", "encType", "acceptCharset", "accept"].includes(String(name))),
    abbr: ["title"],
  },
  // A studio's readers are mostly on phones: "call the studio" may be a `tel:` link.
  protocols: { ...defaultSchema.protocols, href: [...defaults.href, "tel"] },
  // Drop the text inside these too, not just the tags, so CSS never shows up as prose.
  strip: [...defaults.strip, "style", "noscript", "template"],
} satisfies Schema;

/**
 * Whether a page keeps `url` as a Markdown link's address. The sanitizer drops an address whose
 * scheme it does not allow (`javascript:`, `data:`, `file:`, `HTTPS:` in capitals), and
 * rehypeUnwrapDeadLinks then shows the link as plain text, as it does a link with no address.
 * The checks ask the same sanitizer, so they can never disagree with the page.
 */
export function keepsLinkAddress(url: string): boolean {
  if (url === "") return false;
  // Stryker disable next-line ArrayDeclaration: only the address is asked about
  const link = sanitize({ type: "element", tagName: "a", properties: { href: url }, children: [] }, schema);
  // Stryker disable next-line ConditionalExpression: `a` is an allowed tag, so the sanitizer gives back an element
  if (link.type !== "element") return false;
  return link.properties.href !== undefined;
}
