import type { Article, Author, Collection } from "@/lib/content/types";
import { findReferences, type References } from "./references";

/** A page whose Markdown the checks read, with its links and images found once. */
export type CheckedPage = {
  file: string;
  /** The page's address, against which relative links resolve. */
  path: string;
  references: References;
} & ({ kind: "article"; article: Article } | { kind: "author"; author: Author });

/** Every article, published or not, and every author page. */
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
  return [...authors, ...articles];
}
