import { loadCollection } from "@/lib/content/load";

/** A published article from the middle of the list: it has both neighbours, like most pages. */
export async function middleArticleSlug(contentDir: string, publicDir: string): Promise<string> {
  const { articles } = await loadCollection({ contentDir, publicDir, now: new Date(), includeUnpublished: false });
  const article = articles[Math.floor(articles.length / 2)];
  if (!article) throw new Error("the generated journal has no published article");
  return article.slug;
}
