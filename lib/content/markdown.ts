import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { GFM_OPTIONS } from "./markdown-syntax";
import { rehypeFragmentLinks } from "./rehype-fragment-links";
import { isSectionHeading, rehypeCollectHeadings, type Heading } from "./rehype-collect-headings";
import { rehypePhotos, type ImageStamp } from "./rehype-photos";
import type { Photo } from "../images/variants";
import { rehypeQuoteAttribution } from "./rehype-quote-attribution";
import { rehypeTableScroll } from "./rehype-table-scroll";
import { rehypeTaskListLabels } from "./rehype-task-list-labels";
import { rehypeUnwrapDeadLinks } from "./rehype-unwrap-dead-links";
import { BIO_ID_PREFIX, rehypeContainUserHtml } from "./contain-user-html";
import { rehypeMarkGeneratedIds } from "./rehype-mark-generated-ids";
import { rehypeSafeHeadingIds } from "./rehype-safe-heading-ids";
import { schema } from "./sanitize-schema";

/*
 * The sanitizer's allowlist is lib/content/sanitize-schema.ts. remark-html's `sanitize` would drop
 * raw HTML altogether, hence the remark-rehype → rehype-raw → sanitize path; footnotes are
 * generated unprefixed and their links re-pointed by rehypeFragmentLinks, once every id, the
 * headings' too, is known (`#care` to a bio's `bio-care`).
 */

/** The class of the `#` link the page adds to each section heading, which is no part of its name. */
export const HEADING_ANCHOR = "heading-anchor";

/** What a Markdown body may hold besides Markdown. */
export type MarkdownOptions = {
  /** Raw HTML, through GitHub's allowlist (articles, pages); without it every tag is dropped (bios). */
  rawHtml: boolean;
  /**
   * Images from `publicDir`, sized from their files; without it every image is dropped (bios).
   * `"unread"` keeps them as written without reading their files, for the checks that ask what the page decides before its pictures.
   */
  images?: { publicDir: string } | "unread";
  /**
   * Where every id goes (bios: `bio-`, so a bio's footnotes and headings never meet the
   * article's on one page); by default an author's ids under `user-content-`, headings as slugs.
   */
  idPrefix?: string;
};

/**
 * The one Markdown pipeline: articles, the about page and author bios differ only in `options`.
 * The footnotes' ids are marked as generated before the author's HTML joins the tree, so no
 * author-written id can take one. Heading ids (GitHub-style slugs, duplicates numbered) and their
 * anchor links are added after sanitising, when every other id is known, so they are ours and
 * need no `user-content-` prefix.
 */
export function markdownProcessor({ rawHtml, images, idPrefix }: MarkdownOptions) {
  const allowed = images ? schema : { ...schema, tagNames: schema.tagNames.filter((tag) => tag !== "img") };
  return remark()
    .use(remarkGfm, GFM_OPTIONS)
    .use(remarkRehype, { allowDangerousHtml: rawHtml, clobberPrefix: "" })
    .use(rehypeMarkGeneratedIds)
    .use(rawHtml ? [rehypeRaw] : [])
    .use(rehypeSanitize, allowed)
    .use(rehypeUnwrapDeadLinks)
    .use(rehypeContainUserHtml, { prefix: idPrefix })
    .use(rehypeTableScroll)
    .use(rehypeQuoteAttribution)
    .use(rehypeTaskListLabels)
    .use(rehypeSafeHeadingIds, { prefix: idPrefix })
    .use(rehypeFragmentLinks, { prefix: idPrefix })
    .use(rehypeCollectHeadings)
    .use(rehypeAutolinkHeadings, {
      behavior: "append",
      test: isSectionHeading,
      properties: (heading: Element) => ({ className: [HEADING_ANCHOR], ariaLabel: `Link to the section “${toString(heading).trim()}”` }),
      content: { type: "text", value: "#" },
    })
    .use(typeof images === "object" ? [[rehypePhotos, images]] : [])
    .use(rehypeStringify)
    .freeze();
}

export type RenderedArticle = { html: string; headings: Heading[]; images: ImageStamp[]; photos: Photo[] };

/**
 * Renders a Markdown body to HTML that is safe to inline in a page. Each render builds its own
 * processor, a small part of its cost: one kept from the first render hid the options' code from
 * every later test (docs/testing.md, "a memo built in one test").
 */
export async function renderMarkdown(markdown: string, options: MarkdownOptions): Promise<RenderedArticle> {
  const file = await markdownProcessor(options).process(markdown);
  // Stryker disable next-line ArrayDeclaration: rehypeCollectHeadings and rehypePhotos always set these; only a bio's render has no rehypePhotos, and a bio keeps only its HTML
  return { html: String(file), headings: file.data.headings ?? [], images: file.data.images ?? [], photos: file.data.photos ?? [] };
}

/** An article or standalone page: Markdown, allowed raw HTML and this site's images. */
export function renderArticle(markdown: string, { publicDir }: { publicDir: string }): Promise<RenderedArticle> {
  return renderMarkdown(markdown, { rawHtml: true, images: { publicDir } });
}

export async function renderArticleHtml(markdown: string, options: { publicDir: string }): Promise<string> {
  return (await renderArticle(markdown, options)).html;
}

/**
 * Author bios are a few lines of prose beside the avatar: Markdown yes, raw HTML never, and no
 * images, which could only come from another origin.
 */
export const BIO_OPTIONS: MarkdownOptions = { rawHtml: false, idPrefix: BIO_ID_PREFIX };

export async function renderBioHtml(markdown: string): Promise<string> {
  return (await renderMarkdown(markdown, BIO_OPTIONS)).html;
}
