import { collectTags, tagSlug } from "@/lib/tags";
import { lineOfField, lineOfListItem } from "@/lib/content/frontmatter";
import type { ContentIssue } from "@/lib/content/issues";
import type { Article, Author, Collection } from "@/lib/content/types";
import { PLACEHOLDER } from "@/lib/authoring/placeholders";

/** What search results and article cards show in full. */
const DESCRIPTION_LENGTH = { min: 50, max: 160 };
const TITLE_LENGTH = 70;

/** The file line where `text` starts in a body, if it is there. */
function lineInBody(body: string, text: string, bodyLine: number): number | undefined {
  const at = body.indexOf(text);
  return at === -1 ? undefined : bodyLine + (body.slice(0, at).match(/\n/g)?.length ?? 0);
}

function articleIssues(article: Article, tagUses: Map<string, number>, popularTags: readonly string[]): ContentIssue[] {
  const { file, source } = article;
  const at = (field: string) => lineOfField(source.frontmatterLines, field);
  const issues: ContentIssue[] = [];
  const warn = (field: string, message: string, line = at(field)) => issues.push({ file, field, line, message, severity: "warning" });

  const description = [...article.description].length;
  if (description < DESCRIPTION_LENGTH.min || description > DESCRIPTION_LENGTH.max) {
    warn("description", `is ${description} characters long; aim for ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max}, so search results and article cards show one whole sentence or two`);
  }
  const title = [...article.title].length;
  if (title > TITLE_LENGTH) warn("title", `is ${title} characters long; search results and browser tabs cut titles after about ${TITLE_LENGTH}, so shorten it`);
  if (article.tags.length === 0) warn("tags", 'the article has no tags; add one or two, like `tags: ["silver", "metal care"]`, so readers find it with related articles');
  const lonely = new Map(article.tags.filter((tag) => tagUses.get(tagSlug(tag)) === 1).map((tag) => [tagSlug(tag), tag]));
  for (const tag of lonely.values()) {
    const others = popularTags.slice(0, 6).filter((name) => tagSlug(name) !== tagSlug(tag)).slice(0, 5);
    const suggestion = others.length > 0 ? ` (most used: ${others.join(", ")})` : "";
    warn("tags", `"${tag}" is not used by any other article; if an existing tag fits, use it instead${suggestion}`, lineOfListItem(source.frontmatterLines, "tags", tag));
  }

  // A draft may still hold the example text; a published article must not.
  const severity = article.status === "draft" ? "warning" : "error";
  if (article.description === PLACEHOLDER.description) {
    issues.push({ file, field: "description", line: at("description"), severity, message: "still holds the example text from `npm run new`; write one or two sentences about this article" });
  }
  const opening = lineInBody(article.body, PLACEHOLDER.opening, source.bodyLine);
  if (opening !== undefined) {
    issues.push({ file, field: "body", line: opening, severity, message: `still holds the example text from \`npm run new\` ("${PLACEHOLDER.opening}"); replace it with your own words` });
  }
  return issues;
}

function authorIssues(author: Author): ContentIssue[] {
  const line = lineInBody(author.body, PLACEHOLDER.bio, author.source.bodyLine);
  if (line === undefined) return [];
  return [{ file: author.file, field: "body", line, severity: "warning", message: `still holds the example bio from \`npm run new:author\`; write a few sentences about ${author.name}` }];
}

/**
 * Advice a build does not enforce: description and title lengths, tags that help readers find
 * related articles, and example text from `npm run new` left in.
 */
export function checkWriting(collection: Collection): ContentIssue[] {
  const tags = collectTags(collection.allArticles);
  const tagUses = new Map(tags.map((tag) => [tag.slug, tag.count]));
  const popularTags = tags.filter((tag) => tag.count > 1).map((tag) => tag.name);
  return [
    ...[...collection.authors.values()].flatMap(authorIssues),
    ...collection.allArticles.flatMap((article) => articleIssues(article, tagUses, popularTags)),
  ];
}
