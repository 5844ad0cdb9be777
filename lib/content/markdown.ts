import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeContainUserHtml } from "./contain-user-html";

/*
 * Articles may hold raw HTML, but only what GitHub's own allowlist lets through: no script,
 * iframe, style or form, no on* attributes, no javascript: or data: URLs. remark-html's
 * `sanitize` would drop raw HTML altogether, hence the remark-rehype → rehype-raw → sanitize path.
 * Footnote ids are already prefixed by remark-rehype, so the sanitizer must not prefix them twice;
 * rehypeContainUserHtml prefixes the rest. `picture` and `source` go: a `srcset` is never checked
 * for its origin, and a plain `img` does the same job.
 */
const schema = {
  ...defaultSchema,
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

const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeContainUserHtml)
  .use(rehypeStringify)
  .freeze();

/** Renders an article's Markdown body to HTML that is safe to inline in the page. */
export async function renderArticleHtml(markdown: string): Promise<string> {
  return String(await articleProcessor.process(markdown));
}

// A bio is a few lines of prose beside the avatar: it has no use for images, which could only
// come from another origin (the sanitizer checks a src's scheme, never its host).
const bioSchema = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "picture", "source"].includes(tag)) };
const bioProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkHtml, { sanitize: bioSchema }).freeze();

/** Author bios are short prose: Markdown yes, raw HTML never (remark-html drops all of it). */
export async function renderBioHtml(markdown: string): Promise<string> {
  return String(await bioProcessor.process(markdown));
}
