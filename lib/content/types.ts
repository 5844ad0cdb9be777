import type { BracedGroups, FieldIndents, FieldLines } from "./frontmatter";
import type { ContentIssue } from "./issues";
import type { WrittenGroup } from "./picture-lines";
import type { ArticleFrontmatter, AuthorFrontmatter } from "./schema";

/*
 * What the pipeline hands to pages, checks and feeds: the frontmatter types inferred from the
 * schemas (lib/content/schema.ts), plus what the loader derives. Import them from here only.
 */

/** Where a file's parts are, so checks that run after loading can name the line to fix. */
export type SourceLines = {
  /** The line of each field and list item (`title`, `tags.0`, `cover.src`); see `lineAt`. */
  lines: FieldLines;
  /** The spaces before each field's name (`cover.alt`), so a line to write is indented as the file is. */
  indents: FieldIndents;
  /** The lines of each group in braces (`cover: { … }`), so a line to write replaces them all. */
  braces: BracedGroups;
  /** The line of the file on which the Markdown body starts. */
  bodyLine: number;
};

export type Author = AuthorFrontmatter & {
  id: string;
  file: string;
  /** The bio in Markdown, rendered on demand by `renderBioHtml`. */
  body: string;
  source: SourceLines;
};

export type ArticleStatus = "published" | "draft" | "scheduled";

export type Article = ArticleFrontmatter & {
  slug: string;
  file: string;
  /** The Markdown body, rendered on demand by `getRenderedArticle` in lib/articles.ts. */
  body: string;
  readingMinutes: number;
  status: ArticleStatus;
  source: SourceLines;
};

/**
 * A file with errors: it has no page, but its body is still checked (so every problem of a file
 * is in one report), and the preview shows its problems at its address.
 */
export type BrokenFile = {
  kind: "article" | "author";
  id: string;
  file: string;
  /** The body and where it starts, when the file could be split into fields and body. */
  body?: { text: string; line: number };
  /** `draft: true` as written, even if other fields are wrong. */
  draft: boolean;
  /** The fields that are valid on their own, so the writing advice comes with the file's errors, not after. */
  fields?: ReadableFields;
};

/** What could be read of a file with errors: each field only if it is valid on its own. */
export type ReadableFields = {
  title?: string;
  description?: string;
  tags?: string[];
  /** An article's `author`, as written (the author's file may not exist). */
  author?: string;
  /** An author's `name`. */
  name?: string;
  lines: FieldLines;
  /** An author's `avatar` group as written, valid or not, so a line to write inside it has the file's indent. */
  avatar?: WrittenGroup;
};

/** One of the studio's own pages (`content/pages/about.md`, served at `/about`): its body is checked like an article's. */
export type StudioPage = {
  id: string;
  file: string;
  /** Its `title:`, which the page shows as its heading, when its fields are valid. */
  title?: string;
  /** Its `description:`, when its fields are valid. */
  description?: string;
  /** The line of each field written. */
  lines: FieldLines;
  /** The body and where it starts, when the file could be split into fields and body. */
  body: { text: string; line: number };
};

export type Collection = {
  /** The articles readers may see, newest first; ties broken by slug. */
  articles: Article[];
  /** Every valid article, published or not, for checks that need to know about drafts. */
  allArticles: Article[];
  authors: Map<string, Author>;
  /** Articles and authors with errors, by file name. */
  broken: BrokenFile[];
  /** The studio's own pages, whose fields' problems are in `issues` like an article's. */
  pages: StudioPage[];
  issues: ContentIssue[];
};
