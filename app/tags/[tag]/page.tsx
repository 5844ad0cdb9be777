import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { pagePath } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { tagPage, tagParams } from "@/lib/tag-pages";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;
export const generateStaticParams = tagParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await tagPage((await params).tag, 1);
  if (!found) return {};
  const path = `/tags/${found.tag.slug}`;
  return {
    ...pageMetadata({ title: `Tagged “${found.tag.name}”`, description: `Articles about ${found.tag.name} from ${site.name}.`, path }),
    ...paginationMetadata(1, found.page.totalPages, (n) => pagePath(path, n)),
  };
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const found = await tagPage(tag, 1);
  if (!found) notFound();
  return <PagedArticles title={`Tagged “${found.tag.name}”`} page={found.page} basePath={`/tags/${tag}`} />;
}
