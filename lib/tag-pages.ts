import { getTag, getTags } from "./articles";
import { laterPageParams, paginate } from "./pagination";
import { orPlaceholder, PLACEHOLDER_PAGE } from "./static-params";

/** Route params for `/tags/<tag>` and `/tags/<tag>/page/<n>`. */
export async function tagParams() {
  return (await getTags()).map((tag) => ({ tag: tag.slug }));
}

export async function tagPageParams() {
  const tags = await getTags();
  const params = tags.flatMap((tag) => laterPageParams(tag.count).map(({ n }) => ({ tag: tag.slug, n })));
  return orPlaceholder(params, { tag: tags[0]?.slug ?? "none", n: PLACEHOLDER_PAGE });
}

/** One page of a tag's articles, or undefined for an unknown tag or page. */
export async function tagPage(slug: string, page: number) {
  const found = await getTag(slug);
  const articles = found && paginate(found.articles, page);
  return found && articles && { tag: found.tag, page: articles };
}
