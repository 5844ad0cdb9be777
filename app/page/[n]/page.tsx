import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedArticles } from "@/components/paged-articles";
import { getArticles } from "@/lib/articles";
import { laterPageParams, pageCount, pagePath, paginate, parsePageParam } from "@/lib/pagination";
import { pageMetadata, paginationMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { orPlaceholder, PLACEHOLDER_PAGE } from "@/lib/static-params";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder(laterPageParams((await getArticles()).length), { n: PLACEHOLDER_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parsePageParam((await params).n) ?? 1;
  const total = pageCount((await getArticles()).length);
  return {
    ...pageMetadata({ title: `Articles, page ${number}`, description: `${site.tagline} Page ${number}.`, path: pagePath("", number) }),
    ...paginationMetadata(number, total, (n) => pagePath("", n)),
  };
}

export default async function ArticlesPage({ params }: Props) {
  const number = parsePageParam((await params).n);
  const page = number === undefined ? undefined : paginate(await getArticles(), number);
  if (!page) notFound();
  return <PagedArticles title="Articles" page={page} basePath="" />;
}
