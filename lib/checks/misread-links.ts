import { quote } from "../content/printable";
import { SECTIONS, sitePath } from "./site-path";

/** The preview's address on the author's own computer, which no reader can open. */
const PREVIEW = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(?=[/?#]|$)/i;

/** An email address written as a link without `mailto:` (`studio@example.com`). */
const EMAIL = /^[^\s/@:?#]+@[^\s/@:?#]+\.[a-z]{2,}$/i;

/** A phone number written as a link without `tel:` (`+44 20 7946 0000`); counted digits decide. */
const PHONE = /^\+?[\d\s().-]+$/;

/** The section a first path segment was meant to be: `Articles`, `article` → `articles`. */
function meantSection(segment: string): string | undefined {
  const lower = segment.toLowerCase();
  return SECTIONS.find((section) => lower === section || lower === section.slice(0, -1));
}

/**
 * What is wrong with a link that works in the preview or looks right but leads nowhere on the
 * published site, with the address to write; undefined when the link is not one of those. Links
 * to the journal's own pages are checked further in links.ts.
 */
export function misreadLink(url: string, fromPath: string): string | undefined {
  const preview = PREVIEW.exec(url);
  if (preview) {
    const rest = url.slice(preview[0].length);
    const write = rest === "" ? "/" : rest;
    return `the link to ${quote(url)} is the preview's address on your computer, which readers cannot open; write it without ${quote(preview[0])}: ${quote(write)}`;
  }
  if (EMAIL.test(url)) {
    return `the link to ${quote(url)} is read as a page of this journal, because a link that writes an email starts with \`mailto:\`; write ${quote(`mailto:${url}`)}`;
  }
  if (PHONE.test(url) && (url.match(/\d/g)?.length ?? 0) >= 6) {
    return `the link to ${quote(url)} is read as a page of this journal, because a link that calls a number starts with \`tel:\`; write ${quote(`tel:${url.replace(/[\s().-]/g, "")}`)}`;
  }
  if (/^www\./i.test(url)) {
    return `the link to ${quote(url)} is read as a page of this journal, because a link to another website starts with \`https://\`; write ${quote(`https://${url}`)}`;
  }
  const pathname = sitePath(url, fromPath);
  const [, first = "", ...rest] = (pathname ?? "").replace(/\/$/, "").split("/");
  const section = meantSection(first);
  if (pathname === undefined || section === undefined || rest.length === 0) return undefined;
  const relative = !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);
  // `articles/x` written on /articles/y leads to /articles/articles/x.
  const doubled = first === section && rest.length >= 2 && (rest[0] === section || (relative && SECTIONS.some((name) => name === rest[0])));
  const write = doubled ? `/${rest.join("/")}` : first === section ? undefined : `/${[section, ...rest].join("/")}`;
  if (write === undefined) return undefined;
  const why = doubled && relative ? `an address without \`/\` at the start is read from the folder of the page it is on, so this one leads to ${quote(pathname)}` : `there is no page at ${quote(pathname)} (capitals and the plural count)`;
  return `the link to ${quote(url)} leads nowhere: ${why}; write ${quote(write)}`;
}
