import { getTag, getTags } from "./articles";
import { laterPageParams, paginate } from "./pagination";

/** Route params for `/tags/<tag>` and `/tags/<tag>/page/<n>`. */
export async function tagParams() {
  return (await getTags()).map((tag) => ({ tag: tag.slug }));
}

export async function tagPageParams() {
  return (await getTags()).flatMap((tag) => laterPageParams(tag.count).map(({ n }) => ({ tag: tag.slug, n })));
}

/** One page of a tag's articles, or undefined for an unknown tag or page. */
export async function tagPage(slug: string, page: number) {
  const found = await getTag(slug);
  const articles = found && paginate(found.articles, page);
  return found && articles && { tag: found.tag, page: articles };
}
