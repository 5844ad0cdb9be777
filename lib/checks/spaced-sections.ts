import { BIO_ID_PREFIX } from "../content/contain-user-html";
import type { Heading } from "../content/rehype-collect-headings";
import { quote } from "../content/printable";
import type { FragmentTarget, LinkedPage } from "./fragment-targets";

/**
 * A heading's words as a reader compares them: letters and digits alone, in capitals, which fold
 * `ß` into `SS` as suggest.ts does (`Weiß gold!` → `WEISSGOLD`, as `Weiss Gold` and `Weiss-gold`).
 */
const wordsOf = (text: string) => text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Where a link with a `#` part leads: the page (`undefined` for one the checks do not know) and how the text calls it. */
export type SectionPage = { target: FragmentTarget | undefined; own: boolean };

/**
 * What to write for `[x](/articles/y#Storing Silver)`, a section named by its heading's words:
 * the heading's id when the words are a heading's (`#storing-silver`), else the page's sections
 * to choose from, or the page alone when it has none. `page` is the address before `#`, already
 * written as it should be; `headingsOf` renders a text's headings as its page gets them.
 * Undefined for a page the checks cannot read (another website), left to the usual advice.
 */
export async function sectionToWrite(
  { target, own }: SectionPage,
  page: string,
  words: string,
  markdown: (address: string) => string,
  headingsOf: (text: LinkedPage) => Promise<readonly Heading[]>,
): Promise<string | undefined> {
  if (target === undefined) return undefined;
  const noun = "noun" in target ? target.noun : "page";
  const itself = own ? "remove the link, or add a heading (a line starting `## `) where it should lead" : `link to the ${noun} itself: write ${markdown(page)}`;
  if (!("body" in target)) return `a section's address is never its words, and the page ${quote(target.path)} has no section headed ${quote(words)}; ${itself}`;
  // A bio's own `#care` is pointed at its `bio-care` (rehype-fragment-links.ts), so it writes its ids without `bio-`.
  const idOf = (heading: Heading) => (own && target.bio ? heading.id.slice(BIO_ID_PREFIX.length) : heading.id);
  const headings = await headingsOf(target);
  const name = own ? (target.bio ? "this bio" : `this ${target.noun}`) : target.name;
  const meant = headings.find((heading) => wordsOf(heading.text) === wordsOf(words));
  if (meant !== undefined) return `a section's address is not its heading's words but the heading's id, ${quote(`#${idOf(meant)}`)}: write ${markdown(`${page}#${idOf(meant)}`)}`;
  const [first] = headings;
  if (first === undefined) return `a section's address is never its words, and ${name} has no sections; ${itself}`;
  const list = headings.map((heading) => `${quote(`#${idOf(heading)}`)} (${heading.text})`).join(", ");
  return `a section's address is its heading's id, never its words, and no heading of ${name} reads ${quote(words)}; its sections are ${list}: write the one you mean after \`#\`, like ${markdown(`${page}#${idOf(first)}`)}, or ${itself}`;
}
