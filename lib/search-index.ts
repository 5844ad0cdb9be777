import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import * as pagefind from "pagefind";
import { getArticles, getRenderedArticle } from "./articles";
import { site } from "./site";

export type SearchIndex = Map<string, Uint8Array>;

let built: Promise<SearchIndex> | undefined;

async function build(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  for (const article of await getArticles()) {
    const { html } = await getRenderedArticle(article);
    // The article's own sanitised HTML, so headings become sub-results that link to their anchors.
    const head = toHtml(h("h1", { dataPagefindMeta: "title" }, article.title));
    const description = toHtml(h("p", { dataPagefindMeta: "description" }, article.description));
    const added = await index.addHTMLFile({ url: `/articles/${article.slug}`, content: `<html lang="${site.language}"><body>${head}${description}${html}</body></html>` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${article.file}: ${added.errors.join("; ")}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index: ${fileErrors.join("; ")}`);
  await pagefind.close();
  return new Map(files.map((file) => [file.path.split("\\").join("/"), file.content]));
}

/**
 * The Pagefind bundle for every published article, built in memory once per process and served
 * as static files under /pagefind/ — so search works on `next start` and the static copy alike,
 * and nothing is written into public/ behind the build's back.
 */
export function getSearchIndex(): Promise<SearchIndex> {
  built ??= build();
  return built;
}
