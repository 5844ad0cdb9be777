import type { ContentIssue } from "../content/issues";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import type { Collection } from "../content/types";
import { tagSlug } from "../tags";
import type { CheckedPage } from "./pages";
import type { UnreadLink } from "./references";
import { SECTIONS, sitePath } from "../content/site-path";
import { contactAddress, misreadLink } from "./misread-links";
import { absolutePath, ON_COMPUTER, publicFolder, type PublicFolder } from "../content/image-path";
import { committedPath } from "./images";
import { linkable, linkingPage, pageAt, type LinkedPage, type Linkable } from "./fragment-targets";
import type { Heading } from "../content/rehype-collect-headings";
import type { Renderers } from "./renderers";
import { sectionToWrite, type SectionPage } from "./spaced-sections";
import { idsOf, nearestPage, type Ids } from "./nearest-page";
// The quotes a Mac or Word types, which Markdown does not read as a caption's either.
import { TYPED_QUOTES } from "./typed-tags";

/** The pages a link's `#part` may name (`at`, from the address before `#`), and their section headings as their pages get them. */
type Sections = { at: (page: string) => SectionPage; headingsOf: (text: LinkedPage) => Promise<readonly Heading[]>; fromPath: string };

const SHOWN = "is shown as the text you typed";

/** `/articles/ring sizing` → `/articles/ring-sizing`, or the nearest page that exists. */
function pageToWrite(address: string, ids: Ids): string | undefined {
  // Stryker disable next-line StringLiteral: an address without `/` has no second part, and no section is named as the fallback is
  const [, first = "", ...rest] = address.split("/");
  const section = SECTIONS.find((name) => name === first.toLowerCase());
  if (section === undefined || rest.length === 0) return undefined;
  // Every page's address is a slug, as a tag's is: `Café Rings` → `cafe-rings`.
  const written = tagSlug(rest.join("/"));
  const known = ids[section].includes(written) ? written : closest(written, ids[section]);
  return `/${section}/${known ?? written}`;
}

/**
 * `/images/my ring.jpg "On the hand"` → the path and ` "On the hand"`, the caption Markdown allows
 * after it: from the first space and quote to the same quote at the end, so a caption with quotes
 * inside it (`"The "Nile" ring"`) is still a caption, not part of the path.
 */
function withoutCaption(address: string): { path: string; caption: string } {
  const match = /(.*?)(\s+(?:".*"|'.*'))$/s.exec(address.trim());
  if (match === null) return { path: address.trim(), caption: "" };
  // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallbacks never run
  return { path: match[1] ?? "", caption: match[2] ?? "" };
}


/**
 * `/images/ring.jpg “Our ring”` → the path and the caption as Markdown reads it, ` "Our ring"`,
 * with the marks that were typed; undefined when no caption is between typed quotes.
 */
function typedCaption(address: string): { path: string; caption: string; marks: string } | undefined {
  const match = new RegExp(`^(.*?)\\s+([${TYPED_QUOTES}"'])(.*)([${TYPED_QUOTES}"'])$`, "s").exec(address.trim());
  if (match === null) return undefined;
  // Stryker disable next-line StringLiteral: the four groups take part in every match, so the fallbacks never run
  const [, path = "", open = "", inner = "", close = ""] = match;
  if (!TYPED_QUOTES.includes(open) && !TYPED_QUOTES.includes(close)) return undefined;
  const straight = ` "${inner}"`;
  return { path, caption: readableCaption(straight)?.caption ?? straight, marks: `${open}…${close}` };
}

/**
 * A caption Markdown can read: ` "The "Nile" ring"` ends at its second `"`, so it becomes
 * ` 'The "Nile" ring'`, or, when it holds both kinds of quote, each inner `"` escaped as `\"`.
 * `how` says what changed, for the message; undefined when the caption was fine.
 */
function readableCaption(caption: string): { caption: string; how: string } | undefined {
  const written = caption.trim();
  const [mark = '"', inner] = [written[0], written.slice(1, -1)];
  if (!inner.includes(mark)) return undefined;
  const other = mark === '"' ? "'" : '"';
  if (!inner.includes(other)) return { caption: ` ${other}${inner}${other}`, how: `put the caption between ${other === "'" ? "single" : "double"} quotes` };
  return { caption: ` "${inner.replace(/\\?"/g, '\\"')}"`, how: 'write each `"` inside the caption as `\\"`' };
}

