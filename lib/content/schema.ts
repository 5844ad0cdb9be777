import { z } from "zod";
import { site } from "../site";
import { tagSlug } from "../tags";
import { dateTimeInFull, parseContentDate, readingsAdvice, withOffsetColon } from "./dates";
import { commaItems, fieldLine, itemLine, listLine } from "./lines-to-write";
import { EXAMPLE_DESCRIPTION } from "./example-descriptions";
import { quote } from "./printable";
import { handleAdvice } from "./social-handles";
import { externalUrlProblem, httpsAddress } from "./urls";

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

/** "; write it like `title: …`", or nothing without an example: a picture's field, whose line the loader writes. */
const like = (words: string, example: string | undefined) => (example === undefined ? "" : `; ${words} ${quote(example)}`);

/**
 * Messages that say what to write, for authors who never read zod's. They follow the field's
 * name, which the loader puts first: "`title` is required; add a line like …".
 */
function message(example?: string) {
  return (issue: Issue) => {
    if (issue.input === undefined) return `is required${like("add a line like", example)}`;
    // Stryker disable next-line ConditionalExpression: the one other issue given here, a picture group's unknown field, has its message written by the loader (load.ts fieldIssues), which never shows zod's
    if (issue.code !== "invalid_type") return undefined;
    // Stryker disable next-line StringLiteral: zod names the type expected in every invalid_type issue, so the fallback never runs
    const kind = KINDS[issue.expected ?? ""] ?? issue.expected;
    return `must be ${kind}, not ${describe(issue.input)}${like("write it like", example)}`;
  };
}

/** Words an author may write for "no"; the YAML we read takes only `true` and `false` as yes or no. */
const NO = new Set(["false", "no", "n", "off"]);

/**
 * `draft: "false"` in quotes, or `draft: no`, is text, not the yes/no value: the line to write keeps
 * the author's own answer, so copying it never flips a published article to a draft.
 */
function yesNoMessage(field: string) {
  return (issue: Issue) => {
    const no = typeof issue.input === "string" && NO.has(issue.input.trim().toLowerCase());
    return message(`${field}: ${no ? "false" : "true"}`)(issue);
  };
}

/*
 * Every text has a maximum: titles, names and tags reach the social card, the feeds and the page
 * metadata, and tags become file names; a 20,000-character title once cost a minute per card.
 */
export const TEXT_LIMITS = {
  title: 200,
  description: 300,
  tag: 50,
  tags: 20,
  name: 100,
  role: 150,
  alt: 500,
  path: 500,
  website: 500,
} as const;

/** A tag's address is a file name in the static copy, and file names stop at 255 bytes. */
const TAG_SLUG_LIMIT = 100;

const characters = (value: string) => [...value].length;

const text = (example: string | undefined, max: number) =>
  z
    .string({ error: message(example) })
    .trim()
    .min(1, { error: `must not be empty${like("write it like", example)}` })
    .refine((value) => characters(value) <= max, {
      // What is refined is the trimmed text itself.
      error: (issue) => `is ${characters(String(issue.input))} characters long; the most allowed is ${max}: shorten it`,
    });

/** A tag names a page and a file, `/tags/<tag in lowercase with hyphens>`: it needs a letter or a digit. */
// Examples of lines inside a list or a group carry their indent: written at the left edge, they would be fields of their own.
const tag = text("  - metal care", TEXT_LIMITS.tag)
  .refine((value) => value === "" || tagSlug(value) !== "", {
    error: (issue) => `${quote(issue.input)} has no letter or digit (a–z, 0–9) to make its address from, so it cannot have a page; add a word, like \`- "💍 engagement rings"\``,
  })
  .refine((value) => tagSlug(value).length <= TAG_SLUG_LIMIT, {
    error: `spells out too long an address; shorten it`,
  });

const contentDate = (example: string) =>
  z.string({ error: message(example) }).transform((raw, ctx) => {
    const parsed = parseContentDate(raw, site.timeZone);
    if (typeof parsed === "string") {
      const field = example.slice(0, example.indexOf(":"));
      // Their own date and time written in full, never the example, whose date would publish the article on another day.
      const meant = withOffsetColon(raw) ?? dateTimeInFull(raw, site.timeZone);
      const write = meant === undefined ? `; write it like \`${example}\` (year-month-day), or with a time like \`${example}T09:30:00+00:00\`` : `: write ${quote(`${field}: ${meant}`)}`;
      const message = readingsAdvice(raw, (day) => `${field}: ${day}`) ?? `must be a real date, and ${parsed}${write}`;
      ctx.addIssue(message);
      return z.NEVER;
    }
    return parsed;
  });

/** Lines `-care` / `-silver` under `tags:`, with no space after the `-`, which YAML reads as the one text `-care -silver`. */
const UNSPACED_ITEMS = /^-\S/;

