import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { parsePageParam } from "@/lib/pagination";
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
  return found ? { title: `Tagged “${found.tag.name}”, page ${found.page.page}`, description: `Articles about ${found.tag.name}, page ${found.page.page}.` } : {};
}

export default async function TagLaterPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <PagedArticles title={`Tagged “${found.tag.name}”`} page={found.page} basePath={`/tags/${found.tag.slug}`} />;
}
