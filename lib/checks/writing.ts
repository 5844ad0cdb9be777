import { collectTags, tagSlug, type Tag } from "../tags";
import { lineAt, type FieldLines } from "../content/frontmatter";
import type { ContentIssue } from "../content/issues";
import type { Collection } from "../content/types";
import { PLACEHOLDER } from "../authoring/placeholders";
import { quote } from "../content/printable";
import { closest } from "../content/suggest";
import { itemLine, listLine } from "../content/lines-to-write";
import { fileLines } from "./markdown-source";

/** What search results and article cards show in full. */
const DESCRIPTION_LENGTH = { min: 50, max: 160 };
const TITLE_LENGTH = 70;

/** The file line where `text` starts in a body, if it is there. */
function lineInBody(body: string, text: string, bodyLine: number): number | undefined {
  const at = body.indexOf(text);
  return at === -1 ? undefined : fileLines(body, bodyLine)(at);
}

/** The example section `npm run new` writes: each line as written, and how to tell it in a body (a whole line, the heading at any level). */
const EXAMPLE_SECTION = [
  {
    written: `## ${PLACEHOLDER.heading}`,
    is: (line: string) =>
      /^\s*#{1,6}\s/.test(line) &&
      // Stryker disable next-line Regex: the line starts with spaces and `#` (the test before), so the leftmost `\s*#+` is at its start even without `^`
      line.replace(/^\s*#+/, "").trim() === PLACEHOLDER.heading,
  },
  { written: PLACEHOLDER.text, is: (line: string) => line.trim() === PLACEHOLDER.text },
];

/** The file lines of the example section's lines left in a body. */
function exampleSection(body: string, bodyLine: number): { written: string; line: number }[] {
  const lines = body.split("\n");
  return EXAMPLE_SECTION.flatMap(({ written, is }) => {
    const at = lines.findIndex(is);
    return at === -1 ? [] : [{ written, line: bodyLine + at }];
  });
}

/**
 * What the advice reads of an article: all of a valid one; of one with errors, the fields that are
 * valid on their own, so its warnings come in the same report as its errors.
 */
export type Advised = { file: string; lines: FieldLines; title?: string; description?: string; tags?: readonly string[]; draft: boolean; body?: { text: string; line: number } };

/** What the advice reads of an author: the name, when it could be read, and the bio. */
type AdvisedAuthor = { file: string; name?: string; body?: { text: string; line: number }; published: boolean };

export function advisedArticles(collection: Collection): Advised[] {
  const valid = collection.allArticles.map(
    (article): Advised => ({ ...article, lines: article.source.lines, draft: article.status === "draft", body: { text: article.body, line: article.source.bodyLine } }),
  );
  const broken = collection.broken.flatMap(({ kind, file, fields, draft, body }): Advised[] => (kind === "article" && fields ? [{ ...fields, file, draft, body }] : []));
  return [...valid, ...broken];
}

function advisedAuthors(collection: Collection): AdvisedAuthor[] {
  // An author with a published article has a public page and bylines that show the bio.
  const published = new Set(collection.articles.map((article) => article.author));
  const valid = [...collection.authors.values()].map((author): AdvisedAuthor => ({ file: author.file, name: author.name, body: { text: author.body, line: author.source.bodyLine }, published: published.has(author.id) }));
  const broken = collection.broken.filter(({ kind }) => kind === "author").map(({ id, file, fields, body }): AdvisedAuthor => ({ file, name: fields?.name, body, published: published.has(id) }));
  return [...valid, ...broken];
}

/**
 * The line to write for the article's tag at `index` spelt `spelling`, in the form the file uses:
 * `tags: [silver, chains]` for a list on one line, `  - silver` for one tag a line.
 */
function tagLine(lines: FieldLines, tags: readonly string[], index: number, spelling: string): string {
  // Every tag read was read from a line, so `tags` has one: equal lines mean one line.
  const oneLine = lines[`tags.${index}`] === lines.tags;
  if (!oneLine) return itemLine(spelling);
  // `[silvr, silver]` becomes `[silver]`, not `[silver, silver]`.
  const names = tags.map((name, at) => (at === index ? spelling : name));
  return listLine("tags", names.filter((name, at) => names.findIndex((other) => tagSlug(other) === tagSlug(name)) === at));
}

/**
 * `tags: ["art déco", "Art Deco"]`: two spellings of one tag (one page, `/tags/art-deco`) in one
 * article, which would list it twice. An error naming both, with the line to write: the list
 * without the second, in the journal's spelling when it is one of the two.
 */
function tagsTwice(article: Advised, tags: ReadonlyMap<string, Tag>): ContentIssue[] {
  // Stryker disable next-line ArrayDeclaration: only a file whose tags line could not be read has none, and one tag alone is never written twice
  const written = article.tags ?? [];
  const oneLine = article.lines["tags.0"] === article.lines.tags;
  return written.flatMap((name, index): ContentIssue[] => {
    const slug = tagSlug(name);
    const first = written.findIndex((other) => tagSlug(other) === slug);
    if (first === index) return [];
    const earlier = written[first] ?? name;
    const line = lineAt(article.lines, `tags.${index}`);
    const kept = [earlier, name].find((spelling) => spelling === tags.get(slug)?.name) ?? earlier;
    const both = earlier === name ? `${quote(name)} twice` : `${quote(earlier)} and ${quote(name)}, two spellings of one tag (its page is \`/tags/${slug}\`), so the article would list it twice`;
    const rest = written.filter((other, at) => at === first || tagSlug(other) !== slug).map((other, at) => (at === first ? kept : other));
    // Stryker disable next-line ConditionalExpression,StringLiteral: every tag read has a line (its own, or the list's), so `at` is never undefined; the test is for the type checker
    const where = (at: number | undefined) => (at === undefined ? ""
      : ` (line ${at})`);
    const rewrite = kept === earlier ? "" : `, and write ${quote(itemLine(kept))} in place of ${quote(itemLine(earlier))}${where(lineAt(article.lines, `tags.${first}`))}`;
    const fix = oneLine ? `write ${quote(listLine("tags", rest))}` : `delete the line ${quote(itemLine(name))}${where(line)}${rewrite}`;
    return [{ file: article.file, line, severity: "error", message: `\`tags\` holds ${both}; keep one: ${fix}` }];
  });
}

function articleIssues(article: Advised, tags: ReadonlyMap<string, Tag>, popularTags: readonly string[], spelledIn: ReadonlyMap<string, string>): ContentIssue[] {
  const { file } = article;
  const at = (field: string) => lineAt(article.lines, field);
  const issues: ContentIssue[] = [];
  const warn = (line: number | undefined, message: string) => issues.push({ file, line, message, severity: "warning" });

  if (article.description !== undefined) {
    const description = [...article.description].length;
    if (description < DESCRIPTION_LENGTH.min || description > DESCRIPTION_LENGTH.max) {
      warn(at("description"), `\`description\` is ${description} characters long; aim for ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max}, so search results and article cards show one whole sentence or two`);
    }
  }
  const title = article.title === undefined ? 0 : [...article.title].length;
  if (title > TITLE_LENGTH) warn(at("title"), `\`title\` is ${title} characters long; search results and browser tabs cut titles after about ${TITLE_LENGTH}, so shorten it`);
  // With no `tags` line, the warning names the `---` above which to add one.
  const tagsLine = at("tags") ?? (article.body === undefined ? undefined : article.body.line - 1);
  if (article.tags?.length === 0) warn(tagsLine, 'the article has no tags; add one or two, like `tags: ["silver", "metal care"]`, so readers find it with related articles');
  const seen = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: only a file whose tags line could not be read has none, and no article uses the replacement's tag, so it gets no advice
  const written = article.tags ?? [];
  // A line to write fixes every tag the journal spells another way, not only the one it is for.
  const spelled = written.map((name) => tags.get(tagSlug(name))?.name ?? name);
  issues.push(...tagsTwice(article, tags));
  written.forEach((name, index) => {
    const slug = tagSlug(name);
    const tag = tags.get(slug);
    if (!tag || seen.has(slug)) return;
    seen.add(slug);
    const line = at(`tags.${index}`);
    if (tag.name !== name) {
      const where = spelledIn.get(tag.name);
      // Stryker disable next-line ConditionalExpression,StringLiteral: a tag's name is a spelling some article writes, and spelledIn holds every one; the test is for the type checker
      const others = where === undefined ? "in other articles"
        : `in ${where}${tag.count > 2 ? " and other articles" : ""}`;
      warn(line, `the tag ${quote(name)} is written ${quote(tag.name)} ${others}; it is the same tag, so write it the same way: ${quote(tagLine(article.lines, spelled, index, tag.name))}`);
    } else if (tag.count === 1) {
      // A tag nobody else uses is often a new topic; it is worth a word only when it looks like a slip.
      // The tag itself is not among the popular ones: it is used once.
      const suggestion = closest(name, popularTags);
      if (suggestion !== undefined) warn(line, `the tag ${quote(name)} is not used by any other article; did you mean ${quote(suggestion)}? Write ${quote(tagLine(article.lines, spelled, index, suggestion))}`);
    }
  });

  // A draft may still hold the example text; a published article must not.
  const severity = article.draft ? "warning" : "error";
  if (article.description === PLACEHOLDER.description) {
    issues.push({ file, line: at("description"), severity, message: "`description` still holds the example text from `npm run new`; write one or two sentences about this article" });
  }
  const opening = article.body && lineInBody(article.body.text, PLACEHOLDER.opening, article.body.line);
  const examples = [...(opening === undefined ? [] : [{ written: PLACEHOLDER.opening, line: opening }]), ...(article.body ? exampleSection(article.body.text, article.body.line) : [])];
  for (const { written, line } of examples) {
    issues.push({ file, line, severity, message: `the text still holds the example from \`npm run new\` (${quote(written)}); replace the example text with your own words` });
  }
  return issues;
}

function authorIssues(author: AdvisedAuthor): ContentIssue[] {
  const line = author.body && lineInBody(author.body.text, PLACEHOLDER.bio, author.body.line);
  if (line === undefined) return [];
  // Like an article's example text: advice while nothing of theirs is published, an error once readers see it.
  const severity = author.published ? "error" : "warning";
  return [{ file: author.file, line, severity, message: `the bio still holds the example from \`npm run new:author\`; write a few sentences about ${author.name ?? "the author"}` }];
}

/** Two articles with one title look alike in lists, tabs and search results: each is told of the other. */
function sameTitles(articles: readonly Advised[]): ContentIssue[] {
  const byTitle = new Map<string, (Advised & { title: string })[]>();
  for (const article of articles) {
    if (article.title === undefined) continue;
    // Upper case, not lower, folds `ß` into `SS`: `Weißgold` and `Weissgold` are one title to a reader.
    const key = article.title.toUpperCase().replace(/\s+/g, " ");
    byTitle.set(key, [...(byTitle.get(key) ?? []), { ...article, title: article.title }]);
  }
  return [...byTitle.values()].flatMap((group) =>
    group.length < 2
      ? []
      : group.map((article): ContentIssue => {
          const others = group.filter((other) => other !== article).map((other) => other.file);
          return {
            file: article.file,
            line: lineAt(article.lines, "title"),
            severity: "warning",
            related: others,
            message: `the title ${quote(article.title)} is also the title of ${others.join(" and ")}; readers cannot tell the two apart in lists and search results, so give each its own title`,
          };
        }),
  );
}

/**
 * Advice a build does not enforce: description and title lengths, tags that help readers find
 * related articles (spelt alike), titles used twice, and example text from `npm run new` left in.
 * Files with errors get it too, for the fields that could be read: one report holds everything.
 */
export function checkWriting(collection: Collection): ContentIssue[] {
  const tags = collectTags(collection.allArticles);
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const popularTags = tags.filter((tag) => tag.count > 1).map((tag) => tag.name);
  // The oldest file that spells each tag a given way (articles come newest first): where to look.
  const spelledIn = new Map<string, string>();
  for (const article of collection.allArticles.toReversed()) for (const name of article.tags) if (!spelledIn.has(name)) spelledIn.set(name, article.file);
  const articles = advisedArticles(collection);
  return [...advisedAuthors(collection).flatMap(authorIssues), ...articles.flatMap((article) => articleIssues(article, bySlug, popularTags, spelledIn)), ...sameTitles(articles)];
}
