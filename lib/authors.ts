import { getCollection } from "./content/collection";
import type { Author } from "@/lib/content/types";
import { renderBioHtml } from "./content/markdown";


export async function getAuthors(): Promise<Author[]> {
  return [...(await getCollection()).authors.values()];
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  return (await getCollection()).authors.get(id);
}

const bioCache = new Map<string, Promise<string>>();

/** The author's bio as sanitised HTML, rendered once per bio per process. */
export function getAuthorBioHtml(author: Author): Promise<string> {
  let html = bioCache.get(author.body);
  if (!html) {
    html = renderBioHtml(author.body);
    bioCache.set(author.body, html);
  }
  return html;
}
