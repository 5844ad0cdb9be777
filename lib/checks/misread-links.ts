import { asWritten, quote } from "../content/printable";
import { SECTIONS, sitePath } from "../content/site-path";
import { handleName, instagramPage } from "../content/social-handles";

/** The preview's address on the author's own computer, which no reader can open. */
const PREVIEW = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(?=[/?#]|$)/i;

/** An email address written as a link without `mailto:` (`studio@example.com`). */
const EMAIL = /^[^\s/@:?#]+@[^\s/@:?#]+\.(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/** A phone number written as a link without `tel:` (`+44 20 7946 0000`); counted digits decide. */
const PHONE = /^\+?[\d\s().-]+$/;

/**
 * Another website's address written without `https://` (`shop.example/rings`): a first part with a
 * dot and a final part of letters that is not a file's ending (`prices.pdf` is a file). Letters of
 * any alphabet, for internationalised names (`ювелир.рф`, `shop.xn--p1ai`).
 */
const WEBSITE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,63}|xn--[a-z0-9-]{1,59})(?=[/?#]|$)/iu;
/**
 * `https//shop.example`, `https:/shop.example`, `https:\\shop.example`, `https:shop.example`:
 * another website's address whose `://` lost its `:` or a `/`, or was typed with `\`, which the
 * page reads as one of its own pages (`https:///shop.example` still leads there).
 */
const BROKEN_START = /^(https?)(:?[/\\]+|:)(?=[^/\\])/i;
const FILE_ENDINGS = new Set(["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "heic", "pdf", "html", "htm", "md", "txt", "doc", "docx", "zip", "mp4", "mov"]);

/**
 * What to write for an email address or a phone number, with `mailto:` or `tel:` and without the
 * spaces a phone number is typed with (`+44 20 7946 0000` → `tel:+442079460000`); undefined when
 * `address` is neither.
 */
export function contactAddress(address: string): string | undefined {
  // Stryker disable next-line Regex: without `^` only `mailto:` or `tel:` after other words (`Email mailto:…`) reads differently, which no author types before an address
  const written = address.trim().replace(/^(mailto|tel):/i, "");
  if (EMAIL.test(written.replace(/\s/g, ""))) return `mailto:${written.replace(/\s/g, "")}`;
  if (PHONE.test(written) && (written.match(/\d/g)?.length ?? 0) >= 6) return `tel:${written.replace(/[\s().-]/g, "")}`;
  return undefined;
}

/** Whether an address without its `https://` names another website (`www.…`, `shop.example/rings`), not a file (`prices.pdf`). */
export function isWebsite(address: string): boolean {
  const website = WEBSITE.exec(address);
  // Stryker disable next-line StringLiteral: the pattern's one group takes part in every match, so the fallback never runs
  return /^www\./i.test(address) || (website !== null && !FILE_ENDINGS.has((website[1] ?? "").toLowerCase()));
}

/** What is wrong with the start of `https//shop.example` and the like, and the address to write; undefined for any other address. */
function brokenStart(written: string): { why: string; write: string } | undefined {
  const match = BROKEN_START.exec(written);
  // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallbacks never run
  const [typed = "", scheme = "", between = ""] = match ?? [];
  const rest = written.slice(typed.length);
  // `https:/articles/x` and `https:url-edge-cases` lead to the journal's own pages, which links.ts checks.
  if (match === null || /^:\/{2,}$/.test(between) || !isWebsite(rest)) return undefined;
  const start = `${scheme.toLowerCase()}://`;
  const write = `${start}${rest}`;
  if (!between.startsWith(":")) return { why: `${quote(typed)} is missing its colon`, write };
  if (between.includes("\\")) return { why: `a web address starts with ${quote(start)}, with \`/\`, not \`\\\``, write };
  return { why: `${quote(typed)} is missing ${between === ":" ? "its `//`" : "a `/`"}`, write };
}

/** The section a first path segment was meant to be: `Articles`, `article` → `articles`. */
function meantSection(segment: string): (typeof SECTIONS)[number] | undefined {
  const lower = segment.toLowerCase();
  return SECTIONS.find((section) => lower === section || lower === section.slice(0, -1));
}

/**
 * The page listing a section's pages, which `/Articles/articles` meant: every article is listed in
 * the archive (the home page shows only the newest), and tags and authors have lists of their own.
 */
const LISTS: Record<(typeof SECTIONS)[number], { path: string; what: string }> = {
  articles: { path: "/archive", what: "every article" },
  authors: { path: "/authors", what: "every author" },
  tags: { path: "/tags", what: "every tag" },
};

/** The list `/articles/articles` meant, when a section's page is named as the section itself (`Articles`, `article`). */
export function listNamed(section: (typeof SECTIONS)[number], name: string): { path: string; what: string } | undefined {
  return meantSection(name) === section ? LISTS[section] : undefined;
}

/** Whether two parts of a path name the same section (`Articles`, `article`, `articles`). */
// Stryker disable next-line StringLiteral: it is called with three parts at least, so the fallbacks never run
function sameSection(one = "", other = ""): boolean {
  const section = meantSection(one);
  // Stryker disable next-line ConditionalExpression: two parts naming no section drop the first, and the next first part names none either, so the link is no misread one all the same
  return section !== undefined && section === meantSection(other);
}

/** What is wrong with a misread link, and the journal's own page it meant (`/articles/x`), when it meant one. */
export type Misread = { message: string; page?: string };

/**
 * What is wrong with a link that works in the preview or looks right but leads nowhere on the
 * published site, with the address to write; undefined when the link is not one of those. Links
 * to the journal's own pages are checked further in links.ts, the page meant here included.
 */
export function misreadLink(url: string, fromPath: string, words?: string): Misread | undefined {
  const preview = PREVIEW.exec(url);
  if (preview) {
    const rest = url.slice(preview[0].length);
    const write = rest === "" ? "/" : rest;
    return { page: write, message: `the link to ${quote(url)} is the preview's address on your computer, which readers cannot open; write it without ${quote(preview[0])}: ${quote(write)}` };
  }
  const written = asWritten(url);
  // `http:shop.example` leads there from the published journal's `https:` pages; only an address read as the journal's own is told.
  const broken = sitePath(url, fromPath) === undefined ? undefined : brokenStart(written);
  if (broken !== undefined) {
    // A Markdown link gets its line to write; `<a href>` its address.
    const write = words === undefined ? broken.write : `[${words}](${broken.write})`;
    return { message: `the link to ${quote(written)} is read as a page of this journal, because ${broken.why}; write ${quote(write)}` };
  }
  const handle = handleName(written);
  if (handle !== undefined) {
    const page = words === undefined ? instagramPage(handle) : `[${words}](${instagramPage(handle)})`;
    return { message: `the link to ${quote(written)} is read as a page of this journal, because ${quote(written)} is a name on Instagram or another network, not a web address; as Instagram's, write ${quote(page)}, or its page's address on the network it is on` };
  }
  // An email address or a phone number holds no `:`; an address with one has its `mailto:`, `tel:` or other start already.
  const contact = written.includes(":") ? undefined : contactAddress(written);
  if (contact !== undefined) {
    const starts = contact.startsWith("mailto:") ? "a link that writes an email starts with `mailto:`" : "a link that calls a number starts with `tel:`";
    return { message: `the link to ${quote(written)} is read as a page of this journal, because ${starts}; write ${quote(contact)}` };
  }
  if (isWebsite(written)) {
    return { message: `the link to ${quote(written)} is read as a page of this journal, because a link to another website starts with \`https://\`; write the full address: ${quote(`https://${written}`)}` };
  }
  const pathname = sitePath(url, fromPath);
  if (pathname === undefined) return undefined;
  // A path starts with `/`: the first part of its split is the empty text before it.
  const [, ...segments] = pathname.replace(/\/$/, "").split("/");
  let parts = segments;
  const relative = !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);
  // `tags/gold` or `articles/x` written on an article is read from its folder: `/articles/tags/gold`.
  // Stryker disable next-line StringLiteral: three parts at least, so the fallback never runs
  const fromFolder = relative && parts.length >= 3 && meantSection(parts[1] ?? "") !== undefined;
  if (fromFolder) parts = parts.slice(1);
  // The section named twice or more (`/Articles/articles/x`, `articles/articles/x` from an article): once is enough.
  while (parts.length >= 3 && sameSection(parts[0], parts[1])) parts = parts.slice(1);
  // Stryker disable next-line StringLiteral: only the journal's root leaves no part, and no section is named as the fallback is
  const [first = "", ...rest] = parts;
  const section = meantSection(first);
  if (section === undefined) return undefined;
  const mended = `/${[section, ...rest].join("/")}`;
  const typed = `/${segments.join("/")}`;
  // `/articles/articles` as written is links.ts's, as an article may have that name.
  if (rest.length > 0 && mended === typed) return undefined;
  // The section alone, or named again with nothing after it (`/articles`, `/Articles/articles`), is no page's name but the section's list.
  const list = rest.every((part) => meantSection(part) === section) ? LISTS[section] : undefined;
  // `/tags` and `/authors` are those lists.
  if (list?.path === typed) return undefined;
  // What came after the path (`#care`, `?page=2`) stays as written.
  const write = `${list?.path ?? mended}${/[?#].*/s.exec(url)?.[0] ?? ""}`;
  const why = fromFolder ? `an address without \`/\` at the start is read from the folder of the page it is on, so this one leads to ${quote(pathname)}` : `there is no page at ${quote(pathname)}${list === undefined ? " (capitals and the plural count)" : ""}`;
  const listed = list === undefined ? "" : `, and the page that lists ${list.what} is ${quote(list.path)}`;
  return { page: write, message: `the link to ${quote(url)} leads nowhere: ${why}${listed}; write ${quote(write)}` };
}
