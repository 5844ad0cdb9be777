import type { ContentIssue } from "../content/issues";
import { BRACKETED_ADDRESS, bracketedAddresses } from "./bracketed-addresses";
import { CALLOUT_START, callouts } from "./callouts";
import { footnoteProblems } from "./footnotes";
import { GLUED_HASHES, gluedHashes } from "./glued-hashes";
import { HIGHLIGHT_START, highlightMarks } from "./highlight-marks";
import { levelAllowedAt } from "./heading-order";
import { CHECKLIST_START, checklistSlips } from "./checklist-slips";
import { colonlessNotes } from "./colonless-notes";
import { DOCS_WRAPPER, docsWrappers } from "./docs-wrappers";
import { EMOJI_CODE, emojiCodes } from "./emoji-codes";
import { CODE_AFTER_MARK, INDENTED_CODE, indentedText } from "./indented-text";
import { NUMBERED_START, numberedParagraphs } from "./numbered-paragraphs";
import { OFFICE_TAG, officeTags } from "./office-tags";
import { mayHoldOpenFence, openFences } from "./open-fences";
import { OPEN_LINK, openLinks } from "./open-links";
import { MAYBE_OPEN_ENTITY, openEntities } from "./open-entities";
import { mayHoldOpenNote, openNotes } from "./open-notes";
import { isBio, type CheckedPage } from "./pages";
import { MAYBE_PASTED_BULLET, PASTED_BULLET, pastedBullets } from "./pasted-bullets";
import { repeatedFootnotes } from "./repeated-footnotes";
import { TABBED, pastedTables } from "./pasted-tables";
import { EMPTY_ITEM, INDENTED_AFTER_BLANK, INDENTED_MARK, shallowSublists } from "./shallow-sublists";
import { TAG_LINE, htmlBlockMarkdown } from "./html-block-markdown";
import { LETTERED_START, letteredLines } from "./lettered-lines";
import type { Renderers } from "./renderers";
import { SPACED_ADDRESS, spacedAddresses } from "./spaced-addresses";
import { SPACED_LIST_MARK, spacedListMarks } from "./spaced-list-marks";
import { splitValuesIn } from "./split-values";
import { SWAPPED_LINK, swappedLinks } from "./swapped-links";
import { mayHoldUnpairedStars, STRAY_STARS, strayMarks } from "./stray-marks";
import { firstRepeatsTitle } from "./title-headings";
import { UNDERLINE, underlinedHeadings } from "./underlined-headings";
import { mayHoldMisreadTag, unreadTags } from "./unread-tags";
import { embeddedPictures, WIKI_LINK_START, wikiLinks, type LinkedArticle } from "./wiki-links";
import { picturesNamed, publicFolder } from "../content/image-path";

/*
 * The checks' other parser (markdown-it, lib/checks/references.ts) is fast but knows footnotes only
 * as far as telling them from links (lib/checks/footnote-syntax.ts) and reads no positions within a line; these checks read the tree the page is rendered from. A
 * body is parsed only when it holds a mark one of them looks for (a `**` after a space with no
 * word right after it, `**` that do not pair up as bold's openers and closers, `[^`, `] (`, a `[` with no `]` after it on its line, a line indented four
 * spaces or a tab, in a quote or after a list's mark too, a list's mark with five spaces or tabs after it, a list's marker before brackets, a tag a browser reads with a
 * value without quotes holding `'` or a space or with no space between two parts, an address next
 * to a space that is not an ordinary one, a line starting with a `•`
 * pasted from a word processor (or an en dash, a check mark, an arrow or an emoji, with a unicode
 * pattern of its own, MAYBE_PASTED_BULLET), a list's mark before a non-breaking space, a line of dashes right under a line of text, hashes glued to a
 * word at a line's start, a number of two digits or more and a period at a line's start, `[[` and
 * `]]` around words, a `](` with no `)` after it on its line, `)[` before an address, a tab after a word, a space before a list's mark, a line indented under a blank line, a list's mark alone on its line, a tag at a line's start, `b)` at a line's start, `:sparkles:`, `&nbsp` without its `;`, `==` before a word, `<` and a name with a dot before `>`, `>` before `[!` and a letter), so most
 * articles, bold words and links included, cost nothing more.
 */
const MAY_SURPRISE = new RegExp(`${STRAY_STARS.source}|\\[\\^|\\]\\s+\\(|\\[[^\\]\\n]*$|${INDENTED_CODE.source}|${CHECKLIST_START.source}|${SPACED_ADDRESS.source}|${PASTED_BULLET.source}|${SPACED_LIST_MARK.source}|${UNDERLINE.source}|${GLUED_HASHES.source}|${NUMBERED_START.source}|${OFFICE_TAG.source}|${TABBED.source}|${INDENTED_MARK.source}|${DOCS_WRAPPER.source}|${TAG_LINE.source}|${LETTERED_START.source}|${EMOJI_CODE.source}|${CODE_AFTER_MARK.source}|${EMPTY_ITEM.source}|${INDENTED_AFTER_BLANK.source}|${OPEN_LINK.source}|${SWAPPED_LINK.source}|${MAYBE_OPEN_ENTITY.source}|${HIGHLIGHT_START.source}|${BRACKETED_ADDRESS.source}|${CALLOUT_START.source}`, "m");

