import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeFragmentLinks } from "./rehype-fragment-links";
import { isSectionHeading, rehypeCollectHeadings, type Heading } from "./rehype-collect-headings";
import { rehypePhotos, type ImageStamp } from "./rehype-photos";
import type { Photo } from "../images/variants";
import { rehypeQuoteAttribution } from "./rehype-quote-attribution";
import { rehypeTableScroll } from "./rehype-table-scroll";
import { rehypeTaskListLabels } from "./rehype-task-list-labels";
import { rehypeContainUserHtml } from "./contain-user-html";
import { rehypeSafeHeadingIds } from "./rehype-safe-heading-ids";

/*
 * Articles may hold raw HTML, but only what GitHub's own allowlist lets through: no script,
 * iframe, style or form, no on* attributes, no javascript: or data: URLs. remark-html's
 * `sanitize` would drop raw HTML altogether, hence the remark-rehype → rehype-raw → sanitize path.
 * rehypeContainUserHtml then puts every id and name under `user-content-` (so none clobbers the
 * page's own) and keeps images on this site; footnotes are generated unprefixed and their links
 * re-pointed by rehypeFragmentLinks. `picture` and `source` go: a `srcset` is never
 * checked for its origin, and a plain `img` does the same job.
 */
const schema = {
  ...defaultSchema,
  // rehypeContainUserHtml prefixes ids and names instead, without prefixing a prefixed one twice.
  clobberPrefix: "",
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "picture" && tag !== "source"), "abbr", "mark", "figure", "figcaption", "cite"],
  attributes: {
    ...defaultSchema.attributes,
    // Form attributes without forms: inert today, a javascript: URL the day a form is allowed.
    "*": (defaultSchema.attributes?.["*"] ?? []).filter((name) => !["action", "method", "encType", "acceptCharset", "accept"].includes(String(name))),
    abbr: ["title"],
  },
  // Drop the text inside these too, not just the tags, so CSS never shows up as prose.
  strip: [...(defaultSchema.strip ?? []), "style", "noscript", "template"],
};

/*
 * Heading ids (GitHub-style slugs, duplicates numbered) and their anchor links are added after
 * sanitising, so they are ours and need no `user-content-` prefix.
 */
function articleProcessor(publicDir: string) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeContainUserHtml)
    .use(rehypeFragmentLinks)
    .use(rehypeTableScroll)
    .use(rehypeQuoteAttribution)
    .use(rehypeTaskListLabels)
    .use(rehypeSlug)
    .use(rehypeSafeHeadingIds)
    .use(rehypeCollectHeadings)
    .use(rehypeAutolinkHeadings, {
      behavior: "append",
      test: isSectionHeading,
      properties: (heading: Element) => ({ className: ["heading-anchor"], ariaLabel: `Link to the section “${toString(heading).trim()}”` }),
      content: { type: "text", value: "#" },
    })
    .use(rehypePhotos, { publicDir })
    .use(rehypeStringify)
    .freeze();
}

const processors = new Map<string, ReturnType<typeof articleProcessor>>();

export type RenderedArticle = { html: string; headings: Heading[]; images: ImageStamp[]; photos: Photo[] };

/** Renders an article's Markdown body to HTML that is safe to inline in the page. */
export async function renderArticle(markdown: string, { publicDir }: { publicDir: string }): Promise<RenderedArticle> {
  let processor = processors.get(publicDir);
  if (!processor) {
    processor = articleProcessor(publicDir);
    processors.set(publicDir, processor);
  }
  const file = await processor.process(markdown);
  return { html: String(file), headings: file.data.headings ?? [], images: file.data.images ?? [], photos: file.data.photos ?? [] };
}

export async function renderArticleHtml(markdown: string, options: { publicDir: string }): Promise<string> {
  return (await renderArticle(markdown, options)).html;
}

// A bio is a few lines of prose beside the avatar: it has no use for images, which could only
// come from another origin (the sanitizer checks a src's scheme, never its host).
const bioSchema = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "picture", "source"].includes(tag)) };
const bioProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkHtml, { sanitize: bioSchema }).freeze();

/** Author bios are short prose: Markdown yes, raw HTML never (remark-html drops all of it). */
export async function renderBioHtml(markdown: string): Promise<string> {
  return String(await bioProcessor.process(markdown));
}
