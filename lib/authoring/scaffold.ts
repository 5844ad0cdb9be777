import { stringify } from "yaml";
import { EXAMPLE_DESCRIPTION } from "../content/example-descriptions";
import { tagSlug } from "@/lib/tags";
import { splitFrontmatter } from "@/lib/content/frontmatter";
import { PLACEHOLDER } from "./placeholders";
import { articleFrontmatterSchema, authorFrontmatterSchema } from "@/lib/content/schema";
import { toSlug } from "@/lib/content/slug";
import { parseContentDate, readingsAdvice } from "@/lib/content/dates";
import { quote } from "@/lib/content/printable";
import { externalUrlProblem, httpsAddress } from "@/lib/content/urls";
import { site } from "@/lib/site";

export type ScaffoldProblem = { field: string; message: string };

export type Scaffold = { ok: true; slug: string; text: string } | { ok: false; problems: ScaffoldProblem[] };

export type ArticleRequest = {
  title: string;
  /** Absent: the only author, if there is exactly one. */
  author?: string;
  knownAuthors: readonly string[];
  tags: readonly string[];
  /** `YYYY-MM-DD`, normally today in the studio's time zone. */
  date: string;
};

export type AuthorRequest = { name: string; role?: string; website?: string; guest: boolean };

const ARTICLE_BODY = `<!--
  This note is hidden on the site: delete it whenever you like.
  - Write as you would talk to a customer across the counter.
  - Start a new section with "## " and a short heading.
  - Link to another article: [how to read a hallmark](/articles/how-to-read-a-hallmark)
  - Add a picture: put the file in public/images/articles/, then write
    ![${EXAMPLE_DESCRIPTION.scaffold}](/images/articles/your-picture.jpg)
  - The guide for writers is docs/authoring.md.
-->

${PLACEHOLDER.opening}

## ${PLACEHOLDER.heading}

${PLACEHOLDER.text}
`;

/** "silver, Metal Care ,, Silver" → ["silver", "Metal Care"]: spellings of one tag count once. */
export function parseTagList(text: string): string[] {
  const bySlug = new Map<string, string>();
  for (const tag of text.split(",").map((name) => name.trim())) {
    if (tag !== "" && !bySlug.has(tagSlug(tag))) bySlug.set(tagSlug(tag), tag);
  }
  return [...bySlug.values()];
}

/** Fields as the loader reads them back (YAML 1.2, whose schema is the core one): quoted only where needed, in double quotes, never folded. */
function yaml(data: Record<string, unknown>): string {
  return stringify(data, { version: "1.2", lineWidth: 0, singleQuote: false });
}

/** Optional fields written as YAML comments: valid the moment an author removes the `#`. */
function commented(data: Record<string, unknown>): string {
  const lines = yaml(data).trimEnd().split("\n").map((line) => `# ${line}`);
  return ["# Optional: remove the # in front of the lines to use them (docs/authoring.md explains each field).", ...lines].join("\n");
}

/** Reads the text back the way the loader will, so a scaffold can never fail the build. */
function validate(text: string, schema: typeof articleFrontmatterSchema | typeof authorFrontmatterSchema): ScaffoldProblem[] {
  const split = splitFrontmatter(text);
  // Stryker disable next-line all: never reached: the yaml package writes fields that the splitter always reads back; this guards a change in either
  if ("problems" in split) return split.problems.map(({ field, message }) => ({ field, message }));
  const result = schema.safeParse(split.data);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}

function noSlug(text: string): string {
  return `the web address is made from the letters a–z and digits in "${text}", and it has none; use words in Latin letters`;
}

function chooseAuthor(request: ArticleRequest): string | ScaffoldProblem {
  const known = request.knownAuthors;
  const addOne = 'add yourself first with `npm run new:author -- "Your Name"`';
  if (known.length === 0) return { field: "author", message: `there are no authors in content/authors/ yet; ${addOne}` };
  if (request.author === undefined) {
    const [only] = known;
    // Stryker disable next-line ConditionalExpression: with one name known, `only` is that name; the test is for the type checker
    if (known.length === 1 && only !== undefined) return only;
    return { field: "author", message: `say who is writing with --author and one of: ${known.join(", ")}` };
  }
  if (!known.includes(request.author)) {
    return { field: "author", message: `there is no author "${request.author}"; use one of: ${known.join(", ")} (or ${addOne})` };
  }
  return request.author;
}

/*
 * The options are checked before the file is made, so that a problem is told as the option to type
 * (`--date 2025-11-20`), not as the line of the file the command would have written.
 */

/** `--date 20/11/2025` or `--date 2026-02-29`: what to type instead. */
function dateProblem(date: string): ScaffoldProblem | undefined {
  const parsed = parseContentDate(date, site.timeZone);
  if (typeof parsed !== "string") return undefined;
  const message = readingsAdvice(date, (day) => `--date ${day}`) ?? `must be a real date, and ${parsed}; type it year-month-day, like \`--date 2025-11-29\``;
  return { field: "date", message };
}

/** `--website http://ada.example`: refused, with the https address to type when there is one. */
function websiteProblem(website: string, slug: string): ScaffoldProblem | undefined {
  if (externalUrlProblem(website) === undefined) return undefined;
  const meant = httpsAddress(website);
  const type = meant === undefined ? `type the whole address, like ${quote(`--website https://${slug}.example`)}` : `type ${quote(`--website ${meant}`)}`;
  return { field: "website", message: `must be a full web address starting with https://; ${type}` };
}

/** A new draft article: complete frontmatter, the optional fields as comments, a body to write over. */
export function scaffoldArticle(request: ArticleRequest): Scaffold {
  const slug = toSlug(request.title);
  if (slug === "") return { ok: false, problems: [{ field: "title", message: noSlug(request.title) }] };
  const author = chooseAuthor(request);
  if (typeof author !== "string") return { ok: false, problems: [author] };
  const badDate = dateProblem(request.date);
  if (badDate) return { ok: false, problems: [badDate] };
  const data = { title: request.title.trim(), description: PLACEHOLDER.description, date: request.date, author, tags: request.tags, draft: true };
  const optional = commented({
    updated: request.date,
    cover: { src: `/images/covers/${slug}.jpg`, alt: EXAMPLE_DESCRIPTION.scaffold },
  });
  const text = `---\n${yaml(data)}${optional}\n---\n\n${ARTICLE_BODY}`;
  const problems = validate(text, articleFrontmatterSchema);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, slug, text };
}

/** A new author page: name and the fields given, the others as comments, a bio to write over. */
export function scaffoldAuthor(request: AuthorRequest): Scaffold {
  const slug = toSlug(request.name);
  if (slug === "") return { ok: false, problems: [{ field: "name", message: noSlug(request.name) }] };
  const badWebsite = request.website === undefined ? undefined : websiteProblem(request.website, slug);
  if (badWebsite) return { ok: false, problems: [badWebsite] };
  const name = request.name.trim();
  // The YAML writer leaves out a field whose value is undefined.
  const data = { name, role: request.role, website: request.website, guest: request.guest };
  const optional = commented({
    ...(request.role === undefined ? { role: "Goldsmith, Marrow & Vale" } : {}),
    ...(request.website === undefined ? { website: "https://your-studio.example" } : {}),
    avatar: { src: `/images/authors/${slug}.jpg`, alt: `${name} at the workbench` },
  });
  const text = `---\n${yaml(data)}${optional}\n---\n${PLACEHOLDER.bio}\n`;
  const problems = validate(text, authorFrontmatterSchema);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, slug, text };
}