/** `tags: silver, chains` is one text, not a list: the line to write, with the author's own tags. */
function tagsMessage(issue: Issue): string | undefined {
  const written = typeof issue.input === "string" ? issue.input : "";
  if (UNSPACED_ITEMS.test(written)) {
    const lines = written.split(/(?:^|\s+)-(?=\S)/).filter((item) => item !== "").map((item) => quote(itemLine(item.trim())));
    return `must be a list, not the text ${quote(written)}: a \`-\` starts an item of a list only with a space after it; write ${lines.join(", ")}, each on its own line under \`tags:\``;
  }
  // `silver; care` is split where `silver, care` is: a semicolon is no part of a tag.
  const items = commaItems(written.replace(/;/g, ","));
  const [first] = items;
  if (first === undefined) return message('tags: ["metal care", "silver"]')(issue);
  return `must be a list, not the text ${quote(issue.input)}; put the tags between square brackets: ${quote(listLine("tags", items))}, or write each on its own line under \`tags:\`, like ${quote(itemLine(first))}`;
}

/** An obvious placeholder, so no example reads as another article's picture. */
const YOUR_PICTURE = { cover: "/images/covers/your-picture.jpg", avatar: "/images/authors/your-picture.jpg" } as const;

/**
 * `cover: /images/covers/ring.jpg` (a path alone) or any other value that is not a group: the
 * one-line group to write, with the path the author wrote when there is one.
 */
function groupMessage(field: keyof typeof YOUR_PICTURE) {
  return (issue: Issue) => {
    const src = typeof issue.input === "string" && issue.input.trim() !== "" ? issue.input.trim() : YOUR_PICTURE[field];
    return message(`${field}: { src: ${src}, alt: "${EXAMPLE_DESCRIPTION.group}" }`)(issue);
  };
}

/**
 * The example of each field of a cover's or a portrait's group. The schema's messages leave it out
 * (`is required`): the loader, which has the file, writes its line as the file writes the group.
 */
export const PICTURE_EXAMPLES = {
  cover: { src: YOUR_PICTURE.cover, alt: EXAMPLE_DESCRIPTION.field },
  avatar: { src: YOUR_PICTURE.avatar, alt: EXAMPLE_DESCRIPTION.portrait },
} as const;

/** A file under `public/`, referenced by its URL path. Existence is checked by the loader. */
const imageRef = (field: keyof typeof YOUR_PICTURE) =>
  z.strictObject(
    {
      // Trimmed as the loader's check trims it: the page must use the path the check approved.
      src: z
        .string({ error: message() })
        .trim()
        .max(TEXT_LIMITS.path, { error: `is longer than ${TEXT_LIMITS.path} characters; use a shorter file name` }),
      alt: text(undefined, TEXT_LIMITS.alt),
    },
    { error: groupMessage(field) },
  );

export const articleFrontmatterSchema = z.strictObject({
  title: text('title: "How to Care for Silver"', TEXT_LIMITS.title),
  description: text('description: "One or two sentences that tell a reader what they will learn."', TEXT_LIMITS.description),
  date: contentDate("date: 2025-11-29"),
  updated: contentDate("updated: 2025-12-03").optional(),
  // Whether the author exists is checked by the loader, which knows the authors.
  author: text("author: isla-marrow", TEXT_LIMITS.name),
  tags: z
    .array(tag, { error: tagsMessage })
    // Not `.max`: Zod runs it on a text that is not a list too, counting the characters of `tags: sapphires, gemstones`.
    .refine((tags) => tags.length <= TEXT_LIMITS.tags, { error: `has more than ${TEXT_LIMITS.tags} tags; keep the few that say what the article is about` })
    .default([]),
  cover: imageRef("cover").optional(),
  draft: z.boolean({ error: yesNoMessage("draft") }).default(false),
});

export const authorFrontmatterSchema = z.strictObject({
  name: text('name: "Isla Marrow"', TEXT_LIMITS.name),
  role: text('role: "Owner and artisan, Marrow & Vale"', TEXT_LIMITS.role).optional(),
  website: z
    .string({ error: message("website: https://studio.example") })
    .max(TEXT_LIMITS.website, { error: `is longer than ${TEXT_LIMITS.website} characters; link to the website's home page` })
    .superRefine((url, ctx) => {
      const problem = externalUrlProblem(url);
      if (problem === undefined) return;
      // `www.ada.example` or `http://ada.example`: the line to write, with the address the author meant.
      const meant = httpsAddress(url);
      const handle = handleAdvice(url);
      if (handle !== undefined) ctx.addIssue(`must be a full web address starting with https://, and ${handle}`);
      else ctx.addIssue(meant === undefined ? problem : `must be a full web address starting with https://; write ${quote(fieldLine("website", meant))}`);
    })
    .optional(),
  avatar: imageRef("avatar").optional(),
  guest: z.boolean({ error: yesNoMessage("guest") }).default(false),
});

/** Standalone pages such as `content/pages/about.md`. */
export const pageFrontmatterSchema = z.strictObject({
  title: text('title: "About the studio"', TEXT_LIMITS.title),
  description: text('description: "Who we are and how we work."', TEXT_LIMITS.description),
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type AuthorFrontmatter = z.output<typeof authorFrontmatterSchema>;
export type ImageRef = NonNullable<ArticleFrontmatter["cover"]>;
