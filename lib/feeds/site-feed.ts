import { getArticleHtml, getArticles } from "@/lib/articles";
import { getAuthor } from "@/lib/authors";
import { buildFeed, feedArticles, type Feed, type FeedEntry } from "./feed";

/** The site's feed from the published collection: what `/feed.xml`, `/atom.xml` and `/feed.json` serve. */
export async function getSiteFeed(): Promise<Feed> {
  const entries = await Promise.all(
    feedArticles(await getArticles()).map(async (article): Promise<FeedEntry | undefined> => {
      const [author, html] = await Promise.all([getAuthor(article.author), getArticleHtml(article)]);
      return author && { article, author, html };
    }),
  );
  // Stryker disable next-line MethodExpression,ConditionalExpression: the loader holds back every article whose author is missing, so no entry is undefined
  return buildFeed(entries.filter((entry) => entry !== undefined));
}
