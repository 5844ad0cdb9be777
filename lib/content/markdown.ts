import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/*
 * Articles may hold raw HTML, but only what GitHub's own allowlist lets through: no script,
 * iframe, style or form, no on* attributes, no javascript: or data: URLs. remark-html's
 * `sanitize` would drop raw HTML altogether, hence the remark-rehype → rehype-raw → sanitize path.
 * Footnote ids are already prefixed by remark-rehype, so the sanitizer must not prefix them twice.
 */
const schema = {
  ...defaultSchema,
  clobberPrefix: "",
  tagNames: [...(defaultSchema.tagNames ?? []), "abbr", "mark", "figure", "figcaption", "cite"],
  attributes: { ...defaultSchema.attributes, abbr: ["title"] },
  // Drop the text inside these too, not just the tags, so CSS never shows up as prose.
  strip: [...(defaultSchema.strip ?? []), "style", "noscript", "template"],
};

const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

/** Renders an article's Markdown body to HTML that is safe to inline in the page. */
export async function renderArticleHtml(markdown: string): Promise<string> {
  return String(await articleProcessor.process(markdown));
}

const bioProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkHtml, { sanitize: true }).freeze();

/** Author bios are short prose: Markdown yes, raw HTML never (remark-html drops all of it). */
export async function renderBioHtml(markdown: string): Promise<string> {
  return String(await bioProcessor.process(markdown));
}
