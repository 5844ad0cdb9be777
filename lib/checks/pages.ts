import type { Article, Author, BrokenFile, Collection } from "../content/types";
import { findReferences, type References } from "./references";

/** A page whose Markdown the checks read, with its links and images found once. */
export type CheckedPage = {
  file: string;
  /** The page's address, against which relative links resolve. */
  path: string;
  references: References;
} & ({ kind: "article"; article: Article } | { kind: "author"; author: Author } | { kind: "broken"; broken: BrokenFile });

/**
 * Every article, published or not, every author page, and the bodies of files whose fields have
 * errors: a missing picture description is reported together with a missing cover description.
 */
export function pagesToCheck(collection: Collection): CheckedPage[] {
  const authors = [...collection.authors.values()].map((author): CheckedPage => ({
    kind: "author",
    author,
    file: author.file,
    path: `/authors/${author.id}`,
    references: findReferences(author.body, author.source.bodyLine),
  }));
  const articles = collection.allArticles.map((article): CheckedPage => ({
    kind: "article",
    article,
    file: article.file,
    path: `/articles/${article.slug}`,
    references: findReferences(article.body, article.source.bodyLine),
  }));
  const broken = collection.broken.flatMap((file): CheckedPage[] =>
    file.body ? [{ kind: "broken", broken: file, file: file.file, path: `/${file.kind}s/${file.id}`, references: findReferences(file.body.text, file.body.line) }] : [],
  );
  return [...authors, ...articles, ...broken];
}
