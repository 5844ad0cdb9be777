import { getCollection } from "./content/collection";
import type { Author } from "./content/load";

export type { Author } from "./content/load";

export async function getAuthors(): Promise<Author[]> {
  return [...(await getCollection()).authors.values()];
}

export async function getAuthor(id: string): Promise<Author | undefined> {
  return (await getCollection()).authors.get(id);
}