/**
 * Markdown that the page shows other than the author meant: `** sterling **` with its asterisks,
 * `[shop] (https://…)`, a `[` never closed and a link's `(` never closed (lib/checks/open-links.ts) and a link's words and address swapped (lib/checks/swapped-links.ts) as typed, a footnote mark without its note or its note without its colon
 * (lib/checks/colonless-notes.ts), a note whose label an earlier note has
 * (lib/checks/repeated-footnotes.ts) (errors
 * where the page is clearly wrong), a checklist line shown with its brackets (`- [] x`, `- [ ]`
 * with no words, `-[ ] x`; lib/checks/checklist-slips.ts), a tag shown as typed for a value
 * without quotes or a missing space (lib/checks/unread-tags.ts) and one whose value a space cut
 * short (lib/checks/split-values.ts; neither in a bio, which shows no HTML), an address that
 * starts with a non-breaking space (lib/checks/spaced-addresses.ts), lines starting with a pasted
 * `•` that the page joins into one paragraph (lib/checks/pasted-bullets.ts), or with `-` or `1.`
 * before a non-breaking space (lib/checks/spaced-list-marks.ts), a table pasted from a
 * spreadsheet with tabs, run together the same way (lib/checks/pasted-tables.ts), a list or a paragraph meant
 * under an item but indented less than its words, or cut off from an empty item by a blank line (lib/checks/shallow-sublists.ts), Markdown in an
 * HTML block, shown as typed (lib/checks/html-block-markdown.ts), lines `a)`, `b)` joined into one
 * (lib/checks/lettered-lines.ts), text underlined into a
 * heading by a `---` meant as a dividing line (lib/checks/underlined-headings.ts), `##Heading` shown as
 * typed (lib/checks/glued-hashes.ts), `1925. The…` made a numbered list (lib/checks/numbered-paragraphs.ts),
 * a wiki-style link `[[Title]]` shown with its brackets (lib/checks/wiki-links.ts), `:sparkles:` shown as typed (lib/checks/emoji-codes.ts), `==sold out==` shown with its `==` (lib/checks/highlight-marks.ts), `<www.assayoffice.co.uk>` shown with its brackets (lib/checks/bracketed-addresses.ts), a quote's `[!NOTE]` shown as typed (lib/checks/callouts.ts), `&nbsp` without its `;` shown as typed
 * (lib/checks/open-entities.ts), a code box never
 * closed that shows the rest of the text as code (lib/checks/open-fences.ts), a note nobody points to and
 * text indented into a code box (warnings, where it may be meant). Each names its line and what to write.
 */
export async function checkMarkdownSurprises(pages: readonly CheckedPage[], renderers: () => Promise<Renderers>, publicDir: string): Promise<ContentIssue[]> {
  const suspects = pages.filter((page) => MAY_SURPRISE.test(page.body.text) || MAYBE_PASTED_BULLET.test(page.body.text) || mayHoldOpenNote(page.body.text) || mayHoldOpenFence(page.body.text) || WIKI_LINK_START.test(page.body.text) || mayHoldUnpairedStars(page.body.text) || mayHoldMisreadTag(page.body.text));
  if (suspects.length === 0) return [];
  const { markdownTree } = await renderers();
  const articles = pages.flatMap((page): LinkedArticle[] => (page.kind === "article" ? [page.article] : []));
  // A picture embedded as `![[wax-tree.jpg]]` is looked for under public/ by its name, once a name.
  const folder = publicFolder(publicDir);
  const names = [...new Set(suspects.flatMap((page) => embeddedPictures(page.body.text).map((name) => name.toLowerCase())))];
  const pictures = new Map(await Promise.all(names.map(async (name) => [name, await picturesNamed(name, folder)] as const)));
  return suspects.flatMap((page) => {
    const { body } = page;
    const tree = markdownTree(body.text);
    const colonless = colonlessNotes(tree, body.text, body.line);
    const found = [
      ...strayMarks(tree, body.text, body.line),
      ...highlightMarks(tree, body.text, body.line),
      ...openLinks(tree, body.text, body.line),
      ...swappedLinks(tree, body.text, body.line),
      ...colonless.found,
      ...footnoteProblems(tree, body.text, body.line, colonless.labels),
      ...repeatedFootnotes(tree, body.text, body.line),
      ...indentedText(tree, body.text, body.line),
      ...checklistSlips(tree, body.text, body.line),
      // A bio shows no HTML: a tag it shows as typed is told the Markdown to write; one it reads is bio-html.ts's.
      ...(isBio(page) ? unreadTags(tree, body.text, body.line, true) : [...unreadTags(tree, body.text, body.line), ...splitValuesIn(tree, body.text, body.line)]),
      ...(isBio(page) ? [] : docsWrappers(tree, body.text, body.line)),
      ...spacedAddresses(tree, body.text, body.line),
      ...pastedBullets(tree, body.text, body.line),
      ...spacedListMarks(tree, body.text, body.line),
      ...pastedTables(tree, body.text, body.line),
      ...shallowSublists(tree, body.text, body.line),
      ...letteredLines(tree, body.text, body.line),
      // A bio shows no HTML: bio-html.ts tells its tags.
      ...(isBio(page) ? [] : htmlBlockMarkdown(tree, body.text, body.line)),
      ...underlinedHeadings(tree, body.text, body.line, isBio(page), firstRepeatsTitle(page)?.line),
      ...gluedHashes(tree, body.text, body.line, levelAllowedAt(page)),
      ...numberedParagraphs(tree, body.text, body.line),
      ...officeTags(tree, body.text, body.line),
      ...wikiLinks(tree, body.text, body.line, articles, pictures),
      ...openNotes(tree, body.text, body.line),
      ...openFences(tree, body.text, body.line),
      ...emojiCodes(tree, body.text, body.line),
      ...openEntities(tree, body.text, body.line),
      ...bracketedAddresses(tree, body.text, body.line),
      ...callouts(tree, body.text, body.line),
    ];
    return found.map(({ line, severity, message }): ContentIssue => ({ file: page.file, line, severity, message }));
  });
}