/** `![a](/images/x.jpg "The "Nile" ring")`: the path is fine, the caption's own quotes end it early. */
function captionAdvice(link: UnreadLink, path: string, readable: { caption: string; how: string }): string {
  const kind = link.image ? "picture" : "link";
  const write = quote(`${link.image ? "!" : ""}[${link.words}](${path}${readable.caption})`);
  return `the ${kind} ${quote(link.written)} ${SHOWN}, not as a ${kind}, because its caption holds the quotes that also mark where the caption ends; ${readable.how}: write ${write}`;
}

/** `[ring]: /articles/gold-karats` shown as text, with the links that take their address from it. */
const addressLineShown = (link: UnreadLink) => `the address line ${quote(link.written)} ${SHOWN}, and its links ${quote(`[${link.words}]`)} as typed too`;

/** Why an address line right under a line of text is text, and what to do. */
const UNDER_TEXT = "it is right under a line of text, which an address line cannot follow: leave a blank line above it";

/** What ends the address first: a space, or a tab, which a message shows as `\t` (`\\t` after a `\`). */
const blankIn = (address: string) => (/^\S*\t/.test(address.trim()) ? "a tab (`\\t`)" : "a space");

/** `/⇥articles/gold-karats` → `/articles/gold-karats`: a blank right after a `/` starts no name, so the path to write leaves it out. */
const withoutBlankAfterSlash = (path: string) => path.replace(/\/\s+/g, "/");

/** The blank a path holds, said of its place when the path holds blanks right after a `/` only. */
const heldIn = (typed: string, path: string, blank: string) => (path !== typed && !/\s/.test(path) ? `${blank} right after a \`/\`, which starts no name` : blank);

/** What to write for `[words](address with spaces)` or `![words](path with spaces)`. */
async function spaceAdvice(link: UnreadLink, ids: Ids, folder: PublicFolder, sections: Sections): Promise<string> {
  const markdown = (address: string) => quote(link.addressLine ? `[${link.words}]: ${address}` : `${link.image ? "!" : ""}[${link.words}](${address})`);
  const blank = blankIn(link.address);
  // A `\` escapes no space or tab, so the page shows it as typed: the address to write leaves it out.
  const written = link.address.replace(/\\(?=\s)/g, "");
  if (link.image) {
    // A caption between curly quotes is written back between straight ones, which Markdown reads.
    const { path: typedPath, caption: typed } = typedCaption(written) ?? withoutCaption(written);
    const caption = readableCaption(typed)?.caption ?? typed;
    const path = withoutBlankAfterSlash(typedPath);
    if (ON_COMPUTER.test(path)) {
      // Stryker disable next-line StringLiteral: splitting gives one part at least, so the fallback never runs
      const last = path.split(/[\\/]/).at(-1) ?? "ring.jpg";
      const name = last.replace(/\s+/g, "-");
      return `the picture ${quote(link.written)} ${SHOWN}, not as a picture: its path holds ${blank}, and it is a file on your computer, which readers cannot see; copy the picture into public/images/articles/ as ${quote(name)} and write ${markdown(`/images/articles/${name}${caption}`)}`;
    }
    // Renamed, a picture of another website would be refused next (images.ts): say where it must go at once.
    if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
      return `the picture ${quote(link.written)} ${SHOWN}, not as a picture: its path holds ${blank}, and it is on another website: the page shows only pictures that are part of the journal; save the photo under public/images/articles/, commit it with the article, and write ${markdown(`${committedPath(path)}${caption}`)}`;
    }
    // `my ring.jpg` is wherever a picture of that name is under public/, as for any relative path.
    const absolute = path.startsWith("/") ? path : await absolutePath(path, folder);
    if (!/\s/.test(path)) return `the picture ${quote(link.written)} ${SHOWN}, not as a picture, because its path holds ${heldIn(typedPath, path, blank)}; write ${markdown(`${absolute}${caption}`)}`;
    const renamed = absolute.replace(/\s+/g, "-");
    return `the picture ${quote(link.written)} ${SHOWN}, not as a picture, because its path holds ${blank}; rename the file without spaces (${quote(`public${renamed}`)}) and write ${markdown(`${renamed}${caption}`)}, or keep its name and write each space as %20: ${markdown(`${absolute.replace(/\s/g, "%20")}${caption}`)}`;
  }
  const address = written.trim();
  const hash = address.indexOf("#");
  const typedPath = hash === -1 ? address : address.slice(0, hash);
  const path = withoutBlankAfterSlash(typedPath);
  const held = heldIn(typedPath, path, blank);
  const why = link.addressLine
    ? `${addressLineShown(link)}, because its address holds ${held}${link.addressLine === "spaced-glued" ? `, and ${UNDER_TEXT}` : ""}`
    : `the link ${quote(link.written)} ${SHOWN}, not as a link, because its address holds ${held}`;
  const contact = contactAddress(written);
  if (contact !== undefined) return `${why}; write it without spaces: ${markdown(contact)}`;
  const fragment = hash === -1 ? "" : address.slice(hash);
  // A path without a space is mended as a link would be (`/Articles/gold-karat` → `/articles/gold-karat`), then its name.
  const mended = /\s/.test(path) ? path : (misreadLink(path, sections.fromPath)?.page ?? path);
  const near = /\s/.test(path) ? undefined : nearestPage(mended, ids);
  const page = /\s/.test(path) ? pageToWrite(path, ids) : (near?.page ?? mended);
  // `#Storing Silver`: a section named by its heading's words, where its id belongs.
  const section = /\s/.test(fragment) && page !== undefined ? await sectionToWrite(sections.at(page), page, fragment.slice(1), markdown, sections.headingsOf) : undefined;
  if (section !== undefined) return `${why}; ${near === undefined ? "" : `${near.missing}, and `}${section}`;
  if (held !== blank) return `${why}; ${near === undefined ? "" : `${near.missing}; `}write ${markdown(`${page ?? path}${fragment}`)}`;
  if (page !== undefined && page !== path) return `${why}; the addresses of this journal's pages have hyphens where their names have spaces: write ${markdown(`${page}${fragment.replace(/\s/g, "%20")}`)}`;
  return `${why}; write each space as %20: ${markdown(address.replace(/\s/g, "%20"))}`;
}

