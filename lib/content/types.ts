import type { ContentIssue } from "./issues";
import type { ArticleFrontmatter, AuthorFrontmatter } from "./schema";

/*
 * What the pipeline hands to pages, checks and feeds: the frontmatter types inferred from the
 * schemas (lib/content/schema.ts), plus what the loader derives. Import them from here only.
 */

/** Where a file's parts are, so checks that run after loading can name the line to fix. */
export type SourceLines = {
  /** The frontmatter lines as written, starting at line 2 of the file (see `lineOfField`). */
  frontmatterLines: string[];
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

export type Collection = {
  /** The articles readers may see, newest first; ties broken by slug. */
  articles: Article[];
  /** Every valid article, published or not, for checks that need to know about drafts. */
  allArticles: Article[];
  authors: Map<string, Author>;
  issues: ContentIssue[];
};
