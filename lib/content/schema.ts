import { z } from "zod";
import { site } from "@/lib/site";
import { parseContentDate } from "./dates";

/** File names double as URLs: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Issue = { code: string; input?: unknown; expected?: string };

function describe(input: unknown): string {
  if (input === null) return "empty";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a group of fields";
  return `${typeof input} ${JSON.stringify(input)}`;
}

/** Error messages that say what to write, for authors who never read zod's. */
function message(example: string) {
  return (issue: Issue) => {
    if (issue.input === undefined) return `is required; add a line like \`${example}\``;
    if (issue.code === "invalid_type") return `must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, not ${describe(issue.input)}; write it like \`${example}\``;
    return undefined;
  };
}

const text = (example: string) =>
  z.string({ error: message(example) }).trim().min(1, { error: `must not be empty; write it like \`${example}\`` });

const contentDate = (example: string) =>
  z.string({ error: message(example) }).transform((raw, ctx) => {
    const parsed = parseContentDate(raw, site.timeZone);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

/** A file under `public/`, referenced by its URL path. Existence is checked by the loader. */
const imageRef = (example: string) =>
  z.strictObject(
    {
      src: z
        .string({ error: message(`src: ${example}`) })
        .regex(/^\/(?!.*\.\.)[^\s?#]+$/, { error: `must be a path under public/ starting with "/", like \`${example}\`` }),
      alt: text("alt: A silver ring with a pale blue topaz"),
    },
    { error: message(`{ src: ${example}, alt: "Describe the picture" }`) },
  );

export const articleFrontmatterSchema = z.strictObject({
  title: text('title: "How to Care for Silver"'),
  description: text('description: "One or two sentences that tell a reader what they will learn."'),
  date: contentDate("date: 2025-11-29"),
  updated: contentDate("updated: 2025-12-03").optional(),
  author: z
    .string({ error: message("author: isla-marrow") })
    .regex(SLUG_PATTERN, { error: "must be the file name of an author in content/authors/, without .md, like `isla-marrow`" }),
  tags: z.array(text("- metal care"), { error: message('tags: ["metal care", "silver"]') }).default([]),
  cover: imageRef("/images/covers/silver-care.jpg").optional(),
  draft: z.boolean({ error: message("draft: true") }).default(false),
});

export const authorFrontmatterSchema = z.strictObject({
  name: text('name: "Isla Marrow"'),
  role: text('role: "Owner and artisan, Marrow & Vale"').optional(),
  website: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be a full web address starting with https:// (or http://), like `https://studio.example`" })
    .optional(),
  avatar: imageRef("/images/authors/isla-marrow.jpg").optional(),
  guest: z.boolean({ error: message("guest: true") }).default(false),
});

/** Standalone pages such as `content/pages/about.md`. */
export const pageFrontmatterSchema = z.strictObject({
  title: text('title: "About the studio"'),
  description: text('description: "Who we are and how we work."'),
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type AuthorFrontmatter = z.output<typeof authorFrontmatterSchema>;
export type ImageRef = NonNullable<ArticleFrontmatter["cover"]>;