/** `![a](/images/x.jpg “Our ring”)`: the path is fine, the caption's quotes are not ones Markdown reads. */
function typedCaptionAdvice(link: UnreadLink, typed: { path: string; caption: string; marks: string }): string {
  const kind = link.image ? "picture" : "link";
  const write = quote(`${link.image ? "!" : ""}[${link.words}](${typed.path}${typed.caption})`);
  return `the ${kind} ${quote(link.written)} ${SHOWN}, not as a ${kind}, because its caption is between ${quote(typed.marks)}, and Markdown reads a caption only between straight quotes; write ${write}`;
}

async function advice(link: UnreadLink, ids: Ids, folder: PublicFolder, sections: Sections): Promise<string> {
  if (link.addressLine === "glued") return `${addressLineShown(link)}, because ${UNDER_TEXT}`;
  if (link.addressLine) return spaceAdvice(link, ids, folder, sections);
  const typed = typedCaption(link.address);
  if (typed !== undefined && !/\s/.test(typed.path)) return typedCaptionAdvice(link, typed);
  const { path, caption } = withoutCaption(link.address);
  const readable = readableCaption(caption);
  if (readable !== undefined && !/\s/.test(path)) return captionAdvice(link, path, readable);
  if (/\s/.test(link.address.trim())) return spaceAdvice(link, ids, folder, sections);
  const kind = link.image ? "picture" : "link";
  const example = link.image ? `![${link.words}](/images/articles/ring.jpg)` : `[${link.words}](/articles/silver-care)`;
  return `the ${kind} ${quote(link.written)} ${SHOWN}, not as a ${kind}: Markdown cannot read the address ${quote(link.address)}; write a plain address between the round brackets, like ${quote(example)}`;
}

/**
 * `[our guide](/articles/ring sizing)` is not a link in Markdown (an address may not hold a
 * space), so the page shows the brackets and the address as typed: an error, with the line to
 * write.
 */
export async function checkUnreadLinks(pages: readonly CheckedPage[], collection: Collection, publicDir: string, renderers: () => Promise<Renderers>): Promise<ContentIssue[]> {
  const ids = idsOf(collection);
  const folder = publicFolder(publicDir);
  const site: Linkable = linkable(collection);
  const headingsOf = async (text: LinkedPage) => (await (await renderers()).pageTree(text.body, { bio: text.bio })).headings;
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    const at = (address: string): SectionPage => {
      if (address === "") return { target: linkingPage(page, site), own: true };
      const path = sitePath(address, page.path);
      return { target: path === undefined ? undefined : pageAt(path, site), own: false };
    };
    for (const link of page.references.unread) issues.push({ file: page.file, line: link.line, severity: "error", message: await advice(link, ids, folder, { at, headingsOf, fromPath: page.path }) });
  }
  return issues;
}
