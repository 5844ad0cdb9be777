import { z } from "zod";
import { site } from "../site";
import { parseContentDate } from "./dates";
import { quote } from "./printable";

/** File names double as URLs: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Issue = { code: string; input?: unknown; expected?: string };

/** What the author wrote, in words: "the text `yes`", "the number 42", "a list". */
function describe(input: unknown): string {
  if (input === null) return "nothing";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a group of fields";
  if (typeof input === "string") return `the text ${quote(input)}`;
  if (typeof input === "boolean") return `${quote(input)} (a yes/no value)`;
  return `the number ${quote(input)}`;
}

const KINDS: Record<string, string> = { string: "text", array: "a list", boolean: "`true` or `false`", object: "a group of indented lines" };

/**
 * Messages that say what to write, for authors who never read zod's. They follow the field's
 * name, which the loader puts first: "`title` is required; add a line like …".
 */
function message(example: string) {
  return (issue: Issue) => {
    if (issue.input === undefined) return `is required; add a line like \`${example}\``;
    if (issue.code === "invalid_type") return `must be ${KINDS[issue.expected ?? ""] ?? issue.expected}, not ${describe(issue.input)}; write it like \`${example}\``;
    return undefined;
  };
}

const text = (example: string) =>
  z.string({ error: message(example) }).trim().min(1, { error: `must not be empty; write it like \`${example}\`` });

const contentDate = (example: string) =>
  z.string({ error: message(example) }).transform((raw, ctx) => {
    const parsed = parseContentDate(raw, site.timeZone);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: `must be a real date, and ${parsed}; write it like \`${example}\` (year-month-day), or with a time like \`${example}T09:30:00+00:00\`` });
      return z.NEVER;
    }
    return parsed;
  });

/** A file under `public/`, referenced by its URL path; the loader checks the path and the file. */
const imageRef = (field: string, example: string) =>
  z.strictObject(
    { src: text(`  src: ${example}`), alt: text("  alt: A silver ring with a pale blue topaz") },
    { error: message(`${field}:\n  src: ${example}\n  alt: Describe the picture`) },
  );

export const articleFrontmatterSchema = z.strictObject({
  title: text('title: "How to Care for Silver"'),
  description: text('description: "One or two sentences that tell a reader what they will learn."'),
  date: contentDate("date: 2025-11-29"),
  updated: contentDate("updated: 2025-12-03").optional(),
  // Whether the author exists is checked by the loader, which knows the authors.
  author: text("author: isla-marrow"),
  tags: z.array(text("  - metal care"), { error: message('tags: ["metal care", "silver"]') }).default([]),
  cover: imageRef("cover", "/images/covers/silver-care.jpg").optional(),
  draft: z.boolean({ error: message("draft: true") }).default(false),
});

export const authorFrontmatterSchema = z.strictObject({
  name: text('name: "Isla Marrow"'),
  role: text('role: "Owner and artisan, Marrow & Vale"').optional(),
  website: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be a full web address starting with https:// (or http://), like `website: https://studio.example`" })
    .optional(),
  avatar: imageRef("avatar", "/images/authors/isla-marrow.jpg").optional(),
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
