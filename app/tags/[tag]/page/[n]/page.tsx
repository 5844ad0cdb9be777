import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { pagePath, parsePageParam } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { tagPage, tagPageParams } from "@/lib/tag-pages";

type Props = { params: Promise<{ tag: string; n: string }> };

export const dynamicParams = false;
export const generateStaticParams = tagPageParams;

async function find(params: Props["params"]) {
  const { tag, n } = await params;
  const number = parsePageParam(n);
  return number === undefined ? undefined : tagPage(tag, number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const base = `/tags/${found.tag.slug}`;
  const { page, totalPages } = found.page;
  return {
    ...pageMetadata({ title: `Tagged “${found.tag.name}”, page ${page}`, description: `Articles about ${found.tag.name} from ${site.name}, page ${page}.`, path: pagePath(base, page) }),
    ...paginationMetadata(page, totalPages, (n) => pagePath(base, n)),
  };
}

export default async function TagLaterPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <PagedArticles title={`Tagged “${found.tag.name}”`} page={found.page} basePath={`/tags/${found.tag.slug}`} />;
}
